namespace BudgetSdk.Import.Text;

/// <summary>
/// One unit of the document after normalisation: a paragraph line, or a table row whose cells are known (tab and
/// DOCX text). In space-separated text every row is a line: its cells are not known and tables recover them later.
/// </summary>
/// <param name="Line">The 1-based line where the row starts.</param>
/// <param name="Text">The text: the line trimmed, or the non-empty cells joined by one space.</param>
/// <param name="Cells">The cells in printed order, each trimmed (empty where the document leaves the cell blank), or
/// null for a line of text.</param>
internal sealed record SourceRow(int Line, string Text, string[]? Cells)
{
    /// <summary>True when the row has cells.</summary>
    public bool HasCells => Cells is not null;

    /// <summary>The cell at an index, or empty when the row is shorter (trailing blanks are not always printed).</summary>
    public string Cell(int index) => Cells is { } cells && index < cells.Length ? cells[index] : string.Empty;

    /// <summary>The only text of the row when it has at most one non-empty cell, else null: titles and headings stand alone.</summary>
    public string? SingleText
    {
        get
        {
            if (Cells is null)
            {
                return Text;
            }

            string? only = null;
            foreach (var cell in Cells)
            {
                if (cell.Length > 0)
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = cell;
                }
            }

            return only;
        }
    }

    /// <summary>The first word: the first cell (empty when blank), or the text up to its first white space.</summary>
    public string FirstToken
    {
        get
        {
            if (Cells is not null)
            {
                return Cells.Length > 0 ? Cells[0] : string.Empty;
            }

            var end = Text.IndexOfAny([' ', '\t', '\u3000']);
            return end < 0 ? Text : Text[..end];
        }
    }

    /// <summary>Builds a row from cells, trimming each.</summary>
    public static SourceRow FromCells(int line, IReadOnlyList<string> cells)
    {
        var trimmed = cells.Select(c => LineCleaner.WithoutStrayQuotes(c).Trim()).ToArray();
        return new SourceRow(line, string.Join(' ', trimmed.Where(c => c.Length > 0)), trimmed);
    }
}
