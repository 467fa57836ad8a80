using System.Collections;
using System.Reflection;
using BudgetSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BudgetSdk.Generators.Tests;

/// <summary>
/// The pipeline does no work it need not do: a second run or a .cs edit re-emits nothing, editing one 类
/// re-emits only that 类's files, a whitespace edit re-emits no code, and no model holds a Roslyn object.
/// </summary>
public sealed class IncrementalityTests
{
    private const string Class213Path = "/schema/2023/213.budget.json";

    [Fact]
    public void A_second_run_with_no_change_is_all_cached()
    {
        var harness = Warm();
        var result = harness.Run().Results.Single();
        Reasons(result, BudgetSchemaGenerator.Steps.Parse).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, BudgetSchemaGenerator.Steps.Units).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_a_cs_file_reruns_nothing()
    {
        var harness = Warm();
        harness.AddSyntaxTree("namespace Consumer { public sealed class Added { public int X => 1; } }");
        var result = harness.Run().Results.Single();
        Reasons(result, BudgetSchemaGenerator.Steps.Parse).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, BudgetSchemaGenerator.Steps.Resolve).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(result, BudgetSchemaGenerator.Steps.Units).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_class_regenerates_only_that_class()
    {
        var harness = Warm();
        var text = harness.Files.Single(f => f.Path == Class213Path).GetText()!.ToString();
        harness.ReplaceFile(Class213Path, text.Replace("巩固脱贫攻坚成果衔接乡村振兴", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接", StringComparison.Ordinal));
        var result = harness.Run().Results.Single();

        Reasons(result, BudgetSchemaGenerator.Steps.Parse).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        var modified = UnitOutputs(result).Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => o.HintName).Order(StringComparer.Ordinal);
        modified.ShouldBe(["FunctionalCode.Edition2023.213.g.cs", "FunctionalCode.Edition2024.213.g.cs"]);
        UnitOutputs(result).Where(o => o.Reason != IncrementalStepRunReason.Modified)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged || o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_whitespace_edit_in_a_schema_file_emits_no_code()
    {
        var harness = Warm();
        var text = harness.Files.Single(f => f.Path == Class213Path).GetText()!.ToString();
        harness.ReplaceFile(Class213Path, "\n\n  " + text);
        var result = harness.Run().Results.Single();

        Reasons(result, BudgetSchemaGenerator.Steps.Parse).ShouldContain(IncrementalStepRunReason.Modified);
        UnitOutputs(result).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged || o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void No_pipeline_model_holds_a_roslyn_object()
    {
        var harness = new GeneratorHarness(GeneratorHarness.LoadSchemas("Sample"));
        var result = harness.Run().Results.Single();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stepNames = new[] { BudgetSchemaGenerator.Steps.Parse, BudgetSchemaGenerator.Steps.Resolve, BudgetSchemaGenerator.Steps.Units, BudgetSchemaGenerator.Steps.Diagnostics };
        foreach (var name in stepNames)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObject(output.Value, name, visited);
            }
        }

        visited.Count.ShouldBeGreaterThan(50); // the walk did reach into the models
    }

    private static GeneratorHarness Warm()
    {
        var harness = new GeneratorHarness(GeneratorHarness.LoadSchemas("Sample"));
        harness.Run();
        return harness;
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static List<(string HintName, IncrementalStepRunReason Reason)> UnitOutputs(GeneratorRunResult result)
        => result.TrackedSteps[BudgetSchemaGenerator.Steps.Units]
            .SelectMany(s => s.Outputs)
            .Select(o => (((Model.EmitUnit)o.Value).HintName, o.Reason))
            .ToList();

    private static void AssertNoRoslynObject(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        type.Assembly.GetName().Name!.ShouldNotStartWith("Microsoft.CodeAnalysis", customMessage: $"{path} holds a {type.FullName}");
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertNoRoslynObject(item, $"{path}[{index++}]", visited);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObject(field.GetValue(value), $"{path}.{field.Name}", visited);
        }
    }
}
