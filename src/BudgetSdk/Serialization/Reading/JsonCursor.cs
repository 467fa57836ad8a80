using System.Text.Json;

namespace BudgetSdk.Serialization.Reading;

/// <summary>
/// A <see cref="Utf8JsonReader"/> that knows its <see cref="JsonPath"/> and turns every failure — a syntax error,
/// a wrong token, a missing or unknown property — into a <see cref="DisclosureJsonException"/> that says where it is
/// and what was expected. The per-type readers walk a document with it by hand, without reflection.
/// </summary>
internal ref partial struct JsonCursor
{
    private const string ValidJson = "a complete JSON document (RFC 8259: no comments, no trailing commas)";

    private readonly ReadOnlySpan<byte> _utf8;
    private Utf8JsonReader _reader;
    private long _propertyStart;

    public JsonCursor(ReadOnlySpan<byte> utf8)
    {
        _utf8 = utf8;
        _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        Path = new JsonPath();
    }

    public JsonPath Path { get; }

    public readonly JsonTokenType TokenType => _reader.TokenType;

    public readonly int Depth => _reader.CurrentDepth;

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public bool Read()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }

            var refusal = Path.Track(ref _reader);
            return refusal is null ? true : throw Error(refusal, "each property once");
        }
        catch (JsonException e)
        {
            // The reader knows the line; its message repeats it in 0-based form, which would contradict ours.
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd().TrimEnd('.');
            throw new DisclosureJsonException(Path.ToString(), (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "the document is not valid JSON: " + reason, ValidJson, e);
        }
        catch (InvalidOperationException e)
        {
            throw Error("a property name is not valid UTF-8", "UTF-8 text", e);
        }
    }

    /// <summary>Checks that the current token starts an object.</summary>
    public readonly void StartObject(string expected)
    {
        if (TokenType != JsonTokenType.StartObject)
        {
            throw Mismatch(expected);
        }
    }

    /// <summary>Moves to the next property's value; false at the end of the object.</summary>
    public bool NextProperty(out string name)
    {
        Advance();
        if (TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        _propertyStart = _reader.TokenStartIndex;
        name = _reader.GetString()!;
        Advance();
        return true;
    }

    /// <summary>Checks that the current token starts an array.</summary>
    public readonly void StartArray(string expected)
    {
        if (TokenType != JsonTokenType.StartArray)
        {
            throw Mismatch(expected);
        }
    }

    /// <summary>Moves to the next item of an array; false at its end.</summary>
    public bool NextItem()
    {
        Advance();
        return TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Where the current token starts, for errors reported after reading on.</summary>
    public readonly long Offset => _reader.TokenStartIndex;

    /// <summary>An error at the current token.</summary>
    public readonly DisclosureJsonException Error(string reason, string expected, Exception? inner = null)
        => At(Path.ToString(), _reader.TokenStartIndex, reason, expected, inner);

    /// <summary>An error for a token of the wrong kind.</summary>
    public readonly DisclosureJsonException Mismatch(string expected) => Error("found " + Found(), expected);

    /// <summary>An error for a property the object does not have; reported at its name.</summary>
    public readonly DisclosureJsonException Unknown(string name, string known)
        => At(Path.ToString(), _propertyStart, $"unknown property \"{name}\"", $"one of {known} (nothing is dropped silently: remove or rename it)");

    /// <summary>An error for a required property the object lacks; reported at the object's closing brace.</summary>
    public readonly DisclosureJsonException Missing(string name, string expected)
        => At(Path.Child(name), _reader.TokenStartIndex, $"the required property \"{name}\" is missing", expected);

    /// <summary>An error at any offset of the document.</summary>
    public readonly DisclosureJsonException At(string path, long offset, string reason, string expected, Exception? inner = null)
    {
        var before = _utf8[..(int)Math.Min(offset, _utf8.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new DisclosureJsonException(path, before.Count((byte)'\n') + 1, before.Length - lineStart + 1, reason, expected, inner);
    }

    // Inside a value the document cannot end: the reader throws for a truncated one. Guarded all the same so
    // that a bug here surfaces as a located error rather than as a half-read object.
    private void Advance()
    {
        if (!Read())
        {
            throw Error("the document ends inside a value", ValidJson);
        }
    }
}
