using UglyToad.PdfPig.Content;

namespace BudgetSdk.Import.Files.Pdf;

/// <summary>A vertical table rule: the border between two columns, from <paramref name="Bottom"/> to <paramref name="Top"/>.</summary>
internal sealed record Rule(double X, double Bottom, double Top)
{
    public bool Crosses(double y) => y >= Bottom && y <= Top;
}

/// <summary>The vertical rules a page draws (thin filled or stroked rectangles and lines): where a ruled table's columns are.</summary>
internal static class TableRules
{
    public static List<Rule> Vertical(Page page)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is { } box && box.Width <= 2 && box.Height >= 4)
                {
                    rules.Add(new Rule((box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
            }
        }

        return rules;
    }
}
