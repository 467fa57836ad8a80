using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Import.Tables;

/// <summary>What a printed cell of a table holds, left to right after the 序号.</summary>
internal enum Slot
{
    Code,
    Label,
    ExpenseLabel,
    Amount,
}

/// <summary>
/// The printed layout of each table: its cells after the 序号 and its amount columns, named exactly as the derived
/// tables name them (src/BudgetSdk/Forms/Deriving/HebeiTables.cs) so that a location such as <c>T3/2010301/基本支出</c> reads the
/// same in a printed and a derived table.
/// </summary>
internal sealed class TableLayout
{
    private static readonly string[] DefaultT2Sources = ["财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"];
    // T4 and T9 name a fund column as the derivation does: the fund's name + 财政拨款.
    private static readonly string[] FundColumns = FundingSources.Fiscal.Select(f => f.ChineseName() + "财政拨款").ToArray();

    // Label cells lead and amounts follow, except that T1 and T4 print the income amount between the two labels.
    private TableLayout(TableId id, Slot[] labels, string[] columns)
    {
        Id = id;
        Slots = labels.Length == 3
            ? [labels[0], labels[1], labels[2], .. columns.Skip(1).Select(_ => Slot.Amount)]
            : [.. labels, .. columns.Select(_ => Slot.Amount)];
        Columns = columns;
    }

    public TableId Id { get; }

    /// <summary>Every printed cell after the 序号.</summary>
    public Slot[] Slots { get; }

    /// <summary>The amount columns.</summary>
    public string[] Columns { get; }

    public bool HasCodes => Slots[0] == Slot.Code;

    /// <summary>T1 and T4 print income and expense side by side.</summary>
    public bool IsSideBySide => Id is TableId.T1 or TableId.T4;

    public static TableLayout For(TableId id, DisclosureTemplate? template) => id switch
    {
        TableId.T1 => new(id, [Slot.Label, Slot.Amount, Slot.ExpenseLabel], ["收入预算数", "支出预算数"]),
        TableId.T2 => new(id, [Slot.Code, Slot.Label], ["合计", "小计", .. T2Sources(template), "上年结转"]),
        TableId.T3 => new(id, [Slot.Code, Slot.Label], ["合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"]),
        TableId.T4 => new(id, [Slot.Label, Slot.Amount, Slot.ExpenseLabel], ["收入金额", "合计", .. FundColumns]),
        TableId.T6 => new(id, [Slot.Code, Slot.Label], ["合计", "人员经费", "公用经费"]),
        TableId.T9 => new(id, [Slot.Label], ["合计", .. FundColumns]),
        _ => new(id, [Slot.Code, Slot.Label], ["合计", "基本支出", "项目支出"]),
    };

    /// <summary>The index in <see cref="Columns"/> of a printed cell, or -1 for a label cell.</summary>
    public int ColumnOfSlot(int slot)
    {
        if (Slots[slot] != Slot.Amount)
        {
            return -1;
        }

        var column = 0;
        for (var i = 0; i < slot; i++)
        {
            column += Slots[i] == Slot.Amount ? 1 : 0;
        }

        return column;
    }

    private static IEnumerable<string> T2Sources(DisclosureTemplate? template)
        => template is null ? DefaultT2Sources : template.T2Columns.Lines.Select(l => l.Label);
}
