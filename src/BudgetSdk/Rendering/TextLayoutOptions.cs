using BudgetSdk.Import;

namespace BudgetSdk.Rendering;

/// <summary>
/// How <see cref="DisclosureTextWriter"/> lays a disclosure out: page length, wrapping and the debris converters leave
/// in published text. <see cref="For"/> gives each format the habits of its published seeds; tests vary them to show
/// that <see cref="DisclosureImporter"/> reads more than one layout.
/// </summary>
public sealed record TextLayoutOptions
{
    /// <summary>Data rows per page of a table in PDF text; every page repeats the page header and column header. DOCX
    /// text has no pages in its tables and ignores it. At least 1.</summary>
    public int RowsPerPage { get; init; } = 18;

    /// <summary>Space-separated text: a name cell longer than this many characters wraps onto lines of its own, as a
    /// narrow PDF column does; null keeps every cell on its row's line.</summary>
    public int? WrapWidth { get; init; }

    /// <summary>Space-separated text: prose lines break after this many characters, as the PDF page does; null keeps a
    /// paragraph on one line.</summary>
    public int? ProseWidth { get; init; }

    /// <summary>Print the page number where a page ends, as PDF and DOCX extraction leave them among the lines.</summary>
    public bool PageNumbers { get; init; }

    /// <summary>Put a DOCX <c>[bookmark: …]</c> marker before each table title and section heading.</summary>
    public bool Bookmarks { get; init; }

    /// <summary>Print table amounts of 1,000 万元 and more with thousands separators (1,630.30), as some publishers do.</summary>
    public bool ThousandsSeparators { get; init; }

    /// <summary>Mark the glossary terms bold with markdown <c>**</c>, as seed 000's converter did.</summary>
    public bool MarkdownBold { get; init; }

    /// <summary>The layout of the published documents of a format (seeds 000, 001 and 002).</summary>
    /// <param name="format">The text format.</param>
    public static TextLayoutOptions For(TextFormat format) => format switch
    {
        TextFormat.SpaceSeparated => new TextLayoutOptions { RowsPerPage = 19, WrapWidth = 12, ProseWidth = 48, PageNumbers = true },
        TextFormat.DocxCells => new TextLayoutOptions { Bookmarks = true, PageNumbers = true },
        _ => new TextLayoutOptions { RowsPerPage = 19, MarkdownBold = true },
    };
}
