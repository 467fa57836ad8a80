using System.Globalization;
using System.Text;
using System.Text.Json;
using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Reading;

/// <summary>Typed values: each checks the token and its content, and says what it expected when they are wrong.</summary>
internal ref partial struct JsonCursor
{
    public readonly string String(string expected)
    {
        if (TokenType != JsonTokenType.String)
        {
            throw Mismatch(expected);
        }

        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Error("a string that is not valid UTF-8", expected, e);
        }
    }

    public readonly string? NullableString(string expected) => TokenType == JsonTokenType.Null ? null : String(expected);

    public readonly bool Boolean(string expected) => TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Mismatch(expected),
    };

    public readonly int Int32(string expected)
        => TokenType == JsonTokenType.Number && _reader.TryGetInt32(out var value) ? value : throw Mismatch(expected);

    public readonly decimal Decimal(string expected)
        => TokenType == JsonTokenType.Number && _reader.TryGetDecimal(out var value) ? value : throw Mismatch(expected);

    /// <summary>An amount in 万元 written as a string, e.g. <c>"267.58"</c>.</summary>
    public readonly Money Money()
    {
        var wan = DecimalString(JsonAmounts.AmountExpected, negativeAllowed: false);
        try
        {
            return Amounts.Money.FromWan(wan);
        }
        catch (OverflowException e)
        {
            throw Error($"{wan.ToString(CultureInfo.InvariantCulture)} 万元 is too large to hold in 元", JsonAmounts.AmountExpected, e);
        }
    }

    /// <summary>A decimal written as a string, e.g. a table cell <c>"267.58"</c>.</summary>
    public readonly decimal DecimalString(string expected, bool negativeAllowed)
    {
        var text = String(expected);
        return JsonAmounts.TryParse(text, negativeAllowed, out var value, out var reason)
            ? value
            : throw Error($"found \"{Shorten(text)}\": {reason}", expected);
    }

    public readonly T Enum<T>(JsonEnum<T> names)
        where T : struct, Enum
    {
        var text = String(names.Expected);
        return names.TryParse(text, out var value) ? value : throw Error($"unknown name \"{Shorten(text)}\"", names.Expected);
    }

    /// <summary>A code of the document's edition, written as its code string.</summary>
    public readonly TCode Code<TCode>(CodeCatalog<TCode> catalog, string expected)
        where TCode : ClassificationCode<TCode>
    {
        var text = String(expected);
        return catalog.TryParse(text, out var code)
            ? code
            : throw Error($"\"{Shorten(text)}\" is not a code of {catalog.CodeSystem.Title} edition {catalog.Edition} (the document's \"edition\")", expected);
    }

    /// <summary>An optional object: <c>null</c>, or what <paramref name="read"/> makes of it.</summary>
    public T? OrNull<T>(ItemReader<T> read)
        where T : class
        => TokenType == JsonTokenType.Null ? null : read(ref this);

    public IReadOnlyList<string> Strings() => Array("an array of strings", static (ref JsonCursor c) => c.String(Expect.Text));

    public IReadOnlyList<T> Array<T>(string expected, ItemReader<T> read)
    {
        StartArray(expected);
        var items = new List<T>();
        while (NextItem())
        {
            items.Add(read(ref this));
        }

        return items.ToArray();
    }

    /// <summary>A property the object must have: reported at its closing brace when it is missing.</summary>
    public readonly T Required<T>(T? value, string name, string expected)
        where T : class
        => value ?? throw Missing(name, expected);

    /// <inheritdoc cref="Required{T}(T, string, string)"/>
    public readonly T Required<T>(T? value, string name, string expected)
        where T : struct
        => value ?? throw Missing(name, expected);

    /// <summary>What the current token is, for messages: <c>the number 267.58</c>, <c>an object</c>.</summary>
    public readonly string Found() => TokenType switch
    {
        // As written, escapes and all: the raw text is what the author has to find.
        JsonTokenType.String => $"the string \"{Shorten(Encoding.UTF8.GetString(_reader.ValueSpan))}\"",
        JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(_reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => TokenType.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
