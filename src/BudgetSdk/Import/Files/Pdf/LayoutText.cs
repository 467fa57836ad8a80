using System.Text;
using UglyToad.PdfPig.Content;

namespace BudgetSdk.Import.Files.Pdf;

/// <summary>
/// Writes a PDF page as <c>pdftotext -layout</c> prints it, the text a region's form reader reads: lines by baseline
/// top to bottom, each cell of a line at the character column its left edge stands at on a grid of half the page's
/// typical em (a digit's advance), so what stands above what — a column header over its amounts, right-aligned amounts
/// — stays where it stands on paper; a blank line where the gap between two lines is wider than prose's line spacing.
/// A CJK character is one column, as in <c>pdftotext</c>'s text, so a label takes half the columns it is wide: the
/// labels of a header line stand at their centres. Letters outside the page are not printed.
/// </summary>
internal static class LayoutText
{
    // Prose is set at about 1.2–1.5 times its font size; a wider gap separates paragraphs or table rows.
    private const double BlankLineGap = 1.6;

    // An A3 landscape page in 6 pt type is about 400 columns; a hostile page (a huge crop box, letters far apart) must
    // not make a line of millions of spaces, so a cell further right than this follows the one before it.
    private const int MaxColumn = 2000;

    /// <summary>Appends the page's lines; false when it prints no text.</summary>
    public static bool Write(Page page, StringBuilder text)
    {
        // Letters outside the page's crop box are not printed (a text block overflowing the page top): pdftotext drops
        // them too, and a reader must not read text the page does not show.
        // PdfPig gives a rotated page's letters in the page as displayed, its crop box as stored.
        var crop = page.Rotation.Value % 180 == 0 ? page.CropBox.Bounds : new UglyToad.PdfPig.Core.PdfRectangle(0, 0, page.Width, page.Height);
        var printed = page.Letters.Where(l => Inside(crop, l.StartBaseLine)).ToList();
        var lines = PageLines.Of(printed, TableRules.Vertical(page), layout: true);
        if (lines.Count == 0)
        {
            return false;
        }

        var column = Column(printed);
        var origin = lines.Min(l => l.Left);
        PageLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && previous.Baseline - line.Baseline > BlankLineGap * Math.Max(previous.Size, line.Size))
            {
                text.Append('\n');
            }

            var end = -1;
            // A line of labels only (a table's column headers) places its labels after the first by their centres: a
            // CJK label takes half the columns it is wide, so by its left edge its middle would stand columns left of the
            // amounts under it. Rows (a code, an amount) and the first label of a line (indentation, a row's label) keep
            // their left edges, where a wrapped label's next line starts.
            var labelsOnly = !line.Cells.Any(c => c.Text.Any(char.IsAsciiDigit));
            foreach (var cell in line.Cells)
            {
                var place = labelsOnly && end >= 0 ? (cell.Centre - origin) / column - cell.Text.Length / 2.0 : (cell.Left - origin) / column;
                // A cell never runs into the one before it: at least one space apart, as pdftotext keeps words apart.
                var at = place is >= 0 and <= MaxColumn ? Math.Max((int)Math.Round(place, MidpointRounding.AwayFromZero), end + 1) : end + 1;
                text.Append(' ', at - Math.Max(end, 0)).Append(cell.Text);
                end = at + cell.Text.Length;
            }

            text.Append('\n');
            previous = line;
        }

        return true;
    }

    // A point on the crop box's edge is inside: a letter set on the page's border still prints.
    private static bool Inside(UglyToad.PdfPig.Core.PdfRectangle box, UglyToad.PdfPig.Core.PdfPoint point)
        => point.X >= box.Left - 0.5 && point.X <= box.Right + 0.5 && point.Y >= box.Bottom - 0.5 && point.Y <= box.Top + 0.5;

    // Half the typical em of the page's letters: the advance of a digit, half that of a CJK character.
    private static double Column(IReadOnlyList<Letter> letters)
    {
        var ems = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(PageLines.Em).Order().ToArray();
        return ems.Length == 0 ? 1 : Math.Max(ems[ems.Length / 2] / 2, 0.5);
    }
}
