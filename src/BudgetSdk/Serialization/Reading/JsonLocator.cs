using System.Text.Json;

namespace BudgetSdk.Serialization.Reading;

/// <summary>Finds where a path is in a document, for errors found after reading (such as an edited table cell).</summary>
internal static class JsonLocator
{
    /// <summary>An error at the value of <paramref name="path"/>, or at the start of the document if it has none.</summary>
    public static DisclosureJsonException Error(ReadOnlySpan<byte> utf8, string path, string reason, string expected)
    {
        var cursor = new JsonCursor(utf8);
        while (cursor.Read())
        {
            if (cursor.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray)
                && cursor.Path.ToString() == path)
            {
                return cursor.Error(reason, expected);
            }
        }

        return cursor.At(path, 0, reason, expected);
    }
}
