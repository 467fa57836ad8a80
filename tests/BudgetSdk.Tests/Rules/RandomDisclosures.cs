using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;

namespace BudgetSdk.Tests.Rules;

/// <summary>
/// Generates valid facts from a seed: random leaf codes, sources, kinds and carry-over in 元 with cents, 基本支出 by
/// random 款 adding up to the 一般公共预算 基本支出, and projects adding up to 项目支出. Reproducible by seed.
/// </summary>
public static class RandomDisclosures
{
    private static readonly FunctionalCode[] Leaves = FunctionalCode.Edition2024.Catalog.Where(c => c.IsLeaf && c.Level != CodeLevel.Class).ToArray();
    private static readonly DepartmentEconomicCode[] Sections = DepartmentEconomicCode.Edition2024.Catalog
        .Where(c => c.Level == CodeLevel.Section && c.Code[..3] is "301" or "302" or "303").ToArray();

    /// <summary>A builder of valid facts for the seed.</summary>
    public static DisclosureBuilder Facts(int seed, BuildSettings? settings = null)
    {
        var random = new Random(seed);
        var builder = DisclosureBuilder.For("130324", "434", "随机部门", 2024, settings);
        var gpbBasic = 0m;
        var project = 0m;
        for (var i = random.Next(1, 25); i > 0; i--)
        {
            var source = random.Next(4) switch
            {
                0 => FundingSource.GovernmentFund,
                1 => FundingSources.All[random.Next(3, FundingSources.All.Count)],
                _ => FundingSource.GeneralPublicBudget,
            };
            var kind = source.IsFiscal() ? (ExpenseKind)random.Next(2) : (ExpenseKind)random.Next(5);
            var yuan = Yuan(random);
            var code = Leaves[random.Next(Leaves.Length)];
            if (random.Next(5) == 0)
            {
                builder.SpendCarriedOver(code, kind, Money.FromYuan(yuan), source);
            }
            else
            {
                builder.Spend(code, kind, Money.FromYuan(yuan), source);
            }

            gpbBasic += source == FundingSource.GeneralPublicBudget && kind == ExpenseKind.Basic ? yuan : 0m;
            project += kind == ExpenseKind.Project ? yuan : 0m;
        }

        foreach (var (share, index) in Split(random, gpbBasic).Select((s, i) => (s, i)))
        {
            var code = Sections[random.Next(Sections.Length)];
            var personnel = code.Code.StartsWith("302", StringComparison.Ordinal) ? 0m : share;
            builder.Basic(code, Money.FromYuan(personnel), Money.FromYuan(share - personnel));
            _ = index;
        }

        var number = 0;
        foreach (var share in Split(random, project))
        {
            builder.AddProject(new Project($"13032424P{number++:000000000000}", "项目" + number, Money.FromYuan(share), Money.Zero, "用途"));
        }

        foreach (var component in new[] { ThreePublicComponent.OverseasTravel, ThreePublicComponent.VehiclePurchase, ThreePublicComponent.VehicleOperation, ThreePublicComponent.Reception })
        {
            if (random.Next(2) == 0)
            {
                builder.ThreePublic(component, Money.FromYuan(Yuan(random) / 100m), FundingSources.Fiscal[random.Next(3)]);
            }
        }

        return builder;
    }

    /// <summary>An amount in 元 with cents, from 0.01 元 to about 10 亿元, often with sub-万元-cent digits.</summary>
    private static decimal Yuan(Random random) => random.Next(3) switch
    {
        0 => random.Next(1, 100_000) * 100m, // whole cents of 万元, as printed
        1 => random.Next(1, 1_000_000) + (random.Next(100) / 100m),
        _ => (random.NextInt64(1, 100_000_000_000) / 100m),
    };

    /// <summary>Splits an amount in 元 into 1–6 parts with cents that add up to it exactly.</summary>
    private static IEnumerable<decimal> Split(Random random, decimal total)
    {
        if (total == 0m)
        {
            yield break;
        }

        var parts = random.Next(1, 7);
        var left = total;
        for (var i = 1; i < parts && left > 0.01m; i++)
        {
            var part = decimal.Round(left * (decimal)random.NextDouble() / 2m, 2, MidpointRounding.ToZero);
            if (part > 0m)
            {
                yield return part;
                left -= part;
            }
        }

        yield return left;
    }
}
