using System.Globalization;
using System.Text;
using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Json;

/// <summary>
/// A strict RFC 8259 reader that builds <see cref="JsonValue"/> trees with positions.
/// Throws <see cref="JsonSyntaxException"/> at the first error, naming what it expected.
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private readonly string _path;
    private readonly int[] _lineStarts;
    private int _pos;

    private JsonReader(string path, string text)
    {
        _path = path;
        _text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public static JsonValue Parse(string path, string text)
    {
        var reader = new JsonReader(path, text);
        // A UTF-8 BOM decoded into the text is not an error worth reporting.
        if (reader._text.Length > 0 && reader._text[0] == '\uFEFF')
        {
            reader._pos = 1;
        }

        reader.SkipWhitespace();
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._pos < reader._text.Length)
        {
            throw reader.Error("end of file after the top-level value", reader._pos, 1);
        }

        return value;
    }

    /// <summary>The span of characters [start, start+length) with line and column resolved.</summary>
    public SourceSpan SpanOf(int start, int length)
    {
        var end = Math.Min(start + length, _text.Length);
        var (startLine, startColumn) = LineColumn(start);
        var (endLine, endColumn) = LineColumn(end);
        return new SourceSpan(_path, start, end - start, startLine, startColumn, endLine, endColumn);
    }

    private JsonValue ReadValue()
    {
        if (_pos >= _text.Length)
        {
            throw Error("a value", _pos, 0);
        }

        var c = _text[_pos];
        return c switch
        {
            '{' => ReadObject(),
            '[' => ReadArray(),
            '"' => ReadStringValue(),
            't' => ReadLiteral("true", JsonKind.True),
            'f' => ReadLiteral("false", JsonKind.False),
            'n' => ReadLiteral("null", JsonKind.Null),
            _ when c == '-' || (c >= '0' && c <= '9') => ReadNumber(),
            _ => throw Error("a value (object, array, string, number, true, false or null)", _pos, 1),
        };
    }

    private JsonObject ReadObject()
    {
        var start = _pos++;
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return new JsonObject(SpanOf(start, _pos - start), properties);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("a property name in double quotes", _pos, 1);
            }

            var nameStart = _pos;
            var name = ReadString();
            var nameSpan = SpanOf(nameStart, _pos - nameStart);
            SkipWhitespace();
            Expect(':', "':' after the property name");
            SkipWhitespace();
            properties.Add(new JsonProperty(name, nameSpan, ReadValue()));
            SkipWhitespace();
            var next = Peek();
            _pos++;
            if (next == '}')
            {
                return new JsonObject(SpanOf(start, _pos - start), properties);
            }

            if (next != ',')
            {
                throw Error("',' or '}' in the object", _pos - 1, 1);
            }
        }
    }

    private JsonArray ReadArray()
    {
        var start = _pos++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return new JsonArray(SpanOf(start, _pos - start), items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue());
            SkipWhitespace();
            var next = Peek();
            _pos++;
            if (next == ']')
            {
                return new JsonArray(SpanOf(start, _pos - start), items);
            }

            if (next != ',')
            {
                throw Error("',' or ']' in the array", _pos - 1, 1);
            }
        }
    }

    private JsonString ReadStringValue()
    {
        var start = _pos;
        var value = ReadString();
        return new JsonString(SpanOf(start, _pos - start), value);
    }

    private string ReadString()
    {
        var start = _pos;
        _pos++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("a closing '\"' for the string", start, 1);
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                builder.Append(ReadEscape());
            }
            else if (c < ' ')
            {
                throw Error("no control character inside a string (write \\n or \\t)", _pos - 1, 1);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private char ReadEscape()
    {
        if (_pos >= _text.Length)
        {
            throw Error("an escape character after '\\'", _pos - 1, 1);
        }

        var c = _text[_pos++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_pos + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _pos += 4;
                    return (char)code;
                }

                throw Error("four hex digits after '\\u'", _pos - 2, 2);
            default:
                throw Error("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", _pos - 2, 2);
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        if (!ReadDigits())
        {
            throw Error("a digit in the number", _pos, 1);
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!ReadDigits())
            {
                throw Error("a digit after the decimal point", _pos, 1);
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (!ReadDigits())
            {
                throw Error("a digit in the exponent", _pos, 1);
            }
        }

        return new JsonNumber(SpanOf(start, _pos - start), _text.Substring(start, _pos - start));
    }

    private bool ReadDigits()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
        {
            _pos++;
        }

        return _pos > start;
    }

    private JsonLiteral ReadLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw Error($"'{literal}'", _pos, 1);
        }

        var start = _pos;
        _pos += literal.Length;
        return new JsonLiteral(kind, SpanOf(start, literal.Length));
    }

    private void Expect(char c, string expected)
    {
        if (Peek() != c)
        {
            throw Error(expected, _pos, 1);
        }

        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n')
        {
            _pos++;
        }
    }

    private JsonSyntaxException Error(string expected, int at, int length)
    {
        var found = at >= _text.Length ? "end of file" : Quote(_text[at]);
        return new JsonSyntaxException($"expected {expected}, found {found}", SpanOf(at, length));
    }

    private static string Quote(char c) => c switch
    {
        '\n' => "a line break",
        '\r' => "a line break",
        '\t' => "a tab",
        _ => $"'{c}'",
    };

    private (int Line, int Column) LineColumn(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
