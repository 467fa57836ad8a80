namespace BudgetSdk.Tests.Import.Files;

/// <summary>A line diff of two renderings (longest common subsequence): <c>- line</c> only in the first, <c>+ line</c>
/// only in the second, in order; empty when they are equal.</summary>
public static class LineDiff
{
    public static IReadOnlyList<string> Of(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var common = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var diff = new List<string>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Count && (x == a.Count || common[x, y + 1] >= common[x + 1, y]))
            {
                diff.Add("+ " + b[y++]);
            }
            else
            {
                diff.Add("- " + a[x++]);
            }
        }

        return diff;
    }
}
