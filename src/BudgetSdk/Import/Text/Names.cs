using BudgetSdk.Text;

namespace BudgetSdk.Import.Text;

/// <summary>
/// Compares printed labels as a reader would: brackets of either width alike, white space (inserted by wrapping and
/// typesetting) and quote marks (converters turn “” into "" or drop them) ignored.
/// </summary>
internal static class Names
{
    // Quote marks of every width, and the asterisks of markdown bold that survived cleaning.
    private static readonly char[] Quotes = ['"', '“', '”', '\'', '‘', '’', '「', '」', '*'];

    /// <summary>The comparison form of a label.</summary>
    public static string Key(string text)
    {
        var normalized = OfficialNames.Normalize(text);
        return normalized.IndexOfAny(Quotes) < 0 ? normalized : string.Concat(normalized.Where(c => Array.IndexOf(Quotes, c) < 0));
    }

    public static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>Text with all white space removed: how a label wrapped over lines or spaced out by a PDF reads.</summary>
    public static string Compact(string text)
    {
        var hasSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                hasSpace = true;
                break;
            }
        }

        return hasSpace ? string.Concat(text.Where(c => !char.IsWhiteSpace(c))) : text;
    }

    /// <summary>The label from <paramref name="known"/> the printed one stands for, else the printed label compacted.</summary>
    public static string Canonical(string printed, IEnumerable<string> known)
    {
        var key = Key(printed);
        foreach (var label in known)
        {
            if (Key(label) == key)
            {
                return label;
            }
        }

        return Compact(printed);
    }

}
