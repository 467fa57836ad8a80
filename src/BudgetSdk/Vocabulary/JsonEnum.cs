namespace BudgetSdk.Vocabulary;

/// <summary>
/// The camelCase JSON names of an enum's members, listed by hand: the names are part of the file format, so renaming
/// a C# member must not change a document, and no reflection is needed to find them.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class JsonEnum<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] _names;

    public JsonEnum(string what, params (T Value, string Name)[] names)
    {
        _names = names;
        Expected = $"{what}: one of {string.Join(", ", names.Select(n => n.Name))}";
    }

    /// <summary>The JSON names, in the order listed (the JSON Schema's <c>enum</c>).</summary>
    public IEnumerable<string> Names => _names.Select(n => n.Name);

    /// <summary>What a reader accepts, for messages.</summary>
    public string Expected { get; }

    public string NameOf(T value)
    {
        foreach (var (member, name) in _names)
        {
            if (EqualityComparer<T>.Default.Equals(member, value))
            {
                return name;
            }
        }

        // An undefined value (a cast integer) has no name in the format; writing a number would not read back.
        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} {value} has no name in the JSON format; expected {Expected}");
    }

    public bool TryParse(string text, out T value)
    {
        foreach (var (member, name) in _names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = member;
                return true;
            }
        }

        value = default;
        return false;
    }
}
