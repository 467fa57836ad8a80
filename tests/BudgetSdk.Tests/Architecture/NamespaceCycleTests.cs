namespace BudgetSdk.Tests.Architecture;

/// <summary>
/// The namespaces of BudgetSdk form layers: no two of them use each other, directly or round a longer cycle, and of
/// the rest only the builder uses <c>BudgetSdk.Forms</c>: it derives Hebei's nine tables through Hebei's form, while
/// the forms read, check and derive with the lower layers only (amounts, codes, facts, rules, regions, the JSON
/// vocabulary, the importer's text cleaning), never the audit, the builder or the JSON reader. Read from the compiled assembly's metadata and IL
/// (<see cref="NamespaceGraph"/>), cut at two levels.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const string Forms = "BudgetSdk.Forms";

    // The root namespace holds Disclosure, the package's entry point: it names the builder's settings and the
    // builder makes it, so it is outside the layers and left out of the cycle check (it is not left out of the Forms check).
    private const string Root = "BudgetSdk";

    // Known uses that close a cycle, each to be removed, never added to: Templates ⇄ Codes through the generated
    // Codes.LineSets (the schema's template line sets), which DisclosureTemplate.TrySelect(year, region, …) selects from
    // by default. Breaking it moves a public generated type (LineSets into BudgetSdk.Templates) or that overload.
    private static readonly (string From, string To)[] KnownCycleUses = [("BudgetSdk.Templates", "BudgetSdk.Codes")];

    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(Disclosure).Assembly, Root);

    [Fact]
    public void The_graph_is_read_from_the_assembly()
    {
        // Uses that the library's data flow has and must keep, so an empty or broken reading cannot pass the checks below.
        Graph.Edges.ShouldContain(("BudgetSdk.Import", "BudgetSdk.Facts"));
        Graph.Edges.ShouldContain(("BudgetSdk.Facts", "BudgetSdk.Performance"));
        Graph.Edges.ShouldContain(("BudgetSdk.Building", "BudgetSdk.Forms"));
        Graph.Why("BudgetSdk.Import", "BudgetSdk.Text").ShouldContain(w => w.Contains("DisplayWidth", StringComparison.Ordinal));
    }

    [Fact]
    public void No_namespace_cycle()
    {
        var layered = Graph.Edges.Where(e => e.From != Root && e.To != Root).Except(KnownCycleUses).ToArray();

        var cycle = NamespaceGraph.FindCycle(layered);

        cycle.ShouldBeNull(cycle is null ? null : Describe(cycle));
    }

    [Fact]
    public void Every_known_cycle_use_is_still_there()
    {
        // When one is gone, delete it from the list, so that it cannot come back unseen.
        KnownCycleUses.ShouldBeSubsetOf(Graph.Edges);
    }

    [Fact]
    public void Nothing_outside_Forms_but_the_builder_uses_Forms()
    {
        var users = Graph.Edges.Where(e => e.To == Forms && e.From != Forms && e.From != "BudgetSdk.Building")
            .SelectMany(e => Graph.Why(e.From, e.To))
            .ToArray();

        users.ShouldBeEmpty();
    }

    [Fact]
    public void A_cycle_is_found_and_spelled_out()
    {
        (string, string)[] edges = [("A", "B"), ("B", "C"), ("C", "D"), ("D", "B"), ("A", "E")];

        NamespaceGraph.FindCycle(edges).ShouldBe(["B", "C", "D", "B"]);
        NamespaceGraph.FindCycle(edges.Where(e => e != ("D", "B"))).ShouldBeNull();
    }

    private static string Describe(IReadOnlyList<string> cycle)
        => "namespace cycle " + string.Join(" → ", cycle) + ":\n" + string.Join(
            "\n",
            cycle.Zip(cycle.Skip(1)).Select(step => $"  {step.First} → {step.Second}: {string.Join("; ", Graph.Why(step.First, step.Second).Take(5))}"));
}
