using System.Text.Json.Nodes;
using BudgetSdk.Vocabulary;
using static BudgetSdk.Serialization.Schema.Shapes;

namespace BudgetSdk.Serialization.Schema;

/// <summary>The shapes of the tables' facts and their values: header, units, spending, 基本支出, 机关运行经费, “三公”, assets, last year.</summary>
internal static class FactShapes
{
    /// <summary>What <c>JsonAmounts.TryParse</c> accepts for an amount: digits, optionally a point and digits; no sign, exponent or spaces.</summary>
    public const string AmountPattern = "^[0-9]+(\\.[0-9]+)?$";

    /// <summary>A table cell: an amount that may be negative (a 比上年 decrease).</summary>
    public const string CellPattern = "^-?[0-9]+(\\.[0-9]+)?$";

    /// <summary>支出功能分类 codes: 类 (3 digits), 款 (5) or 项 (7).</summary>
    public const string FunctionalPattern = "^[0-9]{3}([0-9]{2}){0,2}$";

    /// <summary>部门预算支出经济分类 codes: 类 (3 digits) or 款 (5).</summary>
    public const string EconomicPattern = "^[0-9]{3}([0-9]{2})?$";

    public static JsonObject Amount() => Pattern(AmountPattern, "金额（万元），字符串 · an amount in 万元 as a string of its exact value, e.g. \"267.58\" (never a JSON number, so no reader turns it into binary floating point)");

    public static JsonObject Cell() => Pattern(CellPattern, "表格单元格（万元）· a table cell in 万元 as a string, e.g. \"267.58\" or \"-14.85\"");

    public static JsonObject FunctionalCode() => Pattern(FunctionalPattern, "支出功能分类科目编码 · a 支出功能分类 code of the document's edition, e.g. \"2010301\"");

    public static JsonObject EconomicCode() => Pattern(EconomicPattern, "部门预算支出经济分类科目编码 · a 部门预算支出经济分类 code of the document's edition, e.g. \"30101\"");

    public static JsonObject Header() => Object(
        "表头 · the header: region, department and budget year",
        Required("regionCode", TextValue("行政区划代码 · the 6-digit region code, e.g. \"130324\"")),
        Required("departmentCode", TextValue("部门编码 · the 3-digit department code, e.g. \"434\" (\"\" in form facts: those forms print none)")),
        Required("departmentName", TextValue("部门名称 · the department's name")),
        Required("year", Integer("预算年度 · the budget year, e.g. 2024")));

    public static JsonObject Unit() => Object(
        "预算单位 · a unit of the department",
        Required("name", TextValue("单位名称 · the unit's name")),
        Required("nature", Names(JsonNames.Nature, "单位性质 · administrative 行政单位 or institution 事业单位")),
        Required("rank", TextValue("级别 · the rank as printed, e.g. \"正科级\"")),
        Required("fundingForm", TextValue("经费形式 · the funding form as printed, e.g. \"财政拨款\"")));

    public static JsonObject Spending() => Object(
        "支出 · a spending fact: an amount of one functional code, kind and funding source",
        Required("code", Ref("functionalCode")),
        Required("kind", Names(JsonNames.Kind, "支出类型 · 基本支出 basic, 项目支出 project, …")),
        Required("source", Names(JsonNames.Source, "资金来源 · the funding source")),
        Required("amount", Ref("amount")),
        Optional("carriedOver", Flag("上年结转 · paid from last year's carry-over (false when left out)")),
        Optional("part", Names(JsonNames.Part, "人员经费 personnel or 公用经费 publicUse of a 基本支出, where a form prints 基本支出 by function so split")));

    public static JsonObject BasicExpenditure() => Object(
        "基本支出 · 基本支出 of one economic code: 人员经费 and 公用经费",
        Required("code", Ref("economicCode")),
        Optional("personnel", Ref("amount")),
        Optional("publicUse", Ref("amount")));

    public static JsonObject OperatingFunds() => Object(
        "机关运行经费 · an amount as the document states it: by economic 款, or one amount (code null)",
        Optional("code", OrNull(Ref("economicCode"))),
        Required("amount", Ref("amount")));

    public static JsonObject ThreePublic() => Object(
        "“三公”经费 · one component paid from one fund",
        Required("component", Names(JsonNames.Component, "“三公”经费的组成 · the component")),
        Required("fund", Names(JsonNames.Source, "资金来源 · the fund it is paid from")),
        Required("amount", Ref("amount")));

    public static JsonObject Assets() => Object(
        "国有资产占有使用情况 · the state-owned assets",
        Required("buildingArea", Number("房屋面积（平方米）· building area")),
        Required("officeArea", Number("办公用房面积（平方米）· office area")),
        Required("buildingValue", Ref("amount")),
        Optional("officeValue", Ref("amount")),
        Required("vehicles", Integer("车辆（辆）· vehicles")),
        Required("vehicleValue", Ref("amount")),
        Required("equipment", Integer("单价50万元以上设备（台）· equipment of 50万元 or more")),
        Required("equipmentValue", Ref("amount")),
        Required("otherItems", Integer("其他资产（项）· other items")),
        Required("otherValue", Ref("amount")),
        Optional("plannedPurchases", Ref("amount")));

    public static JsonObject PriorYear() => Object(
        "上年预算数 · last year's figures the 比上年 statements compare with",
        Required("basic", Ref("amount")),
        Required("project", Ref("amount")),
        Optional("threePublic", OrNull(Ref("amount"))));
}
