namespace BudgetSdk.Facts;

/// <summary>
/// Where money comes from (资金来源): the finest split any table prints. Templates group them, e.g. the 2024 T1
/// line 五、单位资金 sums the last five. The member names are the keys used by the schema's templates.
/// </summary>
public enum FundingSource
{
    /// <summary>一般公共预算拨款.</summary>
    GeneralPublicBudget,

    /// <summary>政府性基金预算拨款.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算拨款.</summary>
    StateCapital,

    /// <summary>财政专户管理资金 (财政专户核拨).</summary>
    FiscalSpecialAccount,

    /// <summary>事业收入.</summary>
    BusinessIncome,

    /// <summary>事业单位经营收入.</summary>
    OperatingIncome,

    /// <summary>上级补助收入.</summary>
    SuperiorSubsidy,

    /// <summary>附属单位上缴收入.</summary>
    AffiliatedRemittance,

    /// <summary>其他收入.</summary>
    OtherIncome,
}

/// <summary>Facts about <see cref="FundingSource"/>.</summary>
public static class FundingSources
{
    /// <summary>The three 财政拨款 (fiscal appropriation) funds, in printed order: 一般公共预算, 政府性基金, 国有资本经营.</summary>
    public static IReadOnlyList<FundingSource> Fiscal { get; } =
        new[] { FundingSource.GeneralPublicBudget, FundingSource.GovernmentFund, FundingSource.StateCapital };

    /// <summary>Every source, in printed order.</summary>
    public static IReadOnlyList<FundingSource> All { get; } = Enum.GetValues<FundingSource>();

    /// <summary>True for the three 财政拨款 funds.</summary>
    public static bool IsFiscal(this FundingSource source) => source <= FundingSource.StateCapital;

    /// <summary>The printed Chinese name, e.g. 一般公共预算.</summary>
    public static string ChineseName(this FundingSource source) => source switch
    {
        FundingSource.GeneralPublicBudget => "一般公共预算",
        FundingSource.GovernmentFund => "政府性基金预算",
        FundingSource.StateCapital => "国有资本经营预算",
        FundingSource.FiscalSpecialAccount => "财政专户管理资金",
        FundingSource.BusinessIncome => "事业收入",
        FundingSource.OperatingIncome => "事业单位经营收入",
        FundingSource.SuperiorSubsidy => "上级补助收入",
        FundingSource.AffiliatedRemittance => "附属单位上缴收入",
        FundingSource.OtherIncome => "其他收入",
        _ => source.ToString(),
    };
}
