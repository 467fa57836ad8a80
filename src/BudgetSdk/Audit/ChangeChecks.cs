using System.Globalization;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Templates;

namespace BudgetSdk.Audit;

/// <summary>
/// BDR0910–BDR0913 on the 比上年 statements of sections 二–四: a total's change is the sum of its parts' changes
/// (identity 7, 支出 change = Δ基本 + Δ项目; 6 for “三公”); the direction agrees with the amounts; a zero did not
/// increase; a change of 10 % or more says why. This year's amount is the one the sentence quotes, else the table
/// figure <see cref="NarrativeCheck"/> compares quotes with.
/// </summary>
internal static class ChangeChecks
{
    private const decimal ReasonThreshold = 10m;

    // A total and the parts it adds up to, alternatives in order (“三公” by its three parts, or with 用车 split).
    private static readonly (string Total, string[] Parts)[] Sums =
    [
        (QuotedSubjects.Expense, [QuotedSubjects.Basic, QuotedSubjects.Project]),
        (QuotedSubjects.Income, [QuotedSubjects.Basic, QuotedSubjects.Project]),
        (QuotedSubjects.Basic, [QuotedSubjects.Personnel, QuotedSubjects.PublicUse]),
        (QuotedSubjects.ThreePublic, [QuotedSubjects.OverseasTravel, QuotedSubjects.Vehicles, QuotedSubjects.Reception]),
        (QuotedSubjects.ThreePublic, [QuotedSubjects.OverseasTravel, QuotedSubjects.VehiclePurchase, QuotedSubjects.VehicleOperation, QuotedSubjects.Reception]),
        (QuotedSubjects.Vehicles, [QuotedSubjects.VehiclePurchase, QuotedSubjects.VehicleOperation]),

        // 机关运行经费 is 公用经费 (identity 5): section 三 and section 二 state one change.
        (QuotedSubjects.OperatingFunds, [QuotedSubjects.PublicUse]),
    ];

    public static IEnumerable<Finding> Check(PublishedDisclosure document, DisclosureTemplate template)
    {
        var statements = document.ChangeStatements;
        var first = new Dictionary<string, ChangeStatement>();
        foreach (var statement in statements)
        {
            first.TryAdd(statement.Subject, statement);
        }

        decimal? Current(ChangeStatement s) => s.Current ?? NarrativeCheck.FigureOf(s.Subject, document, template)?.Amount;
        Finding At(Rules.Rule rule, ChangeStatement s, string? printed, string? expected, string message)
            => new(rule.Id, rule.Severity, $"{NarrativeCheck.Section(template, s.Section)}/{s.Sentence}", printed, expected, message) { Line = s.Line };

        foreach (var statement in statements)
        {
            var current = Current(statement);
            if (current == 0m && statement is { Direction: ChangeDirection.Increase } && (statement.Amount > 0m || statement.Percent > 0m))
            {
                var rule = AuditRules.ZeroIncreased;
                yield return At(rule, statement, $"0.00万元 {statement.Printed}", "减少 or 持平",
                    $"{ChangeArithmetic.Name(statement.Subject)} is 0.00万元 this year, so it cannot have increased on last year ({statement.Printed} makes last year's amount negative)");
            }
            else if (current is { } now && ChangeContradiction.Of(statement, now) is { } contradiction)
            {
                yield return At(AuditRules.ChangeDirection, statement, contradiction.Printed, contradiction.Expected, contradiction.Message);
            }
        }

        foreach (var (total, parts) in Sums.Where(s => first.ContainsKey(s.Total)).GroupBy(s => s.Total).Select(g => g.FirstOrDefault(s => s.Parts.All(first.ContainsKey))).Where(s => s.Total is not null))
        {
            var stated = first[total];
            var changes = parts.Select(p => (Part: p, Change: ChangeArithmetic.Signed(first[p], Current(first[p])))).ToArray();
            if (ChangeArithmetic.Signed(stated, Current(stated)) is not { } change || changes.Any(c => c.Change is null))
            {
                continue;
            }

            var sum = changes.Sum(c => c.Change!.Value);
            if (sum == change)
            {
                continue;
            }

            var terms = string.Join(" + ", changes.Select(c => $"{ChangeArithmetic.Name(c.Part)}{ChangeArithmetic.Words(c.Change!.Value)}"));
            var rule = sum == -change ? AuditRules.ChangeDirection : AuditRules.ChangeSum;
            yield return At(rule, stated, stated.Printed, ChangeArithmetic.Words(sum), sum == -change
                ? $"{ChangeArithmetic.Name(total)} is said to {(change > 0 ? "increase" : "decrease")}, but its parts change by {terms} = {ChangeArithmetic.Words(sum)}"
                : $"{ChangeArithmetic.Name(total)}'s change {ChangeArithmetic.Words(change)} is not the sum of its parts' changes: {terms} = {ChangeArithmetic.Words(sum)}");
        }

        var explained = statements.Where(s => s.Reason is not null).Select(s => (s.Section, s.Subject)).ToHashSet();
        foreach (var statement in statements)
        {
            if (statement.Reason is null && Current(statement) is { } now && Share(statement, now) is >= ReasonThreshold and var share && !PartsExplain(statement, explained))
            {
                var rule = AuditRules.ChangeReason;
                var printed = statement.Percent is null ? $"{statement.Printed} ({(share == decimal.MaxValue ? "from 0.00万元" : PrintedText.Percent(Math.Round(share, 2)))})" : statement.Printed;
                yield return At(rule, statement, printed, "a reason (原因、主要为 …)",
                    $"{ChangeArithmetic.Name(statement.Subject)} changes by {ReasonThreshold.ToString(CultureInfo.InvariantCulture)}% or more on last year, but the section gives no reason");
            }
        }
    }

    // The change as a share of last year's amount, in percent; decimal.MaxValue for a rise from zero.
    private static decimal? Share(ChangeStatement s, decimal current)
    {
        if (s.Direction is ChangeDirection.Unchanged)
        {
            return null;
        }

        if (s.Percent is { } percent)
        {
            return percent;
        }

        var change = s.Direction == ChangeDirection.Unstated ? s.Amount : ChangeArithmetic.Signed(s, current);
        if (change is not { } c || c == 0m)
        {
            return null;
        }

        var last = s.Direction == ChangeDirection.Unstated ? current : current - c;
        return last > 0m ? Math.Abs(c) / last * 100m : decimal.MaxValue;
    }

    // A total whose parts' statements give their reasons (基本支出增加…，主要为…) has been explained.
    private static bool PartsExplain(ChangeStatement total, HashSet<(int Section, string Subject)> explained)
        => Sums.Any(s => s.Total == total.Subject && s.Parts.Any(p => explained.Contains((total.Section, p))));
}
