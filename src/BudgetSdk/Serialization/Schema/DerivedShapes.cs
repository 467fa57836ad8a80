using System.Text.Json.Nodes;
using BudgetSdk.Vocabulary;
using static BudgetSdk.Serialization.Schema.Shapes;

namespace BudgetSdk.Serialization.Schema;

/// <summary>The shapes of the build settings and of the derived data a disclosure carries for consumers: tables and warnings.</summary>
internal static class DerivedShapes
{
    public static JsonObject Settings() => Object(
        "构建设置 · the settings the disclosure was built with (defaults when left out)",
        Optional("edition", IntegerOrNull("所选科目版本 · the edition asked for: null (the budget year) or the document's own \"edition\"")),
        Optional("rounding", Names(JsonNames.Rounding, "舍入方式 · the rounding of derived 万元 figures")),
        Optional("warningsAsErrors", Flag("警告视为错误 · warnings fail the build")),
        Optional("customTemplateSets", Flag("自定义模板行 · built with template line sets of its own, which the reader must supply")));

    public static JsonObject Table() => Object(
        "表格 · a derived table (T1–T9, procurement, assets): written for consumers, recomputed and compared by the reader",
        Required("id", Names(JsonNames.Table, "表号 · the table's id")),
        Required("title", TextValue("表名 · the title, e.g. \"部门预算收支总表\"")),
        Optional("note", TextOrNull("注 · the note under the table")),
        Required("columns", Texts("列 · the column headings")),
        Required("rows", ListOf(Ref("tableRow"), "行 · the rows")));

    public static JsonObject TableRow() => Object(
        "行 · a row of a derived table",
        Optional("code", TextOrNull("科目编码 · the row's code, or null")),
        Required("label", TextValue("项目 · the row's label")),
        Optional("expenseLabel", TextOrNull("支出项目 · the expense side's label in a two-sided table, or null")),
        Required("cells", ListOf(Ref("cell"), "单元格 · the cells, in the order of the columns")));

    public static JsonObject Warning() => Object(
        "警告 · a rule's warning about the facts (derived: recomputed and compared by the reader)",
        Required("ruleId", TextValue("规则编号 · the rule's id, e.g. \"BDR0601\"")),
        Required("severity", Names(JsonNames.Severity, "严重程度 · the severity")),
        Required("location", TextValue("位置 · where, e.g. \"T6/30108/合计\"")),
        Required("message", TextValue("说明 · what is wrong")),
        Optional("expected", TextOrNull("应为 · what was expected")),
        Optional("actual", TextOrNull("实为 · what was found")));
}
