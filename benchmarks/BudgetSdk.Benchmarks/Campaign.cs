using System.Globalization;
using BudgetSdk.Testing;

namespace BudgetSdk.Benchmarks;

/// <summary>The console of the mutation campaign: its options, its report, and an exit code CI can read.</summary>
internal static class Campaign
{
    /// <summary>Runs the campaign; 0 when it found nothing, 1 when it found a problem, 2 for bad options.</summary>
    public static int Run(string[] args)
    {
        var (runs, seed, budgetMs) = (1000, 1, 10_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--runs": runs = value; break;
                case "--seed": seed = value; break;
                case "--budget-ms": budgetMs = value; break;
                default:
                    Console.Error.WriteLine($"campaign: unknown option {args[i]}; expected --runs N, --seed S, --budget-ms B");
                    return 2;
            }
        }

        var texts = Seeds.Names().Select(Seeds.Text).ToArray();
        Console.WriteLine($"{runs:N0} runs on {texts.Length} seeds, campaign seed {seed}, budget {budgetMs:N0} ms a run");
        var result = MutationCampaign.Run(texts, runs, seed, TimeSpan.FromMilliseconds(budgetMs), Console.Out);
        Console.WriteLine($"{result.Runs:N0} runs, {result.Refused:N0} refused with a reason, slowest {result.Slowest.TotalMilliseconds:F0} ms, {result.Problems.Count} problems");
        return result.Problems.Count == 0 ? 0 : 1;
    }
}
