namespace BudgetSdk.Import;

/// <summary>Which way a 比上年 statement says a figure moved.</summary>
public enum ChangeDirection
{
    /// <summary>增加, 增长, 上升 ….</summary>
    Increase,

    /// <summary>减少, 下降, 降低, 压减 ….</summary>
    Decrease,

    /// <summary>持平, 无增减变化 ….</summary>
    Unchanged,

    /// <summary>The template's 增加（减少）, left as printed: no direction is stated.</summary>
    Unstated,
}

/// <summary>
/// A 比上年增减 statement of sections 二、三、四 as printed (<c>较2023年预算减少14.85万元</c>, <c>比 2023年下降 55.71%</c>,
/// <c>与上年持平</c>): what it is about, which way, by how much, the amounts it quotes and whether a reason follows.
/// </summary>
/// <param name="Section">The section number (2, 3 or 4).</param>
/// <param name="Subject">What changed: one of <see cref="QuotedSubjects"/> (收支 totals are <see cref="QuotedSubjects.Expense"/>).</param>
/// <param name="Direction">Which way.</param>
/// <param name="Amount">The change in 万元, when printed.</param>
/// <param name="Percent">The change in percent, when printed (its printed decimals kept).</param>
/// <param name="Printed">The words of the change as printed, e.g. <c>减少14.85万元</c> or <c>持平</c>.</param>
/// <param name="Sentence">The sentence it was read from.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record ChangeStatement(int Section, string Subject, ChangeDirection Direction, decimal? Amount, decimal? Percent, string Printed, string Sentence, int Line)
{
    /// <summary>This year's amount the sentence quotes for the subject (<c>2024年预算收支安排777.63万元，较…</c>), when it does.</summary>
    public decimal? Current { get; init; }

    /// <summary>Last year's amount, when the sentence states it (<c>上年预算21.50万元</c>).</summary>
    public decimal? LastYear { get; init; }

    /// <summary>The reason that follows (主要为…, 原因…), as printed; null when none is given.</summary>
    public string? Reason { get; init; }
}

/// <summary>A year sections 二–四 name (<c>2023年</c>), with its sentence.</summary>
/// <param name="Section">The section number.</param>
/// <param name="Year">The year.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record NamedYear(int Section, int Year, string Sentence, int Line);
