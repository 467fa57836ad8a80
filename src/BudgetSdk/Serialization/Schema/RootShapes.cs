using System.Text.Json.Nodes;
using BudgetSdk.Serialization.Reading;
using static BudgetSdk.Serialization.Schema.Shapes;

namespace BudgetSdk.Serialization.Schema;

/// <summary>The root objects of the two formats that are read back, and the shared shapes (<c>$defs</c>) they use.</summary>
internal static class RootShapes
{
    /// <summary>Every shared shape by its <c>$defs</c> name, in the order the schema lists them.</summary>
    public static IReadOnlyList<(string Name, Func<JsonObject> Build)> Definitions { get; } =
    [
        ("header", FactShapes.Header),
        ("settings", DerivedShapes.Settings),
        ("unit", FactShapes.Unit),
        ("spending", FactShapes.Spending),
        ("basicExpenditure", FactShapes.BasicExpenditure),
        ("threePublicExpense", FactShapes.ThreePublic),
        ("operatingFundsAmount", FactShapes.OperatingFunds),
        ("project", ProjectShapes.Project),
        ("spendingPlan", ProjectShapes.SpendingPlan),
        ("indicator", ProjectShapes.Indicator),
        ("procurementLine", ProjectShapes.ProcurementLine),
        ("procurementAmount", ProjectShapes.ProcurementAmount),
        ("assets", FactShapes.Assets),
        ("narrative", ProjectShapes.Narrative),
        ("departmentTargets", ProjectShapes.DepartmentTargets),
        ("subGoal", ProjectShapes.SubGoal),
        ("inlineIndicator", ProjectShapes.InlineIndicator),
        ("priorYear", FactShapes.PriorYear),
        ("table", DerivedShapes.Table),
        ("tableRow", DerivedShapes.TableRow),
        ("warning", DerivedShapes.Warning),
        ("amount", FactShapes.Amount),
        ("cell", FactShapes.Cell),
        ("functionalCode", FactShapes.FunctionalCode),
        ("economicCode", FactShapes.EconomicCode),
    ];

    /// <summary>The disclosure JSON (<see cref="DisclosureJson"/>): required are only the version, header and edition.</summary>
    public static JsonObject Disclosure() => Object(
        "部门预算信息公开 · a department budget disclosure as BudgetSdk's DisclosureJson writes and reads it (docs/json-format.md)",
        Required("formatVersion", Version()),
        Required("header", Ref("header")),
        Required("edition", Edition()),
        Optional("settings", Ref("settings")),
        Optional("units", ListOf(Ref("unit"), "预算单位 · the department's units")),
        Optional("spending", ListOf(Ref("spending"), "支出 · spending by functional code, kind and source")),
        Optional("basicExpenditures", ListOf(Ref("basicExpenditure"), "基本支出 · by economic code")),
        Optional("threePublic", ListOf(Ref("threePublicExpense"), "“三公”经费")),
        Optional("operatingFunds", ListOf(Ref("operatingFundsAmount"), "机关运行经费 · as stated, where it is not the 公用经费 of 302 and 310 (empty: derived)")),
        Optional("projects", ListOf(Ref("project"), "项目 · the projects")),
        Optional("procurement", ListOf(Ref("procurementLine"), "政府采购 · the procurement schedule")),
        Optional("assets", OrNull(Ref("assets"))),
        Optional("narrative", Ref("narrative")),
        Optional("priorYear", OrNull(Ref("priorYear"))),
        Optional("tables", ListOf(Ref("table"), "表格 · the derived tables (the reader compares them with its own)")),
        Optional("warnings", ListOf(Ref("warning"), "警告 · the derived warnings (the reader compares them with its own)")));

    /// <summary>The form facts JSON (<see cref="FormFactsJson"/>): the facts a region's printed form states.</summary>
    public static JsonObject FormFacts() => Object(
        "按地区格式公开的预算事实 · the facts of a disclosure printed in a region's form (Shanghai, Jiangsu …) as BudgetSdk's FormFactsJson writes and reads them (docs/json-format.md, “Form facts”)",
        Required("kind", Const(FormFactsJson.Kind, "文件类型 · the document's kind")),
        Required("formatVersion", Version()),
        Required("form", TextValue("地区格式 · the form's id in schema/forms, e.g. \"shanghai\"")),
        Required("documentKind", TextValue("文件种类 · 部门 department or 单位 unit")),
        Required("header", Ref("header")),
        Required("edition", Edition()),
        Optional("spending", ListOf(Ref("spending"), "支出 · spending by functional code, kind and source")),
        Optional("basicExpenditures", ListOf(Ref("basicExpenditure"), "基本支出 · by economic code")),
        Optional("operatingFunds", ListOf(Ref("operatingFundsAmount"), "机关运行经费 · as the document states it (empty: derived from 公用经费)")),
        Optional("threePublic", ListOf(Ref("threePublicExpense"), "“三公”经费")),
        Optional("procurement", ListOf(Ref("procurementLine"), "政府采购 · the procurement rows")),
        Optional("choices", Texts("选择 · one sentence per amount no printed cell fixes alone, saying what was chosen")));

    private static JsonObject Version() => Const(DisclosureJson.FormatVersion, "格式版本 · the format version; a reader refuses versions it does not know");

    private static JsonObject Edition() => OneOf(JsonPreamble.Editions, "科目版本 · the edition of the code lists every code is read in: one the schema has code lists for");
}
