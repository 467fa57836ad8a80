namespace BudgetSdk.Facts;

/// <summary>The kind of spending (支出类型): the five amount columns of 部门预算支出总表 (T3), in printed order.</summary>
public enum ExpenseKind
{
    /// <summary>基本支出: 人员经费 and 公用经费 that keep the department running.</summary>
    Basic,

    /// <summary>项目支出: spending on named projects.</summary>
    Project,

    /// <summary>经营支出 (事业单位经营支出).</summary>
    Operating,

    /// <summary>上解上级支出.</summary>
    RemittanceToSuperior,

    /// <summary>对附属单位补助支出.</summary>
    SubsidyToAffiliates,

    /// <summary>单位预留机动经费: money a unit keeps in reserve, a third use beside 基本 and 项目 in Jiangsu's form
    /// (支出合计 = 基本支出 + 项目支出 + 单位预留机动经费).</summary>
    Reserve,
}
