using UglyToad.PdfPig.Content;

namespace BudgetSdk.Import.Files.Pdf;

/// <summary>A vertical table rule: the border between two columns, from <paramref name="Bottom"/> to <paramref name="Top"/>.</summary>
internal sealed record Rule(double X, double Bottom, double Top)
{
    public bool Crosses(double y) => y >= Bottom && y <= Top;
}

/// <summary>A horizontal table rule: the border between two rows, at <paramref name="Y"/> from <paramref name="Left"/> to <paramref name="Right"/>.</summary>
internal sealed record Border(double Y, double Left, double Right)
{
    public bool Covers(double x) => x >= Left && x <= Right;
}

/// <summary>The vertical rules a page draws (thin filled or stroked rectangles and lines): where a ruled table's columns are.</summary>
internal static class TableRules
{
    public static List<Rule> Vertical(Page page)
    {
        var rules = new List<Rule>();
        foreach (var box in Boxes(page))
        {
            if (box.Width <= 2 && box.Height >= 4)
            {
                rules.Add(new Rule((box.Left + box.Right) / 2, box.Bottom, box.Top));
            }
        }

        return rules;
    }

    /// <summary>The horizontal rules: where a ruled table's rows end.</summary>
    public static List<Border> Horizontal(Page page)
    {
        var borders = new List<Border>();
        foreach (var box in Boxes(page))
        {
            if (box.Height <= 2 && box.Width >= 4)
            {
                borders.Add(new Border((box.Bottom + box.Top) / 2, box.Left, box.Right));
            }
        }

        return borders;
    }

    private static IEnumerable<UglyToad.PdfPig.Core.PdfRectangle> Boxes(Page page)
    {
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is { } box)
                {
                    yield return box;
                }
            }
        }
    }
}
