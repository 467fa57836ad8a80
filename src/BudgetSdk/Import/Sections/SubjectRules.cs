using System.Text.RegularExpressions;

namespace BudgetSdk.Import.Sections;

/// <summary>
/// The subject names each section quotes amounts for, tried in order on the end of a clause (specific names before
/// general ones: 一般公共预算收入 before 预算收入, 公务用车购置及运维费 before 公务用车购置费). Variants seen in the seeds
/// are covered: 部门预算收入总额, 其它来源收入, 因公出国（出境）, 公务用车购置经费, 公务用车运行维护费.
/// </summary>
internal static partial class SubjectRules
{
    private static readonly (Regex, string)[] Overview =
    [
        (new(@"一般公共预算(拨款)?收入$"), QuotedSubjects.GeneralPublicBudgetIncome),
        (new(@"基金预算(拨款)?收入$"), QuotedSubjects.GovernmentFundIncome),
        (new(@"国有资本经营预算(拨款)?收入$"), QuotedSubjects.StateCapitalIncome),
        (new(@"财政专户(核拨|管理资金|管理)?(资金)?收入$"), QuotedSubjects.SpecialAccountIncome),
        (new(@"(单位资金|其[他它]来源)收入$"), QuotedSubjects.UnitIncome),
        (new(@"上年结转(结余)?(收入)?$"), QuotedSubjects.CarriedOver),
        (new(@"(预算收入|年收入|收入总计|收入合计)$"), QuotedSubjects.Income),
        (new(@"基本支出$"), QuotedSubjects.Basic),
        (new(@"人员经费$"), QuotedSubjects.Personnel),
        (new(@"公用经费$"), QuotedSubjects.PublicUse),
        (new(@"项目支出$"), QuotedSubjects.Project),
        (new(@"(预算支出|年支出|支出总计|支出合计|支出预算)$"), QuotedSubjects.Expense),
    ];

    private static readonly (Regex, string)[] OperatingFunds =
    [
        (new(@"机关运行经费$"), QuotedSubjects.OperatingFunds),
    ];

    private static readonly (Regex, string)[] ThreePublic =
    [
        (new(@"因公出国\(出?境\)(费用?)?$"), QuotedSubjects.OverseasTravel),
        (new(@"公务用车购置及运(行)?(维护|维)费$"), QuotedSubjects.Vehicles),
        (new(@"公务用车购置(经)?费$"), QuotedSubjects.VehiclePurchase),
        (new(@"公务用车运(行)?(维护|维)?费$"), QuotedSubjects.VehicleOperation),
        (new(@"公务接待费$"), QuotedSubjects.Reception),
        (new(@"三公经费$"), QuotedSubjects.ThreePublic),
    ];

    private static readonly (Regex, string)[] Assets =
    [
        (new(@"年末固定资产(金额|总额|总值|原值)?$"), QuotedSubjects.Assets),
    ];

    /// <summary>The rules of a section (2, 3, 4 or 9); none for other sections.</summary>
    public static IReadOnlyList<(Regex Pattern, string Subject)> For(int section) => section switch
    {
        2 => Overview,
        3 => OperatingFunds,
        4 => ThreePublic,
        9 => Assets,
        _ => [],
    };
}
