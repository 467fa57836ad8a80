// This file is compiled into both the runtime library and the generator (linked), so that a name is matched
// the same way at build time (schema checks) and at run time (lookup by name).
using System.Text;

namespace BudgetSdk.Text;

/// <summary>
/// Normalises official Chinese names for matching: full-width and ASCII brackets are the same
/// (维修（护）费 = 维修(护)费), and white space inserted by line wrapping or typesetting is ignored.
/// </summary>
internal static partial class OfficialNames
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

    /// <summary>Whether two names are the same after normalisation; compares as it goes, allocating nothing.</summary>
    public static bool Same(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            var x = Next(a, ref i);
            var y = Next(b, ref j);
            if (x != y)
            {
                return false;
            }

            if (x == '\0')
            {
                return true;
            }
        }
    }

    /// <summary>The next character of <paramref name="name"/> from <paramref name="index"/> as compared, or '\0' at its end.</summary>
    private static char Next(string name, ref int index)
    {
        while (index < name.Length)
        {
            var mapped = Map(name[index++]);
            if (mapped != '\0')
            {
                return mapped;
            }
        }

        return '\0';
    }

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
