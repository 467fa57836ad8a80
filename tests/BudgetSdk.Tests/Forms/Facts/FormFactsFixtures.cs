using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Tests.Forms.Facts;

/// <summary>Facts for the reconstruction tests: a hand-made department and seeded random ones over a form.</summary>
internal static class FormFactsFixtures
{
    /// <summary>A small 上海市普陀区 department of 2025: 一般公共预算 基本 and 项目, 事业收入 on one code, 三公 of two components.</summary>
    public static DisclosureFacts Putuo()
    {
        var functional = FunctionalCode.ForEdition(2024);
        var economic = DepartmentEconomicCode.ForEdition(2024);
        return new DisclosureFacts
        {
            Header = new DisclosureHeader("310107", string.Empty, "上海市普陀区测试局", 2025),
            Edition = 2024,
            Spending =
            [
                new Spending(functional.Get("2010601"), ExpenseKind.Basic, FundingSource.GeneralPublicBudget, Money.FromYuan(1_000_000.00m)),
                new Spending(functional.Get("2010602"), ExpenseKind.Project, FundingSource.GeneralPublicBudget, Money.FromYuan(250_000.50m)),
                new Spending(functional.Get("2080505"), ExpenseKind.Basic, FundingSource.GeneralPublicBudget, Money.FromYuan(300_000.00m)),
                new Spending(functional.Get("2080505"), ExpenseKind.Project, FundingSource.BusinessIncome, Money.FromYuan(50_000.00m)),
            ],
            BasicExpenditures =
            [
                new BasicExpenditure(economic.Get("30101"), Money.FromYuan(900_000.00m), Money.Zero),
                new BasicExpenditure(economic.Get("30201"), Money.Zero, Money.FromYuan(400_000.00m)),
            ],
            ThreePublic =
            [
                new ThreePublicExpense(ThreePublicComponent.VehicleOperation, FundingSource.GeneralPublicBudget, Money.FromYuan(45_600m)),
                new ThreePublicExpense(ThreePublicComponent.Reception, FundingSource.GeneralPublicBudget, Money.FromYuan(12_300m)),
            ],
        };
    }

    /// <summary>
    /// Random facts of one seed over a form: leaf codes of its edition, the kinds its selectors name, every funding source,
    /// 基本支出 by economic 款 adding up to the 一般公共预算 基本支出, and “三公” of the 财政拨款 funds.
    /// </summary>
    public static DisclosureFacts Random(FormTemplate form, int seed)
    {
        var random = new Random(seed);
        var year = form.Years.From + random.Next(form.Years.To - form.Years.From + 1);
        var editions = FunctionalCode.Editions.Where(e => DepartmentEconomicCode.TryGetEdition(e, out _)).Order().ToArray();
        // A year before every edition (Jiangsu's 2017, 2019) takes the earliest, as the reconstruction does.
        var edition = editions.LastOrDefault(e => e <= year, editions[0]);
        var functional = FunctionalCode.ForEdition(edition).Where(c => c.IsLeaf).ToArray();
        var economic = DepartmentEconomicCode.ForEdition(edition).Where(c => c.IsLeaf && c.Code.Length == 5 && (c.Code.StartsWith("301", StringComparison.Ordinal) || c.Code.StartsWith("302", StringComparison.Ordinal))).ToArray();
        var kinds = form.Tables.SelectMany(t => t.Sides).SelectMany(s => s.Columns).SelectMany(c => c.Select.Kinds ?? []).Distinct().ToArray();
        if (kinds.Length == 0)
        {
            kinds = [ExpenseKind.Basic];
        }

        var spending = new List<Spending>();
        foreach (var code in functional.OrderBy(_ => random.Next()).Take(random.Next(3, 12)).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var source = random.Next(3) == 0 ? FundingSources.All[random.Next(FundingSources.All.Count)] : FundingSource.GeneralPublicBudget;
                spending.Add(new Spending(code, kinds[random.Next(kinds.Length)], source, Cents(random, 1_000_000_000)));
            }
        }

        var basic = spending.Where(s => s.Kind == ExpenseKind.Basic && s.Source == FundingSource.GeneralPublicBudget).Sum(s => s.Amount.Yuan);
        var basics = new List<BasicExpenditure>();
        var left = basic;
        foreach (var code in economic.OrderBy(_ => random.Next()).Take(random.Next(1, 6)))
        {
            var personnel = decimal.Round(left * random.Next(0, 60) / 100m, 2);
            var publicUse = decimal.Round((left - personnel) * random.Next(0, 60) / 100m, 2);
            basics.Add(new BasicExpenditure(code, Money.FromYuan(personnel), Money.FromYuan(publicUse)));
            left -= personnel + publicUse;
        }

        if (basics.Count > 0)
        {
            basics[^1] = basics[^1] with { PublicUse = basics[^1].PublicUse + Money.FromYuan(left) };
        }

        var threePublic = Enum.GetValues<ThreePublicComponent>().Where(_ => random.Next(2) == 0)
            .Select(c => new ThreePublicExpense(c, FundingSources.Fiscal[random.Next(3)], Cents(random, 50_000_000)))
            .ToArray();
        return new DisclosureFacts
        {
            Header = new DisclosureHeader(form.Region.PadRight(6, '0'), string.Empty, "测试部门", year),
            Edition = edition,
            Spending = spending,
            BasicExpenditures = basics.Where(b => b.Total.Yuan != 0m).ToArray(),
            ThreePublic = threePublic,
        };
    }

    /// <summary>Every row of every table as text (table/side/row: cells), for comparing two documents.</summary>
    public static IReadOnlyList<string> Cells(FormDocument document)
        => document.Tables.SelectMany(t => t.Sides.SelectMany(s => s.Rows.Select(r =>
            $"{t.TableId}/{s.SideId}/{r.Id} {r.Label}: {string.Join(" ", r.Cells.Select(c => c?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"))}")))
            .ToArray();

    /// <summary>The document with one cell replaced.</summary>
    public static FormDocument WithCell(FormDocument document, string table, string row, string column, decimal amount)
    {
        var tables = document.Tables.Select(t => t.TableId != table ? t : t with
        {
            Sides = t.Sides.Select(s => s with
            {
                Rows = s.Rows.Select(r => r.Id != row ? r : r with
                {
                    Cells = r.Cells.Select((c, i) => s.Columns[i] == column ? amount : c).ToArray(),
                }).ToArray(),
            }).ToArray(),
        }).ToArray();
        return document with { Tables = tables };
    }

    private static Money Cents(Random random, int max) => Money.FromYuan(random.Next(1, max) / 100m);
}
