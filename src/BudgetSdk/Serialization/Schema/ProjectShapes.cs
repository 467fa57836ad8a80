using System.Text.Json.Nodes;
using BudgetSdk.Codes;
using BudgetSdk.Vocabulary;
using static BudgetSdk.Serialization.Schema.Shapes;

namespace BudgetSdk.Serialization.Schema;

/// <summary>The shapes of projects (资金支出计划, 绩效目标), 政府采购 rows and the narrative.</summary>
internal static class ProjectShapes
{
    public static JsonObject Project()
    {
        var project = Object(
            "项目 · a project with its 资金支出计划 and 绩效目标",
            Required("code", TextValue("项目编码 · the 21-character project code")),
            Required("name", TextValue("项目名称 · the project's name")),
            Required("fiscalFunds", Ref("amount")),
            Optional("otherFunds", Ref("amount")),
            Required("purpose", TextValue("项目概述 · what the project is for")),
            Optional("functionalCode", OrNull(Ref("functionalCode"))),
            Optional("plan", OrNull(Ref("spendingPlan"))),
            Optional("goals", Texts("年度绩效目标 · the year's goals")),
            Optional("mediumTermGoal", TextOrNull("中期目标 · the medium-term goal")),
            Optional("framework", OrNull(Framework())),
            Optional("indicators", ListOf(Ref("indicator"), "绩效指标 · the indicators, filed in the framework's 二级 tiers")));

        // A project with indicators must name the framework they are filed in (the reader's only conditional requirement).
        project["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { ["indicators"] = new JsonObject { ["minItems"] = 1 } },
            ["required"] = new JsonArray("indicators"),
        };
        project["then"] = new JsonObject
        {
            ["properties"] = new JsonObject { ["framework"] = Framework() },
            ["required"] = new JsonArray("framework"),
        };
        return project;
    }

    public static JsonObject SpendingPlan() => Object(
        "资金支出计划 · the cumulative percentage to be paid out by the end of each month named",
        Required("march", Number("3月底累计 · by the end of March, e.g. 25")),
        Required("june", Number("6月底累计 · by the end of June")),
        Required("october", Number("10月底累计 · by the end of October")),
        Required("december", Number("12月底累计 · by the end of December, e.g. 100")));

    public static JsonObject Indicator() => Object(
        "绩效指标 · an indicator of a project",
        Required("tier", TextValue("指标层级 · the 二级 tier as \"一级/二级\" in the project's framework, e.g. \"产出指标/数量指标\"")),
        Required("name", TextValue("三级指标 · the indicator's name")),
        Required("description", TextValue("指标内容 · what it measures")),
        Required("value", TextValue("指标值 · the value as printed, e.g. \"≥2次\"")),
        Required("basis", TextValue("指标值确定依据 · the basis of the value")));

    public static JsonObject ProcurementLine() => Object(
        "政府采购 · a row of the procurement schedule",
        Required("unitName", TextValue("单位名称 · the unit")),
        Required("projectName", TextValue("项目名称 · the project (empty where a form prints none)")),
        Required("projectBudget", Ref("amount")),
        Required("itemName", TextValue("采购品目 · the item")),
        Required("catalogueCode", TextValue("政府采购品目编码 · the catalogue code, e.g. \"C22040000\", or a category letter A, B, C")),
        Required("measureUnit", TextValue("计量单位 · the unit of measure")),
        Required("quantity", Number("数量 · the quantity")),
        Required("unitPrice", Ref("amount")),
        Required("amounts", ListOf(Ref("procurementAmount"), "资金来源 · the amounts by source")),
        Optional("smeReserved", Ref("amount")));

    public static JsonObject ProcurementAmount() => Object(
        "政府采购资金 · an amount of a purchase by funding source",
        Required("source", Names(JsonNames.Source, "资金来源 · the funding source")),
        Required("amount", Ref("amount")),
        Optional("carriedOver", Flag("上年结转 · from last year's carry-over (false when left out)")));

    public static JsonObject Narrative() => Object(
        "说明 · the free text of the explanatory sections; every property may be left out",
        Optional("duties", Texts("部门职责 · the department's duties")),
        Optional("projectSummary", TextOrNull("项目支出说明 · about 项目支出")),
        Optional("basicChangeReason", TextOrNull("基本支出增减原因 · why 基本支出 changed")),
        Optional("projectChangeReason", TextOrNull("项目支出增减原因 · why 项目支出 changed")),
        Optional("operatingFundsUse", TextOrNull("机关运行经费 · its use")),
        Optional("threePublicChangeReason", TextOrNull("“三公”经费增减原因 · why “三公” changed")),
        Optional("targets", Ref("departmentTargets")),
        Optional("specialFunds", TextOrNull("专项资金 · special funds")),
        Optional("otherMatters", TextOrNull("其他事项 · other matters")));

    public static JsonObject DepartmentTargets() => Object(
        "部门整体绩效目标 · the department's targets",
        Optional("overallGoal", TextOrNull("总体目标 · the overall goal")),
        Optional("subGoals", ListOf(Ref("subGoal"), "分目标 · the sub-goals")),
        Optional("safeguards", Texts("保障措施 · the safeguards")));

    public static JsonObject SubGoal() => Object(
        "分目标 · a sub-goal with its inline indicators",
        Required("title", TextValue("标题 · the title")),
        Required("text", TextValue("内容 · the text")),
        Optional("indicators", ListOf(Ref("inlineIndicator"), "指标 · its indicators")));

    public static JsonObject InlineIndicator() => Object(
        "指标 · an indicator named in a sub-goal's text",
        Required("name", TextValue("指标名称 · the name")),
        Required("value", TextValue("指标值 · the value as printed")));

    // The reader knows the frameworks the schema ships; a document naming another is refused.
    private static JsonObject Framework() => OneOf(IndicatorFrameworks.All.Select(f => f.Id), "绩效指标体系 · the id of the indicator framework the indicators are filed in, e.g. \"hebei-2024\"");
}
