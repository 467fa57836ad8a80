using System.Text;
using BudgetSdk.Building;
using BudgetSdk.Rules;
using BudgetSdk.Serialization.Reading;
using BudgetSdk.Serialization.Writing;

namespace BudgetSdk.Serialization;

/// <summary>
/// Writes a disclosure as JSON and reads it back (docs/json-format.md). Written by hand with
/// <see cref="System.Text.Json.Utf8JsonWriter"/> and <see cref="System.Text.Json.Utf8JsonReader"/>: no reflection,
/// safe under AOT and trimming.
/// </summary>
/// <remarks>
/// <para>Writing is deterministic: one disclosure always gives the same bytes (UTF-8, indented, <c>\n</c> line ends,
/// Chinese unescaped, every property in a fixed order, amounts in one normal form).</para>
/// <para>Reading is lossless and as strict as building: the facts are read in the document's <c>edition</c>, built
/// again with every rule, and the document's tables and warnings — derived data written for consumers — must equal
/// the ones the facts give. A document that cannot be read raises <see cref="DisclosureJsonException"/> naming the
/// JSON path, line and byte; facts that break a rule raise <see cref="DisclosureValidationException"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var json = DisclosureJson.Serialize(disclosure);
/// var back = DisclosureJson.Deserialize(json);   // back.Equals(disclosure)
/// </code>
/// </example>
public static class DisclosureJson
{
    /// <summary>The version of the format this BudgetSdk writes, and the only one it reads.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The disclosure as a JSON document.</summary>
    public static string Serialize(Disclosure disclosure) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(disclosure));

    /// <summary>Writes the disclosure to a stream as UTF-8 JSON (without a byte order mark); the stream stays open.</summary>
    public static void Serialize(Stream utf8, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        utf8.Write(SerializeToUtf8Bytes(disclosure));
    }

    /// <summary>The disclosure as UTF-8 JSON bytes (without a byte order mark).</summary>
    public static byte[] SerializeToUtf8Bytes(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return DocumentWriter.ToUtf8Bytes(disclosure);
    }

    /// <summary>Reads a disclosure from a JSON document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="settings">
    /// The settings to build with, in place of the document's; null uses the document's. Needed for a document built
    /// with <see cref="BuildSettings.TemplateSets"/> of your own, which it cannot carry. Tables derived with other
    /// settings (another rounding) differ from the document's, which is then rejected unless it leaves <c>tables</c> out.
    /// </param>
    /// <exception cref="DisclosureJsonException">The document is not a disclosure document, or its derived data was edited.</exception>
    /// <exception cref="DisclosureValidationException">The facts break a rule, so no disclosure can be built.</exception>
    public static Disclosure Deserialize(string json, BuildSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), settings);
    }

    /// <summary>Reads a disclosure from a stream of UTF-8 JSON, to its end.</summary>
    /// <inheritdoc cref="Deserialize(string, BuildSettings?)"/>
    public static Disclosure Deserialize(Stream utf8, BuildSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var copy = new MemoryStream();
        utf8.CopyTo(copy);
        return Deserialize(copy.GetBuffer().AsSpan(0, (int)copy.Length), settings);
    }

    /// <summary>Reads a disclosure from UTF-8 JSON bytes; a leading byte order mark is allowed.</summary>
    /// <inheritdoc cref="Deserialize(string, BuildSettings?)"/>
    public static Disclosure Deserialize(ReadOnlySpan<byte> utf8, BuildSettings? settings = null)
    {
        var text = utf8.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;
        var document = DocumentReader.Read(text);
        var effective = settings ?? document.Settings;
        if (effective.Edition is { } edition && edition != document.Facts.Edition)
        {
            throw JsonLocator.Error(text, "$.edition", $"the settings passed to Deserialize ask for edition {edition}", $"the document's edition {document.Facts.Edition}, or settings without an edition");
        }

        if (document.CustomTemplateSets && effective.TemplateSets is null)
        {
            throw JsonLocator.Error(text, "$.settings.customTemplateSets", "the disclosure was built with template line sets of its own, which a document does not carry", "settings passed to Deserialize with those TemplateSets");
        }

        var result = DisclosureAssembler.Build(document.Facts, effective);
        var disclosure = result.Disclosure ?? throw new DisclosureValidationException(result.Problems);
        DerivedCheck.Verify(text, document, disclosure, settingsReplaced: effective != document.Settings);
        return disclosure;
    }
}
