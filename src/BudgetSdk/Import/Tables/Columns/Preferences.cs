using BudgetSdk.Import.Tables;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;

namespace BudgetSdk.Import.Tables.Columns;

/// <summary>
/// How plausible one placement of a space-separated row's numbers is, before the sums are looked at. Two kinds of
/// knowledge: what budgets usually are (a department is funded by 财政拨款, spends on 基本/项目 rather than 经营 or
/// 上解上级, and 301/303 are 人员经费 while 302 is 公用经费: domain.md, Identities 5), a small weight that only breaks
/// ties; and what other tables of the same document already say, a larger weight (T3's 基本/项目 per code against
/// T5+T7+T8 and back, T4's fund columns against the 类 rows of T5/T7/T8, T2's 合计 row against T1's income lines).
/// </summary>
internal static class Preferences
{
    private const double Agrees = 5;
    /// <summary>What a placement that another table rules out costs.</summary>
    public const double Disagrees = -20;

    public static double Of(TableId table, RawRow row, Option option, ImportContext context) => table switch
    {
        TableId.T2 => Weights(option, [0, 0, 2, 0.5, 0.5, 0, 0, 0, 0, 0.2, 0.5]) + CrossTable.T2Totals(row, option, context) + CrossTable.T2AgainstFunds(row, option, context),
        TableId.T3 => Weights(option, [0, 1, 1, -1, -2, -2]) + CrossTable.T3AgainstFunds(row, option, context) + CrossTable.T3AgainstStatements(row, option, context),
        TableId.T4 => Weights(option, [0, 0, 1, 0, -0.5]) + CrossTable.T4AgainstFunds(row, option, context),
        TableId.T5 => CrossTable.FundAgainstT3(row, option, context) + CrossTable.T5AgainstT6(row, option, context),
        TableId.T7 or TableId.T8 => CrossTable.FundAgainstT3(row, option, context),
        TableId.T6 => EconomicClass(row, option),
        TableId.T9 => Weights(option, [0, 1, 0, 0]) + CrossTable.T9AgainstT4(option, context),
        TableId.Procurement => ProcurementWeights(option),
        _ => 0,
    };

    /// <summary>The score of a comparison with what another table says: agreement earns, disagreement costs more.</summary>
    public static double Compare(decimal expected, decimal actual) => expected == actual ? Agrees : Disagrees;

    private static double Weights(Option option, double[] weights)
    {
        var score = 0.0;
        for (var c = 0; c < option.Cells.Length && c < weights.Length; c++)
        {
            score += option.Cells[c] is not null ? weights[c] : 0;
        }

        return score;
    }

    // 人员经费 = 301 + 303 and 公用经费 = 302 (+ others by template), so the 类 a row sits under says its column.
    private static double EconomicClass(RawRow row, Option option)
    {
        var code = row.Code ?? string.Empty;
        var column = code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal) ? 1
            : code.StartsWith("302", StringComparison.Ordinal) ? 2
            : 0;
        return column > 0 && option.Cells[column] is not null ? 3 : 0;
    }

    /// <summary>
    /// 政府采购 is buying with 财政性资金 (政府采购法 Article 2), so a procurement amount is placed in a column of the unit's
    /// own money (单位资金: 事业收入, 经营收入 …) only when nothing else fits: 上年结转结余 of a fiscal fund is the likelier
    /// reading of an amount that could be either.
    /// </summary>
    public static double ProcurementColumns(Option option, IReadOnlyList<string> columns, ImportContext context)
    {
        if (context.Template is not { } template)
        {
            return 0;
        }

        var score = 0.0;
        for (var c = 0; c < columns.Count; c++)
        {
            var fund = template.ProcurementFunds.Lines.FirstOrDefault(l => Names.Same(l.Label, columns[c]));
            score += option.Cells[c] is not null && fund is not null && fund.Keys.All(k => UnitFunds.Contains(k)) ? -0.5 : 0;
        }

        return score;
    }

    private static readonly string[] UnitFunds = ["BusinessIncome", "OperatingIncome", "SuperiorSubsidy", "AffiliatedRemittance", "OtherIncome", "NonFiscalCarryOver"];

    // Money is mostly 一般公共预算; the last number of an item row is most often the 中小微企业 share.
    private static double ProcurementWeights(Option option)
    {
        var n = option.Cells.Length;
        return (option.Cells[4] is not null ? 1 : 0) + (option.Cells[n - 1] is not null ? 0.5 : 0);
    }
}
