using BudgetSdk.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Tests.Rendering.Publishing.Docx;

/// <summary>A cell of a Word table read back: its text, the grid columns it spans and its vertical merge.</summary>
/// <param name="Text">The text of its paragraphs, joined by line breaks.</param>
/// <param name="Column">The grid column it starts in.</param>
/// <param name="Span">w:gridSpan (1 when absent).</param>
/// <param name="Merge">w:vMerge: "restart", "continue" or null.</param>
public sealed record ReadCell(string Text, int Column, int Span, string? Merge);

/// <summary>Writes a disclosure as DOCX and reads the package back through the Open XML SDK, as Word would see it.</summary>
public static class DocxReading
{
    public static byte[] Bytes(Disclosure disclosure)
    {
        using var stream = new MemoryStream();
        DisclosurePublisher.Write(disclosure, PublishFormat.Docx, stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>The Word table right after the heading paragraph that prints <paramref name="title"/>.</summary>
    public static Table TableAfter(Body body, string title)
    {
        var heading = body.Elements<Paragraph>().First(p => p.InnerText == title && StyleOf(p) is "Heading2");
        return heading.ElementsAfter().OfType<Table>().First();
    }

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static bool IsHeader(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

    /// <summary>A row's cells with the grid columns they start in.</summary>
    public static IReadOnlyList<ReadCell> Cells(TableRow row)
    {
        var cells = new List<ReadCell>();
        var column = 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            var merge = cell.TableCellProperties?.VerticalMerge is { } vMerge ? vMerge.Val?.Value == MergedCellValues.Restart ? "restart" : "continue" : null;
            cells.Add(new ReadCell(string.Join("\n", cell.Elements<Paragraph>().Select(p => p.InnerText)), column, span, merge));
            column += span;
        }

        return cells;
    }

    /// <summary>A row as one text per grid column: a cell's text in the column it starts in, null in the columns it spans.</summary>
    public static string?[] Columns(TableRow row, int width)
    {
        var columns = new string?[width];
        foreach (var cell in Cells(row))
        {
            columns[cell.Column] = cell.Text;
        }

        return columns;
    }

    public static int Width(Table table) => table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();

    /// <summary>Every paragraph's text outside tables, in order.</summary>
    public static IEnumerable<string> ProseText(Body body) => body.Elements<Paragraph>().Select(p => p.InnerText);

    /// <summary>The attribute of an element by local name (for those the typed API spreads over types).</summary>
    public static string? Attribute(OpenXmlElement element, string localName)
        => element.GetAttributes().FirstOrDefault(a => a.LocalName == localName).Value;
}
