using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace BudgetSdk.Generators;

/// <summary>Makes C# identifiers out of official names, keeping the Chinese so IntelliSense finds them by name.</summary>
internal static class Identifiers
{
    private static readonly HashSet<string> ObjectMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// The member for a code: its name stripped to identifier characters, then the code, e.g.
    /// <c>行政运行_2010301</c>. The code makes names unique (行政运行 is both 2010101 and 2010301)
    /// and lets completion find the member by typing the code.
    /// </summary>
    public static string ForCode(string name, string code)
    {
        var cleaned = Clean(name);
        return cleaned.Length == 0 ? "_" + code : cleaned + "_" + code;
    }

    /// <summary>A name stripped to identifier characters (brackets, quotes and punctuation dropped).</summary>
    public static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (IsPart(c))
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 0 && !IsStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>Pascal case from an id such as <c>t1-expense</c> → <c>T1Expense</c>.</summary>
    public static string Pascal(string id)
    {
        var builder = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (!IsPart(c) || c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.Length > 0 && IsStart(builder[0]) ? builder.ToString() : "_" + builder;
    }

    /// <summary>
    /// The member for a tier: its name as an identifier (e.g. <c>数量指标</c>), suffixed with '_' until it is not a
    /// keyword, not a member every class inherits from object (hiding one is warning CS0108) and not in
    /// <paramref name="taken"/>, to which it is then added. Names that clean to the same identifier thus stay apart.
    /// </summary>
    public static string ForTier(string name, ISet<string> taken)
    {
        var identifier = Clean(name);
        if (identifier.Length == 0 || IsKeyword(identifier))
        {
            identifier += "_";
        }

        while (taken.Contains(identifier) || ObjectMembers.Contains(identifier))
        {
            identifier += "_";
        }

        taken.Add(identifier);
        return identifier;
    }

    /// <summary>Whether the name is a reserved C# keyword, which generated code could only use escaped with '@'.</summary>
    public static bool IsKeyword(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None;

    /// <summary>Whether every class inherits a member of this name from object, so that declaring one hides it (CS0108).</summary>
    public static bool IsObjectMember(string name) => ObjectMembers.Contains(name);

    public static bool IsValidTypeName(string name)
        => name.Length > 0 && IsStart(name[0]) && name.All(IsPart);

    private static bool IsStart(char c) => c == '_' || char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    private static bool IsPart(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
