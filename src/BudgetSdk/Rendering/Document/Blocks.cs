namespace BudgetSdk.Rendering.Document;

/// <summary>
/// One piece of a disclosure as a document, before any format lays it out: what is printed, not how. The composer
/// builds blocks from a <see cref="Disclosure"/>; a format (tab, space, DOCX) turns them into text.
/// </summary>
internal abstract record Block;

/// <summary>A title (of a table, a schedule, a project table or the explanatory part) or a section heading: printed
/// on a line of its own, never wrapped, and where DOCX has them, behind a bookmark.</summary>
/// <param name="Text">The title as printed.</param>
/// <param name="Bookmarked">True where a DOCX table of contents points (the nine tables and the sections).</param>
internal sealed record Heading(string Text, bool Bookmarked = false) : Block;

/// <summary>A paragraph of prose; space-separated text breaks it into lines at the page width.</summary>
/// <param name="Text">The paragraph.</param>
internal sealed record Paragraph(string Text) : Block;

/// <summary>A line of the table of contents (目录): a title and its page.</summary>
/// <param name="Title">The title.</param>
/// <param name="Page">The page number printed after it.</param>
internal sealed record ContentsLine(string Title, int Page) : Block;

/// <summary>
/// A printed table. PDF text repeats <see cref="PageHeader"/> and <see cref="ColumnHeader"/> on every page of a
/// <see cref="Paged"/> grid; DOCX text prints a Word table once.
/// </summary>
/// <param name="PageHeader">The lines above the columns: department, 预算年度, 单位 (or 截止时间).</param>
/// <param name="ColumnHeader">The header rows, down to the 栏次 row where the table has one.</param>
/// <param name="Rows">The data rows.</param>
/// <param name="Paged">True for the nine tables, which break into pages of <see cref="TextLayoutOptions.RowsPerPage"/> rows.</param>
/// <param name="Note">A note printed under the table (注：…), or null.</param>
internal sealed record Grid(IReadOnlyList<string> PageHeader, IReadOnlyList<GridRow> ColumnHeader, IReadOnlyList<GridRow> Rows, bool Paged, string? Note = null) : Block;

/// <summary>A row of a grid.</summary>
/// <param name="Cells">The cells left to right, blank as empty; null for a cell merged into the one on its left (DOCX
/// prints a merged cell once, PDF text as an empty cell).</param>
/// <param name="Wrap">The indexes of the cells that wrap in a narrow PDF column (names, descriptions).</param>
internal sealed record GridRow(IReadOnlyList<string?> Cells, IReadOnlyList<int> Wrap)
{
    /// <summary>A row whose cells never wrap.</summary>
    public GridRow(params string?[] cells)
        : this(cells, Array.Empty<int>())
    {
    }
}
