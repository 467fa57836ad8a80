using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;

namespace BudgetSdk.Tests.Forms.Deriving;

/// <summary>
/// Seeded random facts (FsCheck is not among the packages, so a seeded generator): 项 of the 2024 edition spent from every
/// source and kind with amounts in 元 to four decimals (so every table has to round), 基本支出 split over economic 款 so that
/// it equals the 一般公共预算 基本支出 exactly, and “三公” components of the fiscal funds.
/// </summary>
internal static class RandomFacts
{
    private static readonly FundingSource[] NonFiscalKindsSources = [FundingSource.BusinessIncome, FundingSource.OperatingIncome, FundingSource.OtherIncome, FundingSource.FiscalSpecialAccount];

    public static DisclosureFacts Generate(int seed)
    {
        var random = new Random(seed);
        var functional = FunctionalCode.ForEdition(2024).Where(c => c.IsLeaf && c.Code.Length == 7).ToArray();
        var economic = DepartmentEconomicCode.ForEdition(2024).Where(c => c.IsLeaf && c.Code.Length == 5).ToArray();
        var spending = new List<Spending>();
        var codes = Enumerable.Range(0, random.Next(1, 14)).Select(_ => functional[random.Next(functional.Length)]).Distinct().ToArray();
        foreach (var code in codes)
        {
            foreach (var _ in Enumerable.Range(0, random.Next(1, 4)))
            {
                var fiscal = random.Next(4) > 0;
                var source = fiscal ? FundingSources.Fiscal[random.Next(random.Next(2) == 0 ? 1 : 3)] : NonFiscalKindsSources[random.Next(NonFiscalKindsSources.Length)];
                var kind = random.Next(2) == 0 ? ExpenseKind.Basic : ExpenseKind.Project;
                spending.Add(new Spending(code, kind, source, Amount(random), random.Next(8) == 0));
            }
        }

        var basic = Money.Sum(spending.Where(s => s.Source == FundingSource.GeneralPublicBudget && s.Kind == ExpenseKind.Basic).Select(s => s.Amount)).Yuan;
        var basics = new List<BasicExpenditure>();
        if (basic > 0m)
        {
            var parts = economic.OrderBy(_ => random.Next()).Take(random.Next(1, 9)).ToArray();
            var left = basic;
            for (var i = 0; i < parts.Length; i++)
            {
                var share = i == parts.Length - 1 ? left : decimal.Round(left * (decimal)random.NextDouble() / 2m, 4);
                left -= share;
                var personnel = decimal.Round(share * (decimal)random.NextDouble(), 4);
                var isPersonnel = parts[i].Code.StartsWith("301", StringComparison.Ordinal) || parts[i].Code.StartsWith("303", StringComparison.Ordinal);
                basics.Add(isPersonnel
                    ? new BasicExpenditure(parts[i], Money.FromYuan(share), Money.Zero)
                    : new BasicExpenditure(parts[i], Money.FromYuan(personnel), Money.FromYuan(share - personnel)));
            }
        }

        var threePublic = Enum.GetValues<ThreePublicComponent>()
            .Where(_ => random.Next(2) == 0)
            .Select(c => new ThreePublicExpense(c, FundingSources.Fiscal[random.Next(2)], Money.FromYuan(random.Next(0, 500_000) + (random.Next(10_000) / 10_000m))))
            .ToArray();
        return new DisclosureFacts
        {
            Header = new DisclosureHeader("310107", "001", $"随机部门{seed}", 2025),
            Edition = 2024,
            Spending = spending,
            BasicExpenditures = basics,
            ThreePublic = threePublic,
        };
    }

    private static Money Amount(Random random) => Money.FromYuan(random.Next(0, 3) == 0
        ? random.Next(1, 1_000) * 100m
        : random.Next(1, 20_000_000) + (random.Next(10_000) / 10_000m));
}
