using BudgetSdk.Import;
using BudgetSdk.Import.Text;

namespace BudgetSdk.Audit;

/// <summary>
/// Matches the projects section 二 lists (<see cref="PrintedProjectList"/>) to the printed 项目绩效目标表 by name. The
/// list shortens names (招商经费 for 招商引资经费) or adds 项目 (县机关服务中心餐饮服务外包项目), so names match when they are
/// equal, when one's core (the name without 项目 and a trailing 经费, 资金 or 费) is a subsequence of the other's at least
/// half its length, or when they share three quarters of the longer core in order. A match counts only when it is
/// unambiguous: the item's best table is better than its others, and no other item fits that table as well.
/// </summary>
internal static class ListedProjects
{
    // Beyond this many pairs (no published document comes near) only equal names are matched, keeping the work linear.
    private const int MaxPairs = 10_000;
    private const int MaxCore = 64;
    private static readonly string[] Suffixes = ["经费", "资金", "费用", "费"];

    /// <summary>For each project table, the list item that names it, or null.</summary>
    public static ListedProject?[] ByProject(PublishedDisclosure document)
    {
        var byProject = new ListedProject?[document.Projects.Count];
        if (document.ProjectList is { } list)
        {
            var matched = Match(list.Items.Select(i => i.Name).ToArray(), document.Projects.Select(p => p.Name).ToArray());
            for (var i = 0; i < matched.Length; i++)
            {
                if (matched[i] is { } project)
                {
                    byProject[project] = list.Items[i];
                }
            }
        }

        return byProject;
    }

    /// <summary>
    /// The projects with the amount the list gives each table that prints none (no 预算数, 财政资金 or 其他资金): the
    /// 2023 form's tables may print no amount at all.
    /// </summary>
    public static IReadOnlyList<PrintedProject> WithListedAmounts(PublishedDisclosure document)
    {
        var listed = ByProject(document);
        return document.Projects
            .Select((p, i) => PrintsNoAmount(p) && listed[i] is { } item ? p with { Budget = item.Amount } : p)
            .ToArray();
    }

    /// <summary>True when a table prints neither 预算数 nor its parts.</summary>
    public static bool PrintsNoAmount(PrintedProject project) => project.Budget is null && project.FiscalFunds is null && project.OtherFunds is null;

    /// <summary>For each listed name, the index of the printed name it unambiguously stands for, or null.</summary>
    public static int?[] Match(IReadOnlyList<string> listed, IReadOnlyList<string> printed)
    {
        var listedCores = listed.Select(Core).ToArray();
        var printedCores = printed.Select(Core).ToArray();
        if ((long)listed.Count * printed.Count > MaxPairs)
        {
            return MatchEqual(listedCores, printedCores);
        }

        var score = new double[listed.Count, printed.Count];
        for (var i = 0; i < listed.Count; i++)
        {
            for (var j = 0; j < printed.Count; j++)
            {
                score[i, j] = Similarity(listedCores[i], printedCores[j]);
            }
        }

        var bestItem = Enumerable.Range(0, printed.Count).Select(j => Best(Enumerable.Range(0, listed.Count).Select(i => score[i, j]).ToArray())).ToArray();
        return Enumerable.Range(0, listed.Count)
            .Select(i => Best(Enumerable.Range(0, printed.Count).Select(j => score[i, j]).ToArray()) is { } j && bestItem[j] == i ? j : (int?)null)
            .ToArray();
    }

    /// <summary>Matches by equal cores only, each core printed once on either side.</summary>
    private static int?[] MatchEqual(string[] listed, string[] printed)
    {
        var once = printed.Select((core, j) => (core, j)).GroupBy(p => p.core, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().j, StringComparer.Ordinal);
        var listedOnce = listed.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return listed.Select(core => listedOnce.Contains(core) && once.TryGetValue(core, out var j) ? j : (int?)null).ToArray();
    }

    /// <summary>The index of the one highest positive score, or null when none is positive or two share it.</summary>
    private static int? Best(double[] scores)
    {
        int? best = null;
        var tied = false;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0d || (best is { } b && scores[i] < scores[b]))
            {
                continue;
            }

            tied = best is { } c && scores[i] == scores[c];
            best = tied ? best : i;
        }

        return tied ? null : best;
    }

    /// <summary>How well two cores match, 0 when they do not: 1 when equal, else the share of the longer one they have in common.</summary>
    private static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1d;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 2 || longer.Length > MaxCore)
        {
            return 0d;
        }

        var common = CommonSubsequence(shorter, longer);
        var share = (double)common / longer.Length;
        return (common == shorter.Length && share >= 0.5) || share >= 0.75 ? share : 0d;
    }

    /// <summary>The length of the longest common subsequence.</summary>
    private static int CommonSubsequence(string a, string b)
    {
        var row = new int[b.Length + 1];
        foreach (var c in a)
        {
            var diagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = c == b[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>The name without what lists add or drop: white space, quotes, a trailing 项目, then 经费/资金/费用/费.</summary>
    private static string Core(string name)
    {
        var core = Names.Compact(Names.Key(name));
        core = Strip(core, "项目");
        foreach (var suffix in Suffixes)
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Strip(core, suffix);
            }
        }

        return core;
    }

    private static string Strip(string core, string suffix)
        => core.Length >= suffix.Length + 2 && core.EndsWith(suffix, StringComparison.Ordinal) ? core[..^suffix.Length] : core;
}
