using System.Globalization;
using System.Text.Json;
using BudgetSdk.Codes;

namespace BudgetSdk.Serialization.Reading;

/// <summary>
/// The first pass over a document: it must be JSON, an object, of a supported <c>formatVersion</c>, with an
/// <c>edition</c> the schema has. Codes are read in that edition, and the property may come anywhere in the object,
/// so it is found before the facts are read; checking the whole syntax first also means that no fact is built from
/// a document that turns out to be cut short.
/// </summary>
internal static class JsonPreamble
{
    public const string RootExpected = "a disclosure: a JSON object starting {\"formatVersion\": 1, …}";

    public static string VersionExpected { get; } = $"\"formatVersion\": {DisclosureJson.FormatVersion} (the versions this BudgetSdk reads: {DisclosureJson.FormatVersion})";

    /// <summary>The editions a document may name: those with both code lists a document's codes are read in.</summary>
    public static IReadOnlyList<int> Editions { get; } = FunctionalCode.Editions.Where(e => DepartmentEconomicCode.TryGetEdition(e, out _)).ToArray();

    public static string EditionExpected { get; } = "an edition the schema has code lists for: " + string.Join(", ", Editions);

    /// <summary>Checks the document and returns its edition.</summary>
    public static int Check(ReadOnlySpan<byte> utf8)
    {
        var cursor = new JsonCursor(utf8);
        if (utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            // The reader would say "no JSON tokens"; an empty file or stream deserves plainer words.
            throw cursor.At("$", utf8.Length, "the document is empty", RootExpected);
        }

        cursor.Read();
        cursor.StartObject(RootExpected);
        int? version = null, edition = null;
        while (cursor.Read())
        {
            if (cursor.Depth != 1 || cursor.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var name = cursor.Path.ToString();
            if (name == "$.formatVersion")
            {
                cursor.Read();
                version = Version(ref cursor);
            }
            else if (name == "$.edition")
            {
                cursor.Read();
                edition = Edition(ref cursor);
            }
        }

        // The cursor is on the root's closing brace, where missing properties are reported.
        _ = version ?? throw cursor.Missing("formatVersion", VersionExpected);
        return edition ?? throw cursor.Missing("edition", EditionExpected);
    }

    private static int Version(ref JsonCursor cursor)
    {
        var version = cursor.Int32(VersionExpected);
        return version == DisclosureJson.FormatVersion
            ? version
            : throw cursor.Error($"formatVersion {version.ToString(CultureInfo.InvariantCulture)} is not supported", VersionExpected);
    }

    private static int Edition(ref JsonCursor cursor)
    {
        var edition = cursor.Int32(EditionExpected);
        return FunctionalCode.TryGetEdition(edition, out _) && DepartmentEconomicCode.TryGetEdition(edition, out _)
            ? edition
            : throw cursor.Error($"the schema has no code lists of edition {edition.ToString(CultureInfo.InvariantCulture)}", EditionExpected);
    }
}
