namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, no apostrophe at either end, unique
/// without regard to case. A name cut short keeps its start (T1 部门预算收支总表 stays readable) and never splits a
/// surrogate pair.
/// </summary>
internal sealed class WorksheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Take(string wanted)
    {
        var clean = Clean(wanted);
        var name = clean;
        for (var n = 2; !_taken.Add(name); n++)
        {
            var suffix = $"({n})";
            name = Cut(clean, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Clean(string wanted)
    {
        var chars = wanted.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '_' : c).ToArray();
        var name = Cut(new string(chars).Trim().Trim('\''), MaxLength).TrimEnd().TrimEnd('\'');
        return name.Length == 0 ? "Sheet" : name;
    }

    private static string Cut(string text, int length)
        => text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
