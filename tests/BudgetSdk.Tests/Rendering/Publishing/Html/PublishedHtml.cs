using System.Text;
using System.Xml.Linq;
using BudgetSdk.Rendering;

namespace BudgetSdk.Tests.Rendering.Publishing.Html;

/// <summary>A cell read back from the published HTML: its text (a <c>br</c> as a line break) and its spans.</summary>
/// <param name="Text">The text.</param>
/// <param name="RowSpan">rowspan, 1 when absent.</param>
/// <param name="ColumnSpan">colspan, 1 when absent.</param>
public sealed record HtmlCell(string Text, int RowSpan, int ColumnSpan);

/// <summary>A printed table read back: the page header lines, the column header rows and the body rows.</summary>
/// <param name="PageHeader">The spans of the page header row.</param>
/// <param name="Header">The <c>th</c> rows under it.</param>
/// <param name="Body">The <c>td</c> rows.</param>
public sealed record HtmlTable(IReadOnlyList<string> PageHeader, IReadOnlyList<IReadOnlyList<HtmlCell>> Header, IReadOnlyList<IReadOnlyList<HtmlCell>> Body);

/// <summary>
/// The published HTML read back as XML (the publisher closes every element and uses only XML entities): the tables by
/// their titles and the text of the prose.
/// </summary>
public sealed class PublishedHtml
{
    private PublishedHtml(string text)
    {
        Text = text;
        Document = XDocument.Parse(text);
    }

    /// <summary>The HTML as written.</summary>
    public string Text { get; }

    /// <summary>The HTML parsed.</summary>
    public XDocument Document { get; }

    /// <summary>Publishes the disclosure as HTML and reads it back.</summary>
    public static PublishedHtml Of(Disclosure disclosure) => new(Encoding.UTF8.GetString(Bytes(disclosure)));

    /// <summary>The bytes the publisher writes.</summary>
    public static byte[] Bytes(Disclosure disclosure)
    {
        using var stream = new MemoryStream();
        DisclosurePublisher.Write(disclosure, PublishFormat.Html, stream);
        return stream.ToArray();
    }

    /// <summary>Reads HTML the publisher wrote.</summary>
    public static PublishedHtml Parse(string text) => new(text);

    /// <summary>The table under the title (an <c>h2</c> of the same section).</summary>
    public HtmlTable Table(string title)
    {
        var section = Document.Descendants("section").Single(s => s.Elements("h2").Any(h => h.Value == title));
        var table = section.Element("table")!;
        var head = table.Element("thead")!.Elements("tr").ToArray();
        var pageHeader = head.Where(r => (string?)r.Attribute("class") == "page-header").SelectMany(r => r.Descendants("span")).Select(s => s.Value).ToArray();
        var header = head.Where(r => r.Attribute("class") is null).Select(r => Cells(r, "th")).ToArray();
        var body = table.Element("tbody")!.Elements("tr").Select(r => Cells(r, "td")).ToArray();
        return new HtmlTable(pageHeader, header, body);
    }

    /// <summary>The text of every paragraph, one per line.</summary>
    public string Prose() => string.Join("\n", Document.Descendants("p").Select(CellText));

    private static IReadOnlyList<HtmlCell> Cells(XElement row, string element)
        => row.Elements(element).Select(c => new HtmlCell(CellText(c), Span(c, "rowspan"), Span(c, "colspan"))).ToArray();

    private static int Span(XElement cell, string name) => (int?)cell.Attribute(name) ?? 1;

    private static string CellText(XElement element)
        => string.Concat(element.Nodes().Select(n => n switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "br" } => "\n",
            XElement e => CellText(e),
            _ => string.Empty,
        }));
}
