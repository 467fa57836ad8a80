using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// The rules a printed <see cref="Printed.FormDocument"/> is audited by (<see cref="FormAuditor"/>). Each is driven by what the
/// region's form says (what a column or line sums, the identities, the empty-table note, the narrative's patterns), so one
/// set serves every form. Ids are stable, follow <see cref="Audit.AuditRules"/> and are documented in docs/rules.md.
/// </summary>
public static class FormRules
{
    /// <summary>A column with <c>Sums</c> equals the sum of its part columns in every row (合计 = 基本支出 + 项目支出).</summary>
    public static Rule ColumnSum { get; } = new("BDR0920", Severity.Error, "a column the form says sums others (合计 = 基本支出 + 项目支出) equals their sum in every row");

    /// <summary>A line with <c>Sums</c>, and the total row, equal the sum of their lines (收入总计 = Σ 一、二、三 …).</summary>
    public static Rule LineSum { get; } = new("BDR0921", Severity.Error, "a line the form says sums others, and the total row, equal the sum of their lines");

    /// <summary>Each 类 = Σ its 款, each 款 = Σ its 项, the total = Σ 类, for the levels the side lists.</summary>
    public static Rule CodeSum { get; } = new("BDR0922", Severity.Error, "each 类 = Σ its 款, each 款 = Σ its 项, and 合计 = Σ 类 (the levels the table lists)");

    /// <summary>A relation across tables the form states holds (compared in the coarser unit, rounded to its decimals).</summary>
    public static Rule Identity { get; } = new("BDR0923", Severity.Error, "a relation the form states between tables holds (compared in the coarser unit at its printed decimals)");

    /// <summary>A plausibility relation the form marks <c>soft</c> holds; a difference is a warning.</summary>
    public static Rule SoftIdentity { get; } = new("BDR0924", Severity.Warning, "a plausibility relation the form marks soft holds (“三公” vs 基本支出 …)");

    /// <summary>An empty table's note names the table's own fund; a table with amounts has no empty-table note.</summary>
    public static Rule EmptyNote { get; } = new("BDR0925", Severity.Error, "an empty table's note is the form's note for that table (its own fund), and a table with amounts prints no empty-table note");

    /// <summary>An amount the narrative quotes equals its cell, converted to the narrative's unit and rounded.</summary>
    public static Rule QuoteAmount { get; } = new("BDR0926", Severity.Error, "an amount the narrative quotes equals its table cell in the narrative's unit, rounded to the decimals printed");

    /// <summary>A quoted amount is its cell rounded the wrong way (87.70 for 87.708).</summary>
    public static Rule QuoteRounding { get; } = new("BDR0927", Severity.Error, "an amount the narrative quotes is its cell rounded half away from zero, not cut off (87.708 → 87.71)");

    /// <summary>A quoted amount is its cell in the wrong unit (元 printed as 万元, or ×/÷ 10,000).</summary>
    public static Rule QuoteUnit { get; } = new("BDR0928", Severity.Error, "an amount the narrative quotes is not its cell in another unit (元 printed as 万元)");

    /// <summary>Numbered sentences printed twice (a page break repeating items).</summary>
    public static Rule RepeatedQuote { get; } = new("BDR0929", Severity.Warning, "a numbered sentence of the narrative is printed once (no page-break repeat of items)");

    /// <summary>The names a quote prints resolve to a code the table prints.</summary>
    public static Rule QuoteCode { get; } = new("BDR0930", Severity.Warning, "the 类/款/项 names a quote prints resolve to a code row of its table");

    /// <summary>An amount of 0 has not increased on last year (last year's budget cannot have been negative).</summary>
    public static Rule ZeroIncreased { get; } = new("BDR0931", Severity.Error, "an amount of 0 has not increased on last year (last year's budget would be negative)");

    /// <summary>The amount a 比上年 statement states equals its cell.</summary>
    public static Rule ChangeAmount { get; } = new("BDR0932", Severity.Error, "the amount a 比上年 statement states equals its table cell in the narrative's unit");

    /// <summary>One code prints under one name in a document.</summary>
    public static Rule CodeName { get; } = new("BDR0933", Severity.Warning, "a code prints under one name throughout the document (tables and narrative)");

    /// <summary>A code a table prints is a code of the list in force.</summary>
    public static Rule UnknownCode { get; } = new("BDR0934", Severity.Error, "a code a table prints is in the code list in force for the year: an error when its label names the code meant (a misprinted 类 cell, 7 11 02 for 210 11 02), else a warning (the shipped lists are not complete)");

    /// <summary>Every form rule, by id.</summary>
    public static IReadOnlyList<Rule> All { get; } = new[]
    {
        ColumnSum, LineSum, CodeSum, Identity, SoftIdentity, EmptyNote, QuoteAmount, QuoteRounding, QuoteUnit, RepeatedQuote, QuoteCode,
        ZeroIncreased, ChangeAmount, CodeName, UnknownCode,
    };
}
