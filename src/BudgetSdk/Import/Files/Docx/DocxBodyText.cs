using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Import.Files.Docx;

/// <summary>
/// Walks a Word body in order and writes what <c>Rendering.Formats.DocxWriter</c> writes for it: a paragraph as a
/// line (a field's cached result kept, its instruction and bookmarks not), a table row by row, and the tab-spaced
/// page header line just above a table (department, 预算年度, 单位) as a row of cells, the way seed 002 prints it.
/// </summary>
internal sealed class DocxBodyText
{
    private readonly StringBuilder _text = new();

    private DocxBodyText()
    {
    }

    public string Text => _text.ToString();

    public int Tables { get; private set; }

    public int Paragraphs { get; private set; }

    public static DocxBodyText Of(Body body)
    {
        var walker = new DocxBodyText();
        walker.Blocks(body.ChildElements);
        return walker;
    }

    private void Blocks(IEnumerable<OpenXmlElement> elements)
    {
        var list = elements.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            switch (list[i])
            {
                case Paragraph paragraph:
                    WriteParagraph(paragraph, beforeTable: NextBlock(list, i) is Table);
                    break;
                case Table table:
                    WriteTable(table);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Blocks(content.ChildElements);
                    break;
            }
        }
    }

    // Word keeps empty paragraphs and section marks between blocks; the page header paragraph stands right above its table.
    private static OpenXmlElement? NextBlock(List<OpenXmlElement> list, int i)
        => list.Skip(i + 1).FirstOrDefault(e => e is Paragraph or Table or SdtBlock);

    private void WriteParagraph(Paragraph paragraph, bool beforeTable)
    {
        Paragraphs++;
        var text = ParagraphText.Of(paragraph);
        if (beforeTable && text.Contains('\t'))
        {
            foreach (var part in text.Split('\t').Where(p => p.Length > 0))
            {
                Line("\t" + part);
            }

            Line();
            return;
        }

        foreach (var line in text.Split('\n'))
        {
            Line(line);
        }
    }

    // Each cell once: a gridSpan cell prints once, a vMerge continuation prints empty, as the header of seed 002 does.
    private void WriteTable(Table table)
    {
        Tables++;
        foreach (var row in table.Elements<TableRow>())
        {
            foreach (var cell in row.Elements<TableCell>())
            {
                var lines = CellLines(cell);
                Line("\t" + lines[0]);
                foreach (var more in lines.Skip(1))
                {
                    Line(more);
                }
            }

            Line();
        }
    }

    private static string[] CellLines(TableCell cell)
    {
        if (cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
        {
            return [string.Empty];
        }

        // A cell's paragraphs are its lines; a table nested in a cell gives its paragraphs in order too.
        var lines = cell.Descendants<Paragraph>().SelectMany(p => ParagraphText.Of(p).Split('\n')).ToArray();
        return lines.Length == 0 ? [string.Empty] : lines;
    }

    private void Line(string text = "") => _text.Append(text).Append('\n');
}
