using System.Globalization;
using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Facts;

/// <summary>How the reasons name cells (<c>t3/2080506/total</c>, <c>t1/income/fiscal/amount</c>), amounts and unknowns.</summary>
internal static class CellNames
{
    /// <summary>A row: <c>t3/2080506</c>, or <c>t1/income/fiscal</c> when the table has several sides.</summary>
    public static string Row(FormDocument document, PrintedFormTable table, PrintedSide side, PrintedFormRow row) => Row(document, table, side, row.Id);

    /// <summary>A row by id.</summary>
    public static string Row(FormDocument document, PrintedFormTable table, PrintedSide side, string rowId)
        => (document.Form.Table(table.TableId)?.Sides.Count ?? table.Sides.Count) > 1
            ? $"{table.TableId}/{side.SideId}/{rowId}"
            : $"{table.TableId}/{rowId}";

    /// <summary>An amount with the decimals its table prints.</summary>
    public static string Amount(decimal amount, int decimals) => amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An amount of 元 in a table's unit and decimals.</summary>
    public static string Amount(decimal yuan, MoneyUnit unit, int decimals) => Amount(unit == MoneyUnit.Yuan ? yuan : yuan / Money.YuanPerWan, decimals);

    /// <summary>An unknown in the domain's words, e.g. <c>2080506 基本支出 事业收入</c> or <c>“三公” 公务接待费 一般公共预算</c>.</summary>
    public static string Of(FactAtom atom) => atom.Measure switch
    {
        FactMeasure.Spending => $"{atom.Code} {Kind(atom.Kind!.Value)}{Part(atom.Part)} {atom.Fund.ChineseName()}{(atom.CarriedOver ? " 上年结转" : string.Empty)}",
        FactMeasure.BasicByEconomic => $"{atom.Code} {(atom.Part == BasicPart.Personnel ? "人员经费" : "公用经费")}",
        _ => $"“三公” {atom.Component} {atom.Fund.ChineseName()}",
    };

    private static string Part(BasicPart? part) => part switch
    {
        BasicPart.Personnel => " 人员经费",
        BasicPart.PublicUse => " 公用经费",
        _ => string.Empty,
    };

    private static string Kind(ExpenseKind kind) => kind switch
    {
        ExpenseKind.Basic => "基本支出",
        ExpenseKind.Project => "项目支出",
        ExpenseKind.Operating => "经营支出",
        ExpenseKind.RemittanceToSuperior => "上解上级支出",
        ExpenseKind.SubsidyToAffiliates => "对附属单位补助支出",
        _ => "单位预留机动经费",
    };
}
