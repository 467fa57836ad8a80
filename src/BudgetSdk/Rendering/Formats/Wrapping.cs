namespace BudgetSdk.Rendering.Formats;

/// <summary>Breaks text into lines of at most a width in characters, as a PDF column or page does: anywhere, since
/// Chinese has no spaces between words. A line break inside the text is kept.</summary>
internal static class Wrapping
{
    public static IReadOnlyList<string> Lines(string text, int? width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            if (width is not { } w || w < 1 || paragraph.Length <= w)
            {
                lines.Add(paragraph);
                continue;
            }

            for (var start = 0; start < paragraph.Length; start += w)
            {
                lines.Add(paragraph.Substring(start, Math.Min(w, paragraph.Length - start)));
            }
        }

        return lines;
    }
}
