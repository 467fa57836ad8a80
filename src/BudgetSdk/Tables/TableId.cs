namespace BudgetSdk.Tables;

/// <summary>The nine tables of a disclosure (部门预算公开表), in printed order, then the two schedules of the explanatory sections.</summary>
public enum TableId
{
    /// <summary>部门预算收支总表.</summary>
    T1 = 1,

    /// <summary>部门预算收入总表.</summary>
    T2,

    /// <summary>部门预算支出总表.</summary>
    T3,

    /// <summary>部门预算财政拨款收支总表.</summary>
    T4,

    /// <summary>一般公共预算财政拨款支出表.</summary>
    T5,

    /// <summary>一般公共预算财政拨款基本支出表.</summary>
    T6,

    /// <summary>政府性基金预算财政拨款支出表.</summary>
    T7,

    /// <summary>国有资本经营预算财政拨款支出表.</summary>
    T8,

    /// <summary>财政拨款“三公”经费支出表.</summary>
    T9,

    /// <summary>部门政府采购预算 (section 八): a schedule, not one of the nine numbered tables.</summary>
    Procurement,

    /// <summary>部门固定资产占用情况表 (section 九): a schedule, not one of the nine numbered tables.</summary>
    Assets,
}
