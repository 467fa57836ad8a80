using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetSdk.Serialization;

namespace BudgetSdk.Tests.Serialization;

/// <summary>Edits a serialized document the way a person would, to test what reading makes of it.</summary>
internal static class JsonEdit
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The sample disclosure's document after <paramref name="edit"/>.</summary>
    public static string Sample(Action<JsonObject> edit) => Edit(DisclosureJson.Serialize(SampleDisclosure.Build()), edit);

    public static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString(Indented);
    }

    /// <summary>Reading <paramref name="json"/> fails with a located error.</summary>
    public static DisclosureJsonException Rejects(string json, BudgetSdk.Building.BuildSettings? settings = null)
        => Should.Throw<DisclosureJsonException>(() => DisclosureJson.Deserialize(json, settings));
}
