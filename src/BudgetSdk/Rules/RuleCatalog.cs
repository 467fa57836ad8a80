namespace BudgetSdk.Rules;

/// <summary>
/// Every rule <see cref="Building.DisclosureBuilder.Build()"/> checks, with a stable id. docs/rules.md describes each
/// with an example; a test breaks each one.
/// </summary>
public static class RuleCatalog
{
    /// <summary>财政区划 is a 6-digit GB/T 2260 code.</summary>
    public static Rule RegionCode { get; } = new("BDR0001", Severity.Error, "财政区划 is a 6-digit GB/T 2260 code");

    /// <summary>部门编码 is 3 digits and the department has a name.</summary>
    public static Rule Department { get; } = new("BDR0002", Severity.Error, "部门编码 is 3 digits and 部门名称 is not empty");

    /// <summary>The schema has code lists and a template for the year and region.</summary>
    public static Rule Template { get; } = new("BDR0003", Severity.Error, "the schema has code lists and a template (表样) for the year and region");

    /// <summary>Every 类 with spending has a line in T1 and T4.</summary>
    public static Rule ExpenseLine { get; } = new("BDR0004", Severity.Error, "every 类 with spending has an expense line in T1 and T4");

    /// <summary>Every “三公” component has a row in T9.</summary>
    public static Rule ThreePublicRow { get; } = new("BDR0005", Severity.Error, "every “三公” component with money has a row in T9");

    /// <summary>The disclosure has some spending.</summary>
    public static Rule NotEmpty { get; } = new("BDR0006", Severity.Error, "a disclosure has spending");

    /// <summary>Codes belong to the disclosure's edition.</summary>
    public static Rule CodeEdition { get; } = new("BDR0101", Severity.Error, "every code is of the disclosure's edition");

    /// <summary>Functional amounts are booked to leaf codes.</summary>
    public static Rule LeafCode { get; } = new("BDR0102", Severity.Error, "amounts attach to leaf codes of 支出功能分类 (项, or a 款 without 项)");

    /// <summary>T6 rows are economic 款.</summary>
    public static Rule EconomicSection { get; } = new("BDR0103", Severity.Error, "基本支出 is stated by 部门预算支出经济分类 款 (5 digits)");

    /// <summary>财政拨款 pays only 基本支出 and 项目支出.</summary>
    public static Rule FiscalKind { get; } = new("BDR0104", Severity.Error, "财政拨款 money is spent as 基本支出 or 项目支出 only");

    /// <summary>T9 prints 财政拨款 only.</summary>
    public static Rule ThreePublicFund { get; } = new("BDR0105", Severity.Error, "“三公”经费 is paid from a 财政拨款 fund");

    /// <summary>T5 基本支出 = T6 合计.</summary>
    public static Rule BasicEqualsEconomic { get; } = new("BDR0201", Severity.Error, "一般公共预算 基本支出 by 功能分类 (T5) equals 基本支出 by 经济分类 (T6)");

    /// <summary>Σ project 预算数 = 项目支出.</summary>
    public static Rule ProjectsTotal { get; } = new("BDR0202", Severity.Error, "the projects' 预算数 add up to 项目支出");

    /// <summary>Per functional code, Σ project 预算数 = its 项目支出.</summary>
    public static Rule ProjectsPerCode { get; } = new("BDR0203", Severity.Error, "the projects booked to a functional code add up to its 项目支出");

    /// <summary>项目编码 format.</summary>
    public static Rule ProjectCode { get; } = new("BDR0301", Severity.Error, "项目编码 has 21 characters: the region, a 2-digit year not after the budget year, and the rest");

    /// <summary>项目编码 unique.</summary>
    public static Rule ProjectUnique { get; } = new("BDR0302", Severity.Error, "项目编码 is unique within a disclosure");

    /// <summary>资金支出计划 non-decreasing.</summary>
    public static Rule PlanOrder { get; } = new("BDR0303", Severity.Error, "资金支出计划 is cumulative: it never decreases");

    /// <summary>资金支出计划 within 0–100 and ends at 100%.</summary>
    public static Rule PlanEnd { get; } = new("BDR0304", Severity.Error, "资金支出计划 stays within 0–100% and reaches 100% at 12月底");

    /// <summary>SME share ≤ purchase.</summary>
    public static Rule SmeShare { get; } = new("BDR0401", Severity.Error, "预留中小微企业份额 is not more than the 政府采购金额");

    /// <summary>数量 × 单价 ≈ amount.</summary>
    public static Rule QuantityPrice { get; } = new("BDR0402", Severity.Warning, "数量 × 单价 equals the 政府采购金额 (within 0.01万元)");

    /// <summary>政府采购目录序号 format.</summary>
    public static Rule CatalogueCode { get; } = new("BDR0403", Severity.Error, "政府采购目录序号 is A, B or C and 8 digits");

    /// <summary>办公用房 ≤ 房屋.</summary>
    public static Rule OfficeArea { get; } = new("BDR0501", Severity.Error, "办公用房 (area and value) is not more than 房屋");

    /// <summary>Each required 一级 tier has indicators.</summary>
    public static Rule RequiredTier { get; } = new("BDR0801", Severity.Error, "a project's indicators cover every 一级 tier its framework requires (产出指标, 效益指标, 满意度指标 …)");

    /// <summary>A money 成本指标 restates the budget.</summary>
    public static Rule CostAgreesWithBudget { get; } = new("BDR0802", Severity.Warning, "a 成本指标 in money agrees with the project's 预算数 after unit conversion (元/人 times the 数量指标 in 人)");

    /// <summary>Satisfaction is a percentage.</summary>
    public static Rule SatisfactionPercent { get; } = new("BDR0803", Severity.Warning, "a 满意度指标 is a percentage, e.g. ≥95%");

    /// <summary>指标值 readable.</summary>
    public static Rule ReadableValue { get; } = new("BDR0804", Severity.Warning, "a 指标值 reads as a comparison, a date or period, a yes/no form or text (malformed values are kept and flagged)");

    /// <summary>30108 = 2080505.</summary>
    public static Rule PensionInsurance { get; } = new("BDR0601", Severity.Warning, "30108 机关事业单位基本养老保险缴费 equals 2080505 机关事业单位基本养老保险缴费支出");

    /// <summary>30113 = 2210201.</summary>
    public static Rule HousingFund { get; } = new("BDR0602", Severity.Warning, "30113 住房公积金 equals 2210201 住房公积金");

    /// <summary>30302 = 2080501 + 2080502.</summary>
    public static Rule Retirement { get; } = new("BDR0603", Severity.Warning, "30302 退休费 equals 2080501 行政单位离退休 + 2080502 事业单位离退休");

    /// <summary>30110 (+30111) = 21011.</summary>
    public static Rule MedicalInsurance { get; } = new("BDR0604", Severity.Warning, "30110 职工基本医疗保险缴费 (+30111 公务员医疗补助缴费) equals 21011 行政事业单位医疗");

    /// <summary>T9 运行维护 ≥ 30231.</summary>
    public static Rule VehicleOperation { get; } = new("BDR0605", Severity.Warning, "T9 公务用车运行维护费 is at least 30231 公务用车运行维护费");

    /// <summary>T9 接待 ≥ 30217.</summary>
    public static Rule Reception { get; } = new("BDR0606", Severity.Warning, "T9 公务接待费 is at least 30217 公务接待费");

    /// <summary>Hierarchy: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, in every amount column.</summary>
    public static Rule Hierarchy { get; } = new("BDR0701", Severity.Error, "合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every amount column");

    /// <summary>Per row: 合计 = Σ its parts.</summary>
    public static Rule RowSum { get; } = new("BDR0702", Severity.Error, "per row, 合计 = the sum of its columns (T2 合计 = 小计 + 上年结转, 小计 = Σ sources; T3 five kinds; T5/T7/T8 基本 + 项目; T6 人员 + 公用; T4 and T9 funds)");

    /// <summary>T1/T4 totals.</summary>
    public static Rule SummaryTotals { get; } = new("BDR0703", Severity.Error, "T1 and T4: 本年 = Σ lines, 总计 = 本年 + 结转, 收入总计 = 支出总计");

    /// <summary>Cross-table identities.</summary>
    public static Rule CrossTable { get; } = new("BDR0704", Severity.Error, "across tables: T1 = T2/T3 totals and 类 rows, T2 = T3 per code, T4 funds = T5/T7/T8, T5 基本支出 = T6 合计");

    /// <summary>T9 rows add up.</summary>
    public static Rule ThreePublicSum { get; } = new("BDR0705", Severity.Error, "T9: 小计 = 出国 + 用车 + 接待, 用车 = 购置 + 运行维护, 合计 = 小计 (+ the template's extra rows)");

    /// <summary>
    /// The identities of the tables themselves (domain.md §1–6). Derived tables satisfy them by construction —
    /// <see cref="Building.DisclosureBuilder.Build()"/> asserts it — and <see cref="TableChecks"/> runs them on tables
    /// read from a published document.
    /// </summary>
    public static IReadOnlyList<Rule> TableRules { get; } = new[] { Hierarchy, RowSum, SummaryTotals, CrossTable, ThreePublicSum };

    /// <summary>Every rule checked on facts, by id.</summary>
    public static IReadOnlyList<Rule> FactRules { get; } = new[]
    {
        RegionCode, Department, Template, ExpenseLine, ThreePublicRow, NotEmpty,
        CodeEdition, LeafCode, EconomicSection, FiscalKind, ThreePublicFund,
        BasicEqualsEconomic, ProjectsTotal, ProjectsPerCode,
        ProjectCode, ProjectUnique, PlanOrder, PlanEnd,
        SmeShare, QuantityPrice, CatalogueCode,
        OfficeArea,
        RequiredTier, CostAgreesWithBudget, SatisfactionPercent, ReadableValue,
        PensionInsurance, HousingFund, Retirement, MedicalInsurance, VehicleOperation, Reception,
    };

    /// <summary>Every rule, by id: the fact rules, then the table rules.</summary>
    public static IReadOnlyList<Rule> All { get; } = FactRules.Concat(TableRules).ToArray();
}
