using System.Globalization;
using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Performance;
using BudgetSdk.Performance.Values;
using static BudgetSdk.Tests.Rules.DocumentVocabulary;

namespace BudgetSdk.Tests.Rules;

/// <summary>
/// The parts of a published document that <see cref="RandomDisclosures.Facts"/> leaves out, drawn from a random stream
/// of their own: a 2024 (or 2023) department of one of the three seed counties, so each county's T9 rows appear;
/// units; projects with plans, numbered goals and an indicator grid covering every required 一级 tier; purchases paid
/// from money the department has; fixed assets; the narrative of sections 一 and 五; last year's figures. Words come
/// from <see cref="DocumentVocabulary"/>; values take every form the seeds print (≥95%, 1 人, 18000 元/人, 有效保障).
/// </summary>
internal sealed class RandomDocumentParts
{
    private readonly Random _random;
    private readonly List<Project> _projects = new();
    private string _basis = Bases[0];

    public RandomDocumentParts(int seed)
    {
        _random = new Random(unchecked((seed * 7919) + 17));
        Year = _random.Next(4) == 0 ? 2023 : 2024;
    }

    /// <summary>The budget year: 2023 for one document in four, with that year's code lists and template (T1 income
    /// lines 事业收入 … 其他收入, T9 with 会议费 and 培训费, no glossary).</summary>
    public int Year { get; }

    /// <summary>A builder for a department of one of the seed counties.</summary>
    public DisclosureBuilder Builder()
    {
        var (region, code, county) = Departments[_random.Next(Departments.Length)];
        return DisclosureBuilder.For(region, code, county + Pick(Offices), Year);
    }

    /// <summary>A project of <paramref name="yuan"/> 元 with a header, a plan, goals and indicators.</summary>
    public Project Project(DisclosureHeader header, int number, decimal yuan)
    {
        var other = _random.Next(4) == 0 ? decimal.Round(yuan * (decimal)_random.NextDouble() / 3m, 2) : 0m;
        _basis = Pick(Bases);
        var budget = Money.FromYuan(yuan);
        var project = new Project(
            $"{header.RegionCode}{(Year % 100) - _random.Next(2)}P{number:000000000000}",
            Pick(ProjectNames) + (_random.Next(3) == 0 ? number.ToString(CultureInfo.InvariantCulture) : string.Empty),
            Money.FromYuan(yuan - other),
            Money.FromYuan(other),
            Pick(Purposes),
            Plan: _random.Next(4) == 0 ? null : Plan(),
            Goals: Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(DocumentVocabulary.Goals)).Distinct().ToArray())
        {
            Indicators = Grid(budget),
        };
        _projects.Add(project);
        return project;
    }

    /// <summary>An academic 因公出国 where the county's 2024 T9 splits it (青龙, 望都), else the component itself.</summary>
    public ThreePublicComponent Component(DisclosureHeader header, ThreePublicComponent component)
        => component == ThreePublicComponent.OverseasTravel && header.RegionCode != "130324" && Year == 2024 && _random.Next(2) == 0 ? ThreePublicComponent.OverseasTravelAcademic : component;

    /// <summary>
    /// “三公” money comes out of a fund's budget, in practice 一般公共预算's: another fiscal fund only when the department
    /// has no 一般公共预算 money (one in three then), 一般公共预算 when it has no fiscal money at all.
    /// </summary>
    public FundingSource ThreePublicFund(DisclosureFacts facts, int choice)
    {
        var funds = FundingSources.Fiscal.Where(f => facts.Spending.Any(s => s.Source == f)).ToArray();
        return funds.Length == 0 || funds.Contains(FundingSource.GeneralPublicBudget) ? FundingSource.GeneralPublicBudget : funds[choice % funds.Length];
    }

    /// <summary>Units, purchases, assets, narrative and last year's figures.</summary>
    public DisclosureBuilder AddTo(DisclosureBuilder builder)
    {
        var name = builder.Header.DepartmentName;
        builder.AddUnit(name + "本级", UnitNature.Administrative, "正科级", "财政拨款");
        if (Year == 2023 && _random.Next(2) == 0)
        {
            builder.ThreePublic(ThreePublicComponent.Meeting, Money.FromWan(_random.Next(1, 500) / 100m));
            builder.ThreePublic(ThreePublicComponent.Training, Money.FromWan(_random.Next(0, 300) / 100m));
        }

        if (_random.Next(2) == 0)
        {
            builder.AddUnit(name + "综合服务中心", UnitNature.Institution, "股级", "财政性资金基本保证");
        }

        foreach (var line in Purchases(builder.Facts, name + "本级"))
        {
            builder.AddProcurement(line);
        }

        if (_random.Next(3) > 0)
        {
            builder.WithAssets(FixedAssets());
        }

        var facts = builder.Facts;
        if (_random.Next(2) == 0)
        {
            var basic = facts.Spending.Where(s => s.Kind == ExpenseKind.Basic).Select(s => s.Amount.Yuan).Sum();
            builder.WithPriorYear(new PriorYear(Money.FromYuan(decimal.Round(basic * 0.9m, 2)), Money.FromYuan(_random.Next(0, 5_000_000)), Money.FromWan(_random.Next(0, 40))));
        }

        return builder.WithNarrative(Narrative());
    }

    private SpendingPlan Plan()
    {
        var march = _random.Next(0, 5) * 10m;
        var june = march + (_random.Next(0, 4) * 10m);
        var october = Math.Min(100m, june + (_random.Next(0, 5) * 8.5m));
        return new SpendingPlan(march, june, october, 100m);
    }

    // Every required 一级 tier gets rows; the 成本指标 restates the budget, as BDR0802 asks.
    private List<PerformanceIndicator> Grid(Money budget)
    {
        var framework = IndicatorFrameworks.Hebei2024;
        var rows = new List<PerformanceIndicator>();
        foreach (var first in framework.FirstTiers)
        {
            var tiers = framework.ChildrenOf(first).Where(t => Indicators.ContainsKey(t.Name)).ToArray();
            var count = first.Name == "满意度指标" ? 1 : _random.Next(1, tiers.Length + 1);
            foreach (var tier in tiers.OrderBy(_ => _random.Next()).Take(count).OrderBy(t => Array.IndexOf(tiers, t)))
            {
                var (name, description, values) = Pick(Indicators[tier.Name]);
                var value = Pick(values) == "cost" ? $"≤{budget.Wan.ToString("0.00", CultureInfo.InvariantCulture)}万元" : Pick(values);
                rows.Add(new PerformanceIndicator(tier, name, description, IndicatorValue.Parse(value), _basis));
            }
        }

        return rows;
    }

    // Purchases paid from one fund the department has this year, within its money, or from money carried over.
    private List<ProcurementLine> Purchases(DisclosureFacts facts, string unit)
    {
        var lines = new List<ProcurementLine>();
        var funds = FundingSources.Fiscal.Where(f => facts.Spending.Any(s => s.Source == f && !s.CarriedOver)).ToArray();
        var carried = facts.Spending.Where(s => s.CarriedOver && s.Source.IsFiscal()).Select(s => s.Amount.Yuan).Sum();
        for (var i = _random.Next(0, 4); i > 0 && funds.Length > 0; i--)
        {
            // Government procurement is mostly paid from 一般公共预算.
            var fund = funds.Contains(FundingSource.GeneralPublicBudget) && _random.Next(4) > 0 ? FundingSource.GeneralPublicBudget : Pick(funds);
            var carryOver = carried > 100m && _random.Next(4) == 0;
            var available = carryOver ? carried : facts.Spending.Where(s => s.Source == fund && !s.CarriedOver).Select(s => s.Amount.Yuan).Sum();
            var quantity = _random.Next(1, 10);
            // Whole cents of 万元, as budgets print them: a purchase is no rounding group of its own.
            var price = decimal.Round(available / quantity * (decimal)_random.NextDouble() / 400m, 0, MidpointRounding.ToZero) * 100m;
            if (price < 100m)
            {
                continue;
            }

            var total = price * quantity;
            var (item, code, measure) = Pick(Items);
            var project = _projects.Count > 0 && _random.Next(3) > 0 ? Pick(_projects) : null;
            lines.Add(new ProcurementLine(
                unit, project?.Name ?? "年初运转类公用经费项目", project?.Budget ?? Money.FromYuan(total * 2), item, code, measure, quantity, Money.FromYuan(price),
                [new ProcurementAmount(carryOver ? FundingSource.GeneralPublicBudget : fund, Money.FromYuan(total), carryOver)],
                Money.FromYuan(_random.Next(2) == 0 ? total : decimal.Round(total / 200m, 0) * 100m)));
        }

        return lines;
    }

    private Assets FixedAssets()
    {
        var building = _random.Next(2) == 0 ? 0m : _random.Next(100, 40000) + (_random.Next(100) / 100m);
        var office = building == 0m ? 0m : decimal.Round(building * (decimal)_random.NextDouble(), 2);
        var buildingValue = building == 0m ? Money.Zero : Money.FromWan(_random.Next(10, 20000) + (_random.Next(100) / 100m));
        var officeValue = office == 0m ? Money.Zero : Money.FromWan(decimal.Round(buildingValue.Wan * (decimal)_random.NextDouble(), 2));
        var vehicles = _random.Next(0, 5);
        var equipment = _random.Next(0, 4);
        return new Assets(
            building, office, buildingValue,
            vehicles, vehicles == 0 ? Money.Zero : Money.FromWan(_random.Next(3, 100) + 0.5m),
            equipment, equipment == 0 ? Money.Zero : Money.FromWan(_random.Next(20, 300) + 0.26m),
            _random.Next(10, 5000), Money.FromWan(_random.Next(1, 2000) + 0.44m),
            PlannedPurchases: Money.FromWan(_random.Next(0, 3) * 5m),
            OfficeValue: officeValue);
    }

    private Narrative Narrative() => new()
    {
        Duties = Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Pick(DocumentVocabulary.Duties)).ToArray(),
        BasicChangeReason = "人员工资调整",
        ProjectChangeReason = _random.Next(2) == 0 ? null : "项目安排调整",
        OperatingFundsUse = _random.Next(2) == 0 ? null : "办公费、邮电费、物业管理费等日常运行支出",
        Targets = new DepartmentTargets
        {
            OverallGoal = "紧紧围绕县委、县政府的中心工作，保障机关高效运转。",
            SubGoals = Enumerable.Range(0, _random.Next(0, 3))
                .Select(i => new SubGoal("提升服务水平", "强化管理，提升服务保障能力。", i == 0 ? [new InlineIndicator("业务法规学习次数", IndicatorValue.Parse("≥2次"))] : []))
                .ToArray(),
            Safeguards = ["完善制度体系，规范内部管理。"],
        },
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
