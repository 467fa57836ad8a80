// This file is compiled into both the runtime library and the generator (linked), so that a name is matched
// the same way at build time (schema checks) and at run time (lookup by name).
using System.Text;

namespace BudgetSdk.Text;

/// <summary>
/// Normalises official Chinese names for matching: full-width and ASCII brackets are the same
/// (维修（护）费 = 维修(护)费), and white space inserted by line wrapping or typesetting is ignored.
/// </summary>
internal static class OfficialNames
{
    /// <summary>The form in which two printed names are compared.</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var mapped = Map(c);
            if (mapped != '\0')
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether two names are the same after normalisation.</summary>
    public static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>The character a name character is compared as, or '\0' for one that is ignored.</summary>
    public static char Map(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '［' or '【' => '[',
        '］' or '】' => ']',
        '　' or ' ' or '\t' or '\r' or '\n' or '\u00A0' => '\0',
        _ => c,
    };
}
