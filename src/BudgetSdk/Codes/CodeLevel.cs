namespace BudgetSdk.Codes;

/// <summary>The level of a code in its hierarchy: 类, 款 or 项.</summary>
public enum CodeLevel
{
    /// <summary>类 (class): the top level, e.g. 201 一般公共服务支出 or 301 工资福利支出.</summary>
    Class = 1,

    /// <summary>款 (section), e.g. 20103 政府办公厅（室）及相关机构事务 or 30101 基本工资.</summary>
    Section = 2,

    /// <summary>项 (item), e.g. 2010301 行政运行; only 支出功能分类 has this level.</summary>
    Item = 3,
}
