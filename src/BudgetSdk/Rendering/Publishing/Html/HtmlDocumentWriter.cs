using System.Text;
using BudgetSdk.Rendering.Document;

namespace BudgetSdk.Rendering.Publishing.Html;

/// <summary>
/// Lays the composed blocks out as one HTML document. A heading followed by a grid (after at most a 单位 line) is a
/// table's title: the table starts a new page (landscape when it is wide). The headings the 目录 lists get anchors
/// and the 目录 links to them; the heading that opens the explanatory part starts a new page too.
/// </summary>
internal sealed class HtmlDocumentWriter
{
    // Wider tables (T2's twelve columns and more) print on a landscape page, as the published forms do.
    private const int PortraitColumns = 9;

    private readonly IReadOnlyList<Block> _blocks;
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly StringBuilder _html = new();
    private readonly HashSet<string> _anchored = new(StringComparer.Ordinal);
    private bool _inSheet;
    private bool _inContents;
    private bool _inPart;
    private bool _afterGrid;

    private HtmlDocumentWriter(IReadOnlyList<Block> blocks)
    {
        _blocks = blocks;
        var n = 0;
        foreach (var heading in blocks.OfType<Heading>().Where(h => h.Bookmarked))
        {
            _anchors.TryAdd(heading.Text, $"part-{++n}");
        }
    }

    public static string Write(IReadOnlyList<Block> blocks, string title)
    {
        var writer = new HtmlDocumentWriter(blocks);
        writer.Open(title);
        for (var i = 0; i < blocks.Count; i++)
        {
            writer.WriteBlock(i);
        }

        writer.Close();
        return writer._html.ToString();
    }

    private void Open(string title)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
            .Append(HtmlText.Escape(title)).Append("</title>\n<style>\n").Append(HtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n");
    }

    private void Close()
    {
        EndSheet();
        if (_inPart)
        {
            _html.Append("</section>\n");
        }

        _html.Append("</body>\n</html>\n");
    }

    private void WriteBlock(int i)
    {
        switch (_blocks[i])
        {
            case Heading heading:
                WriteHeading(heading, i);
                break;
            case Paragraph paragraph:
                var unit = _inSheet && i + 1 < _blocks.Count && _blocks[i + 1] is Grid;
                _html.Append(unit ? "<p class=\"unit\">" : "<p>").Append(HtmlText.Lines(paragraph.Text)).Append("</p>\n");
                break;
            case ContentsLine line:
                WriteContents(line);
                break;
            case Grid grid:
                HtmlGrid.Write(_html, grid);
                EndSheet();
                _afterGrid = true;
                break;
        }
    }

    private void WriteHeading(Heading heading, int i)
    {
        var text = HtmlText.Escape(heading.Text);
        if (GridAfter(i) is { } grid)
        {
            EndSheet();
            _html.Append(CellLayout.Width(grid) > PortraitColumns ? "<section class=\"sheet wide\">\n" : "<section class=\"sheet\">\n");
            _inSheet = true;
            _html.Append("<h2 class=\"title\"").Append(Anchor(heading)).Append('>').Append(text).Append("</h2>\n");
        }
        else if (i == 0)
        {
            _html.Append("<nav>\n<h1>").Append(text).Append("</h1>\n");
            _inContents = true;
        }
        else if (heading.Bookmarked)
        {
            _html.Append("<h2").Append(Anchor(heading)).Append('>').Append(text).Append("</h2>\n");
        }
        else if (_afterGrid && !_inPart)
        {
            EndSheet();
            _inPart = true;
            _html.Append("<section class=\"part\">\n<h1>").Append(text).Append("</h1>\n");
        }
        else
        {
            _html.Append("<h2 class=\"group\">").Append(text).Append("</h2>\n");
        }
    }

    private void WriteContents(ContentsLine line)
    {
        // The page the text layout counted is not the page Chromium prints on, so the 目录 links instead of numbering.
        var title = HtmlText.Escape(line.Title);
        _html.Append(_anchors.TryGetValue(line.Title, out var anchor)
            ? $"<p><a href=\"#{anchor}\">{title}</a></p>\n"
            : $"<p>{title}</p>\n");
    }

    private Grid? GridAfter(int i)
    {
        var next = i + 1 < _blocks.Count ? _blocks[i + 1] : null;
        if (next is Paragraph && i + 2 < _blocks.Count)
        {
            next = _blocks[i + 2];
        }

        return next as Grid;
    }

    // Each anchor is given once, to the first heading of its text, so ids stay unique.
    private string Anchor(Heading heading)
        => heading.Bookmarked && _anchors.TryGetValue(heading.Text, out var id) && _anchored.Add(id) ? $" id=\"{id}\"" : string.Empty;

    // Closes the 目录 or the table being written: a table or the explanatory part follows.
    private void EndSheet()
    {
        if (_inContents)
        {
            _html.Append("</nav>\n");
            _inContents = false;
        }

        if (_inSheet)
        {
            _html.Append("</section>\n");
            _inSheet = false;
        }
    }
}
