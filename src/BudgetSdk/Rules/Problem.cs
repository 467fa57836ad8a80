using System.Globalization;
using System.Text;

namespace BudgetSdk.Rules;

/// <summary>
/// A rule a disclosure breaks: what (<see cref="RuleId"/>), how bad, where, and the expected and actual values.
/// </summary>
/// <param name="RuleId">The stable rule id, e.g. <c>BDR0201</c>; listed in docs/rules.md.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">Where: a table, row and column (<c>T6/301/人员经费</c>) or a model path (<c>projects[2].plan</c>).</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Expected">The value the rule expects, when there is one.</param>
/// <param name="Actual">The value found, when there is one.</param>
public sealed record Problem(string RuleId, Severity Severity, string Location, string Message, string? Expected = null, string? Actual = null)
{
    /// <summary>Formats an amount in 万元 as tables print it.</summary>
    internal static string Wan(decimal wan) => wan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(RuleId).Append(' ').Append(Severity == Severity.Error ? "error" : "warning")
            .Append(" at ").Append(Location).Append(": ").Append(Message);
        if (Expected is not null || Actual is not null)
        {
            text.Append(" (expected ").Append(Expected ?? "-").Append(", actual ").Append(Actual ?? "-").Append(')');
        }

        return text.ToString();
    }
}
