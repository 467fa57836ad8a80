using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Facts;
using BudgetSdk.Rules;
using BudgetSdk.Samples;
using BudgetSdk.Templates;
using F = BudgetSdk.Codes.FunctionalCode.Edition2024;
using E = BudgetSdk.Codes.DepartmentEconomicCode.Edition2024;

namespace BudgetSdk.Tests.Rules;

/// <summary>
/// One case per rule of <see cref="RuleCatalog"/>: the valid facts of seed 000 (卢龙县人民政府办公室 2024), changed
/// just enough to break that rule. Each case asserts the rule's id, severity and location.
/// </summary>
public class RuleTests
{
    private static DisclosureFacts Valid => Lulong2024.Facts().Facts;

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (ruleId, location) in BreakingCases.Keys)
            {
                data.Add(ruleId, location);
            }

            return data;
        }
    }

    [Fact]
    public void The_valid_facts_break_no_rule()
    {
        DisclosureAssembler.Build(Valid, BuildSettings.Default).Problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_reports_its_id_severity_and_location(string ruleId, string location)
    {
        var (facts, settings) = BreakingCases.Single(c => c.Key.RuleId == ruleId && c.Key.Location == location).Value();
        var result = DisclosureAssembler.Build(facts, settings ?? BuildSettings.Default);
        var rule = RuleCatalog.All.Single(r => r.Id == ruleId);

        var problem = result.Problems.FirstOrDefault(p => p.RuleId == ruleId && p.Location == location);
        problem.ShouldNotBeNull($"expected {ruleId} at {location}; got: {string.Join("; ", result.Problems)}");
        problem.Severity.ShouldBe(rule.Severity);
        problem.Message.ShouldNotBeNullOrWhiteSpace();
        result.Succeeded.ShouldBe(rule.Severity == Severity.Warning && !(settings?.WarningsAsErrors ?? false));
    }

    [Fact]
    public void Every_fact_rule_has_a_breaking_case_and_ids_are_unique()
    {
        RuleCatalog.All.Select(r => r.Id).ShouldBeUnique();
        RuleCatalog.FactRules.Select(r => r.Id).Except(BreakingCases.Keys.Select(k => k.RuleId)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_rule_is_documented_in_docs_rules_md()
    {
        var doc = File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "docs", "rules.md"));

        RuleCatalog.All.Where(r => !doc.Contains("## " + r.Id, StringComparison.Ordinal)).Select(r => r.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Facts_held_as_a_value_build_through_the_public_entry_with_the_same_rules()
    {
        var changed = Valid with { Header = Valid.Header with { DepartmentCode = "4340" } };

        DisclosureBuilder.Build(Valid).Succeeded.ShouldBeTrue();
        DisclosureBuilder.Build(changed).Errors.ShouldHaveSingleItem().RuleId.ShouldBe("BDR0002");
        Should.Throw<ArgumentNullException>(() => new Spending(null!, ExpenseKind.Basic, FundingSource.GeneralPublicBudget, W(1m)));
    }

    [Fact]
    public void Warnings_fail_the_build_when_warnings_are_errors()
    {
        var facts = ReplaceBasic(Valid, E.机关事业单位基本养老保险缴费_30108, 40.70m, E.基本工资_30101, 163.69m);

        DisclosureAssembler.Build(facts, BuildSettings.Default).Succeeded.ShouldBeTrue();
        var strict = DisclosureAssembler.Build(facts, new BuildSettings { WarningsAsErrors = true });
        strict.Succeeded.ShouldBeFalse();
        strict.Problems.ShouldHaveSingleItem().RuleId.ShouldBe("BDR0601");
    }

    [Fact]
    public void A_failed_build_reports_every_problem_not_just_the_first()
    {
        var facts = Valid with
        {
            Header = Valid.Header with { DepartmentCode = "43", DepartmentName = " " },
            Spending = Valid.Spending.Append(new Spending(F.政府办公厅室及相关机构事务_20103, ExpenseKind.Operating, FundingSource.GeneralPublicBudget, W(1m))).ToArray(),
        };

        var result = DisclosureAssembler.Build(facts, BuildSettings.Default);

        result.Disclosure.ShouldBeNull();
        result.Errors.Select(p => p.RuleId).Distinct().ShouldBe(new[] { "BDR0002", "BDR0102", "BDR0104" }, ignoreOrder: true);
        Should.Throw<DisclosureValidationException>(() => result.GetOrThrow()).Problems.Count.ShouldBe(result.Problems.Count);
    }

    private static readonly Dictionary<(string RuleId, string Location), Func<(DisclosureFacts Facts, BuildSettings? Settings)>> BreakingCases = new()
    {
        [("BDR0001", "header.regionCode")] = () => (Valid with { Header = Valid.Header with { RegionCode = "13032" } }, null),
        [("BDR0002", "header.departmentCode")] = () => (Valid with { Header = Valid.Header with { DepartmentCode = "4340" } }, null),
        [("BDR0002", "header.departmentName")] = () => (Valid with { Header = Valid.Header with { DepartmentName = "" } }, null),
        [("BDR0003", "edition")] = () => (Valid with { Edition = 2018 }, null),
        [("BDR0003", "header")] = () => (Valid with { Header = Valid.Header with { Year = 2019 } }, null),
        [("BDR0004", "spending[0].code")] = () => (Valid, new BuildSettings { TemplateSets = TemplatesWithout201() }),
        [("BDR0005", "threePublic[2].component")] = () => (WithThreePublic(Valid, new ThreePublicExpense(ThreePublicComponent.Meeting, FundingSource.GeneralPublicBudget, W(1m))), null),
        [("BDR0006", "spending")] = () => (Valid with { Spending = Array.Empty<Spending>() }, null),
        [("BDR0101", "spending[10].code")] = () => (WithSpending(Valid, new Spending(Codes.FunctionalCode.Edition2023.Catalog.Get("2010301"), ExpenseKind.Project, FundingSource.GeneralPublicBudget, W(1m))), null),
        [("BDR0101", "basicExpenditures[14].code")] = () => (WithBasic(Valid, new BasicExpenditure(Codes.DepartmentEconomicCode.Edition2023.Catalog.Get("30201"), W(0m), W(1m))), null),
        [("BDR0102", "spending[10].code")] = () => (WithSpending(Valid, new Spending(F.政府办公厅室及相关机构事务_20103, ExpenseKind.Project, FundingSource.GeneralPublicBudget, W(1m))), null),
        [("BDR0103", "basicExpenditures[14].code")] = () => (WithBasic(Valid, new BasicExpenditure(E.商品和服务支出_302, W(0m), W(1m))), null),
        [("BDR0104", "spending[10]")] = () => (WithSpending(Valid, new Spending(F.行政运行_2010301, ExpenseKind.Operating, FundingSource.GovernmentFund, W(1m))), null),
        [("BDR0105", "threePublic[2].fund")] = () => (WithThreePublic(Valid, new ThreePublicExpense(ThreePublicComponent.Reception, FundingSource.BusinessIncome, W(1m))), null),
        [("BDR0201", "T6/合计/合计")] = () => (WithBasic(Valid, new BasicExpenditure(E.办公费_30201, W(0m), W(0.01m))), null),
        [("BDR0202", "projects")] = () => (WithProject(Valid, Valid.Projects[0] with { Code = "13032424P00442810499Z" }), null),
        [("BDR0203", "T3/2069999/项目支出")] = () => (Rebook(Valid, "政府网站服务器租赁费及网站维护费", F.专项业务及机关事务管理_2010305), null),
        [("BDR0203", "T3/2010305/项目支出")] = () => (Rebook(Valid, "政府网站服务器租赁费及网站维护费", F.专项业务及机关事务管理_2010305), null),
        [("BDR0301", "projects[0].code")] = () => (ReplaceProject(Valid, 0, p => p with { Code = "13032524P00442810432J" }), null),
        [("BDR0301", "projects[1].code")] = () => (ReplaceProject(Valid, 1, p => p with { Code = "13032425P004428104265" }), null),
        [("BDR0302", "projects[1].code")] = () => (ReplaceProject(Valid, 1, p => p with { Code = Valid.Projects[0].Code }), null),
        [("BDR0303", "projects[2].plan/6月底")] = () => (ReplaceProject(Valid, 2, p => p with { Plan = new SpendingPlan(50, 40, 84, 100) }), null),
        [("BDR0304", "projects[2].plan/12月底")] = () => (ReplaceProject(Valid, 2, p => p with { Plan = new SpendingPlan(25, 50, 84, 90) }), null),
        [("BDR0304", "projects[2].plan/3月底")] = () => (ReplaceProject(Valid, 2, p => p with { Plan = new SpendingPlan(-5, 50, 84, 100) }), null),
        [("BDR0401", "procurement[0].smeReserved")] = () => (ReplaceProcurement(Valid, l => l with { SmeReserved = W(189.01m) }), null),
        [("BDR0402", "procurement[0]")] = () => (ReplaceProcurement(Valid, l => l with { Quantity = 2m }), null),
        [("BDR0403", "procurement[0].catalogueCode")] = () => (ReplaceProcurement(Valid, l => l with { CatalogueCode = "D22040000" }), null),
        [("BDR0501", "assets.officeArea")] = () => (Valid with { Assets = Valid.Assets! with { BuildingArea = 100m, OfficeArea = 120m } }, null),
        [("BDR0501", "assets.officeValue")] = () => (Valid with { Assets = Valid.Assets! with { OfficeValue = W(0.01m) } }, null),
        [("BDR0801", "projects[0].indicators")] = () => (ReplaceProject(Valid, 0, p => p with { Indicators = p.Indicators.Where(i => i.FirstTier.Name == "产出指标").ToArray() }), null),
        [("BDR0802", "projects[0].indicators[3].value")] = () => (ReplaceIndicator(Valid, 3, "18000万元"), null),
        [("BDR0803", "projects[0].indicators[5].value")] = () => (ReplaceIndicator(Valid, 5, "是否满意"), null),
        [("BDR0804", "projects[0].indicators[2].value")] = () => (ReplaceIndicator(Valid, 2, "≥95及时保障"), null),
        [("BDR0601", "T6/30108/合计")] = () => (ReplaceBasic(Valid, E.机关事业单位基本养老保险缴费_30108, 40.70m, E.基本工资_30101, 163.69m), null),
        [("BDR0602", "T6/30113/合计")] = () => (ReplaceBasic(Valid, E.住房公积金_30113, 26.61m, E.基本工资_30101, 163.69m), null),
        [("BDR0603", "T6/30302/合计")] = () => (ReplaceBasic(Valid, E.退休费_30302, 22.47m, E.生活补助_30305, 4.70m), null),
        [("BDR0604", "T6/30110/合计")] = () => (ReplaceBasic(Valid, E.职工基本医疗保险缴费_30110, 21.70m, E.其他社会保障缴费_30112, 1.51m), null),
        [("BDR0605", "T9/公务用车运行维护费")] = () => (Valid with { ThreePublic = new[] { new ThreePublicExpense(ThreePublicComponent.VehicleOperation, FundingSource.GeneralPublicBudget, W(2.99m)) } }, null),
        [("BDR0606", "T9/公务接待费")] = () => (ReplaceBasic(Valid with { ThreePublic = Array.Empty<ThreePublicExpense>() }, E.公务接待费_30217, 3.00m, E.办公费_30201, 3.00m, publicUse: true), null),
    };

    private static DisclosureFacts WithSpending(DisclosureFacts facts, Spending extra) => facts with { Spending = facts.Spending.Append(extra).ToArray() };

    private static DisclosureFacts WithBasic(DisclosureFacts facts, BasicExpenditure extra) => facts with { BasicExpenditures = facts.BasicExpenditures.Append(extra).ToArray() };

    private static DisclosureFacts WithThreePublic(DisclosureFacts facts, ThreePublicExpense extra) => facts with { ThreePublic = facts.ThreePublic.Append(extra).ToArray() };

    private static DisclosureFacts WithProject(DisclosureFacts facts, Project extra) => facts with { Projects = facts.Projects.Append(extra).ToArray() };

    private static DisclosureFacts ReplaceProject(DisclosureFacts facts, int index, Func<Project, Project> change)
        => facts with { Projects = facts.Projects.Select((p, i) => i == index ? change(p) : p).ToArray() };

    /// <summary>Replaces the value of one indicator of project 0 (定向选调生房租补助, 1.80万元, 1 人 at 18000 元/人).</summary>
    private static DisclosureFacts ReplaceIndicator(DisclosureFacts facts, int index, string value)
        => ReplaceProject(facts, 0, p => p with
        {
            Indicators = p.Indicators.Select((i, n) => n == index ? new BudgetSdk.Performance.PerformanceIndicator(i.Tier, i.Name, i.Description, BudgetSdk.Performance.Values.IndicatorValue.Parse(value), i.Basis) : i).ToArray(),
        });

    private static DisclosureFacts Rebook(DisclosureFacts facts, string name, Codes.FunctionalCode code)
        => facts with { Projects = facts.Projects.Select(p => p.Name == name ? p with { FunctionalCode = code } : p).ToArray() };

    private static DisclosureFacts ReplaceProcurement(DisclosureFacts facts, Func<ProcurementLine, ProcurementLine> change)
        => facts with { Procurement = facts.Procurement.Select(change).ToArray() };

    /// <summary>Moves money between two 款 so that T6 keeps its total and only a soft check breaks.</summary>
    private static DisclosureFacts ReplaceBasic(DisclosureFacts facts, Codes.DepartmentEconomicCode first, decimal firstWan, Codes.DepartmentEconomicCode second, decimal secondWan, bool publicUse = false)
    {
        BasicExpenditure Make(Codes.DepartmentEconomicCode code, decimal wan) => publicUse ? new(code, W(0m), W(wan)) : new(code, W(wan), W(0m));
        var rest = facts.BasicExpenditures.Where(b => !b.Code.Equals(first) && !b.Code.Equals(second));
        return facts with { BasicExpenditures = rest.Append(Make(first, firstWan)).Append(Make(second, secondWan)).ToArray() };
    }

    private static IReadOnlyList<TemplateLineSet> TemplatesWithout201()
    {
        var t1 = Codes.LineSets.All.Single(s => s.Id == "t1-expense" && s.Edition == 2024);
        var without = new TemplateLineSet(t1.Id, t1.Edition, t1.Region, t1.Title, t1.Lines.Where(l => l.FunctionalClass != "201").Select(l => (l.Label, l.FunctionalClass, (string[]?)l.Keys.ToArray(), l.Text, l.Notes)).ToArray());
        return Codes.LineSets.All.Where(s => s != t1).Append(without).ToArray();
    }

    private static Money W(decimal wan) => Money.FromWan(wan);
}
