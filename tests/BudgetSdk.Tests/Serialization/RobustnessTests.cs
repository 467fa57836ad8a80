using System.Text;
using System.Text.Json.Nodes;
using BudgetSdk.Rules;
using BudgetSdk.Serialization;

namespace BudgetSdk.Tests.Serialization;

/// <summary>
/// Systematic damage to a valid document: whatever is cut, retyped or removed, reading fails with a located
/// <see cref="DisclosureJsonException"/> at the damaged place (or refuses the facts by rule) — never with
/// another exception, which would mean an unchecked path through the reader.
/// </summary>
public class RobustnessTests
{
    private static readonly Lazy<string> Full = new(() => DisclosureJson.Serialize(SampleDisclosure.Build()));

    private static readonly Lazy<string> FactsOnly = new(() => JsonEdit.Edit(Full.Value, root =>
    {
        root.Remove("tables");
        root.Remove("warnings");
    }));

    [Fact]
    public void Every_truncation_is_a_located_error()
    {
        // Every byte of the facts (cutting through multi-byte characters too), and a sample through the tables.
        var facts = Encoding.UTF8.GetBytes(FactsOnly.Value);
        var full = Encoding.UTF8.GetBytes(Full.Value);
        var cuts = Enumerable.Range(0, facts.Length).Select(n => facts[..n])
            .Concat(Enumerable.Range(0, full.Length / 61).Select(i => full[..(i * 61)]));

        var failures = new List<string>();
        foreach (var cut in cuts)
        {
            try
            {
                DisclosureJson.Deserialize(cut);
                failures.Add($"{cut.Length}: read without error");
            }
            catch (DisclosureJsonException)
            {
            }
            catch (Exception e)
            {
                failures.Add($"{cut.Length}: {e.GetType().Name} {e.Message}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Every_value_of_the_wrong_type_is_reported_at_its_path()
    {
        var failures = new List<string>();
        var paths = Paths(JsonNode.Parse(Full.Value)!).ToArray();
        paths.Length.ShouldBeGreaterThan(1000);
        paths.ShouldContain("$.narrative.specialFunds");
        foreach (var path in paths)
        {
            // An object where a primitive belongs, true where an object, an array or null stands: wrong everywhere.
            var json = Replace(Full.Value, path, node => node is JsonValue ? new JsonObject() : JsonValue.Create(true));
            Expect(failures, path, json, removal: false);
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Every_removed_property_is_optional_or_reported_at_its_path()
    {
        var failures = new List<string>();
        foreach (var path in Paths(JsonNode.Parse(Full.Value)!).Where(p => p.EndsWith(']') is false))
        {
            // Removing a fact changes the tables, so facts are removed from a document without derived data.
            var source = path.StartsWith("$.tables", StringComparison.Ordinal) || path.StartsWith("$.warnings", StringComparison.Ordinal) ? Full.Value : FactsOnly.Value;
            if (source == FactsOnly.Value && path is "$.tables" or "$.warnings")
            {
                continue;
            }

            Expect(failures, path, Replace(source, path, _ => null), removal: true);
        }

        failures.ShouldBeEmpty();
    }

    private static void Expect(List<string> failures, string path, string json, bool removal)
    {
        try
        {
            DisclosureJson.Deserialize(json);
            if (!removal)
            {
                failures.Add($"{path}: read without error");
            }
        }
        catch (DisclosureJsonException e) when (e.Path == path)
        {
        }
        catch (DisclosureValidationException) when (removal)
        {
        }
        catch (Exception e)
        {
            failures.Add($"{path}: {e.GetType().Name} {e.Message}");
        }
    }

    /// <summary>The path of every value below the root (nulls too), as <see cref="DisclosureJsonException.Path"/> writes it.</summary>
    private static IEnumerable<string> Paths(JsonNode root) => Slots(root).Select(s => s.Path);

    /// <summary>Every place a value stands: its container, its name or index, and its path.</summary>
    private static IEnumerable<(JsonNode Parent, string? Name, int Index, string Path)> Slots(JsonNode node)
    {
        var children = node switch
        {
            JsonObject o => o.Select((p, i) => (Name: (string?)p.Key, Index: i, Value: p.Value)).ToArray(),
            JsonArray a => a.Select((v, i) => (Name: (string?)null, Index: i, Value: v)).ToArray(),
            _ => [],
        };
        foreach (var (name, index, value) in children)
        {
            yield return (node, name, index, name is null ? $"{node.GetPath()}[{index}]" : $"{node.GetPath()}.{name}");
            if (value is not null)
            {
                foreach (var slot in Slots(value))
                {
                    yield return slot;
                }
            }
        }
    }

    /// <summary>The document with the value at <paramref name="path"/> replaced, or removed when the replacement is null.</summary>
    private static string Replace(string json, string path, Func<JsonNode?, JsonNode?> replacement) => JsonEdit.Edit(json, root =>
    {
        var (parent, name, index, _) = Slots(root).First(s => s.Path == path);
        var value = replacement(name is null ? parent[index] : parent[name]);
        if (name is null)
        {
            parent[index] = value;
        }
        else if (value is null)
        {
            parent.AsObject().Remove(name);
        }
        else
        {
            parent[name] = value;
        }
    });
}
