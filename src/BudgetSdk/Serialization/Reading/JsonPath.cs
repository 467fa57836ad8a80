using System.Text;
using System.Text.Json;

namespace BudgetSdk.Serialization.Reading;

/// <summary>
/// The JSON path (<c>$.spending[3].amount</c>) of the token a reader is on, kept up to date token by token so that
/// every error — including a syntax error deep inside a value — can say where it is.
/// </summary>
internal sealed class JsonPath
{
    private readonly List<Frame> _frames = new();

    // An end token still belongs to its container (a missing property is reported at the closing brace, with
    // the container's path), so the frame is dropped only when the next token is read.
    private bool _popPending;

    /// <summary>Moves the path to the token the reader is on; returns a reason when the token is not allowed there.</summary>
    public string? Track(ref Utf8JsonReader reader)
    {
        if (_popPending)
        {
            _frames.RemoveAt(_frames.Count - 1);
            _popPending = false;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                var top = _frames[^1];
                top.Name = reader.GetString();
                return top.FirstTime(top.Name!) ? null : $"the property \"{top.Name}\" appears twice in the same object";
            case JsonTokenType.EndObject:
                _frames[^1].Name = null;
                _popPending = true;
                return null;
            case JsonTokenType.EndArray:
                _frames[^1].Index = -1;
                _popPending = true;
                return null;
            default:
                if (_frames.Count > 0 && _frames[^1].IsArray)
                {
                    _frames[^1].Index++;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                }

                return null;
        }
    }

    /// <summary>The path of the current token, e.g. <c>$.spending[3].amount</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("$");
        foreach (var frame in _frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                text.Append('[').Append(frame.Index).Append(']');
            }
            else if (!frame.IsArray && frame.Name is { } name)
            {
                AppendProperty(text, name);
            }
        }

        return text.ToString();
    }

    /// <summary>The path of a property of the current object, e.g. for one that is missing.</summary>
    public string Child(string name) => AppendProperty(new StringBuilder(ToString()), name).ToString();

    private static StringBuilder AppendProperty(StringBuilder text, string name)
        => name.Length > 0 && name.All(char.IsAsciiLetterOrDigit)
            ? text.Append('.').Append(name)
            : text.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        // A duplicate property would otherwise silently replace the first, so each object remembers its names.
        private HashSet<string>? Seen { get; set; }

        public bool FirstTime(string name) => (Seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }
}
