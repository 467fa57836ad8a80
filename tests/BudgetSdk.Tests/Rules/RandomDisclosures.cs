using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;

namespace BudgetSdk.Tests.Rules;

/// <summary>
/// Generates valid facts from a seed: random leaf codes, sources, kinds and carry-over in 元 with cents, 基本支出 by
/// random 款 adding up to the 一般公共预算 基本支出, and projects adding up to 项目支出. Reproducible by seed.
/// <see cref="Complete"/> adds every part a published document prints (see <see cref="RandomDocumentParts"/>).
/// </summary>
public static class RandomDisclosures
{
    private static readonly FunctionalCode[] Leaves = LeavesOf(FunctionalCode.Edition2024.Catalog);
    private static readonly DepartmentEconomicCode[] Sections = SectionsOf(DepartmentEconomicCode.Edition2024.Catalog);

    /// <summary>A builder of valid facts for the seed.</summary>
    public static DisclosureBuilder Facts(int seed, BuildSettings? settings = null) => Generate(seed, settings, parts: null);

    /// <summary>
    /// The facts of <see cref="Facts"/>'s seed made into a whole document: another department and region, units,
    /// projects with plans, goals and indicators, purchases, assets, narrative and last year's figures, and “三公”
    /// paid from funds the department has. The parts come from a random stream of their own, so the amounts are the
    /// same as <see cref="Facts"/>'s.
    /// </summary>
    public static DisclosureBuilder Complete(int seed)
    {
        var parts = new RandomDocumentParts(seed);
        return parts.AddTo(Generate(seed, settings: null, parts));
    }

    private static DisclosureBuilder Generate(int seed, BuildSettings? settings, RandomDocumentParts? parts)
    {
        var random = new Random(seed);
        var builder = parts?.Builder() ?? DisclosureBuilder.For("130324", "434", "随机部门", 2024, settings);
        var leaves = parts?.Year == 2023 ? LeavesOf(FunctionalCode.Edition2023.Catalog) : Leaves;
        var sections = parts?.Year == 2023 ? SectionsOf(DepartmentEconomicCode.Edition2023.Catalog) : Sections;
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
            var code = leaves[random.Next(leaves.Length)];
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
            var code = sections[random.Next(sections.Length)];
            var personnel = code.Code.StartsWith("302", StringComparison.Ordinal) ? 0m : share;
            builder.Basic(code, Money.FromYuan(personnel), Money.FromYuan(share - personnel));
            _ = index;
        }

        var number = 0;
        foreach (var share in Split(random, project))
        {
            number++;
            builder.AddProject(parts?.Project(builder.Header, number, share)
                ?? new Project($"13032424P{number - 1:000000000000}", "项目" + number, Money.FromYuan(share), Money.Zero, "用途"));
        }

        foreach (var component in new[] { ThreePublicComponent.OverseasTravel, ThreePublicComponent.VehiclePurchase, ThreePublicComponent.VehicleOperation, ThreePublicComponent.Reception })
        {
            if (random.Next(2) == 0)
            {
                var amount = Money.FromYuan(Yuan(random) / 100m);
                var fund = random.Next(3);
                builder.ThreePublic(parts?.Component(builder.Header, component) ?? component, amount, parts?.ThreePublicFund(builder.Facts, fund) ?? FundingSources.Fiscal[fund]);
            }
        }

        return builder;
    }

    /// <summary>The codes spending attaches to: leaves below the 类.</summary>
    internal static FunctionalCode[] LeavesOf(CodeCatalog<FunctionalCode> catalog) => catalog.Where(c => c.IsLeaf && c.Level != CodeLevel.Class).ToArray();

    /// <summary>The 款 of 301, 302 and 303 that 基本支出 is stated by.</summary>
    internal static DepartmentEconomicCode[] SectionsOf(CodeCatalog<DepartmentEconomicCode> catalog)
        => catalog.Where(c => c.Level == CodeLevel.Section && c.Code[..3] is "301" or "302" or "303").ToArray();

    /// <summary>An amount in 元 with cents, from 0.01 元 to about 10 亿元, often with sub-万元-cent digits.</summary>
    internal static decimal Yuan(Random random) => random.Next(3) switch
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
