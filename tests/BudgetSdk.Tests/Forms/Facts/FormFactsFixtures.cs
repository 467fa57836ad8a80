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
    /// 基本支出 by economic 款 adding up to the 一般公共预算 基本支出, “三公” of the 财政拨款 funds, 机关运行经费 stated or not, and purchases (政府采购).
    /// </summary>
    public static DisclosureFacts Random(FormTemplate form, int seed)
    {
        var random = new Random(seed);
        var year = form.Years.From + random.Next(form.Years.To - form.Years.From + 1);
        var editions = FunctionalCode.Editions.Where(e => DepartmentEconomicCode.TryGetEdition(e, out _)).Order().ToArray();
        // The newest edition not after the year (Jiangsu's 2017 and 2019 have theirs), as the reconstruction takes it.
        var edition = editions.LastOrDefault(e => e <= year, editions[0]);
        var functional = FunctionalCode.ForEdition(edition).Where(c => c.IsLeaf).ToArray();
        var economic = DepartmentEconomicCode.ForEdition(edition).Where(c => c.IsLeaf && c.Code.Length == 5 && (c.Code.StartsWith("301", StringComparison.Ordinal) || c.Code.StartsWith("302", StringComparison.Ordinal))).ToArray();
        var kinds = form.Tables.SelectMany(t => t.Sides).SelectMany(s => s.Columns).SelectMany(c => c.Select.Kinds ?? []).Distinct().ToArray();
        if (kinds.Length == 0)
        {
            kinds = [ExpenseKind.Basic];
        }

        // Only the sources the form's selectors name (Jiangsu's 收支预算总表 has no 国有资本经营 line).
        var named = form.Tables.SelectMany(t => t.Sides.SelectMany(s => s.Columns.Select(c => t.Select.Narrow(c.Select))
                .Concat(s.Rows.Lines.Select(l => t.Select.Narrow(l.Select)))))
            .Where(s => s.Measure is FactMeasure.Spending or FactMeasure.Inherit)
            .SelectMany(s => s.Funds ?? []).ToHashSet();
        var sources = FundingSources.All.Where(named.Contains).ToArray();
        var spending = new List<Spending>();
        foreach (var code in functional.OrderBy(_ => random.Next()).Take(random.Next(3, 12)).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var source = random.Next(3) == 0 ? sources[random.Next(sources.Length)] : FundingSource.GeneralPublicBudget;
                var kind = kinds[random.Next(kinds.Length)];

                // 单位预留机动经费 is 财政拨款 money only (Jiangsu's t4-t1-reserve: T4's 机动经费 = T1's); 政府性基金 money is not
                // 基本支出 here, since the facts split 基本支出 by economic 款 for 一般公共预算 only while Jiangsu's T6 covers both.
                source = kind == ExpenseKind.Reserve ? FundingSource.GeneralPublicBudget : source;
                kind = kind == ExpenseKind.Basic && source == FundingSource.GovernmentFund ? ExpenseKind.Project : kind;

                // 财政拨款 money is 基本, 项目 or 机动 only (the builder's rule; Hebei's T4 = T5 + T7 + T8, which list 基本 and 项目).
                kind = source.IsFiscal() && kind is ExpenseKind.Operating or ExpenseKind.RemittanceToSuperior or ExpenseKind.SubsidyToAffiliates ? ExpenseKind.Project : kind;
                spending.Add(new Spending(code, kind, source, Cents(random, 1_000_000_000)));
            }
        }

        // A form printing 基本支出 by function as 人员经费 / 公用经费 (Shanghai's 单位预算 T1) needs the facts split so.
        var splits = form.Tables.Any(t => t.Sides.Any(s => s.Columns.Any(c => c.Select.Part is not null && t.Select.Narrow(c.Select).Measure is FactMeasure.Spending or FactMeasure.Inherit)));
        if (splits)
        {
            spending = spending.SelectMany(s => s.Kind != ExpenseKind.Basic ? [s] : Split(s, random)).ToList();
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

        // Purchases of each 政府采购品目 category (a form that prints them by category, Jiangsu's 政府采购预算表, sums them).
        var procurement = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
        {
            var amount = Cents(random, 200_000_000);
            var code = "ABC"[random.Next(3)] + random.Next(1, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            return new ProcurementLine(Header(form, year).DepartmentName, "项目", amount, "品目" + code, code, "项", 1m, amount,
                [new ProcurementAmount(FundingSource.GeneralPublicBudget, amount)], Money.Zero);
        }).ToArray();

        // Half the seeds state 机关运行经费 (by 款 where the form prints it so, Jiangsu's; else one amount), the rest leave
        // it to be derived from the 公用经费.
        var byCode = form.Tables.Any(t => t.Sides.Any(s => s.Rows.CodeSystem == RowCodeSystem.DepartmentEconomic
            && s.Columns.Any(c => t.Select.Narrow(c.Select).Measure == FactMeasure.OperatingFunds)));
        var operatingFunds = random.Next(2) == 0
            ? []
            : byCode
                ? economic.Where(c => c.Code.StartsWith("302", StringComparison.Ordinal)).OrderBy(_ => random.Next()).Take(random.Next(1, 4))
                    .Select(c => new OperatingFundsAmount(c, Cents(random, 100_000_000))).ToArray()
                : [new OperatingFundsAmount(null, Cents(random, 100_000_000))];
        return new DisclosureFacts
        {
            Header = Header(form, year),
            Edition = edition,
            Spending = spending,
            BasicExpenditures = basics.Where(b => b.Total.Yuan != 0m).ToArray(),
            ThreePublic = threePublic,
            OperatingFunds = operatingFunds,
            Procurement = procurement,
        };
    }

    /// <summary>
    /// A header the reader resolves back to the form: the first region under the form's prefix that the shipped catalogue
    /// gives this form for (a district for Shanghai's district form, 上海市 itself for the municipal one), and a department
    /// named by the region's full name (上海市黄浦区测试局), as a printed header names it.
    /// </summary>
    public static DisclosureHeader Header(FormTemplate form, int year)
    {
        var region = BudgetSdk.Regions.AdministrativeDivisions.All
            .Where(d => d.Code.StartsWith(form.Region, StringComparison.Ordinal))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .First(d => d.Name != "市辖区" && BudgetSdk.Forms.Schema.FormCatalog.Shipped.Select(d.Code, year) == form);
        var names = new[] { region.Code[..2] + "0000", region.Code[..4] + "00", region.Code }.Distinct()
            .Select(BudgetSdk.Regions.AdministrativeDivisions.Find).Where(d => d is not null && d.Name != "市辖区").Select(d => d!.Name);
        return new DisclosureHeader(region.Code, string.Empty, string.Concat(names) + "测试局", year);
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

    /// <summary>A 基本支出 fact as its 人员经费 and 公用经费 (either may be all of it).</summary>
    private static IEnumerable<Spending> Split(Spending spending, Random random)
    {
        var personnel = decimal.Round(spending.Amount.Yuan * random.Next(0, 101) / 100m, 2);
        if (personnel != 0m)
        {
            yield return spending with { Amount = Money.FromYuan(personnel), Part = SpendingPart.Personnel };
        }

        if (spending.Amount.Yuan - personnel != 0m)
        {
            yield return spending with { Amount = Money.FromYuan(spending.Amount.Yuan - personnel), Part = SpendingPart.PublicUse };
        }
    }

    private static Money Cents(Random random, int max) => Money.FromYuan(random.Next(1, max) / 100m);
}
