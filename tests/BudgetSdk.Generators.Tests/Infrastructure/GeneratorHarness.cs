using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BudgetSdk.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="BudgetSchemaGenerator"/> over in-memory schema files and a small compilation.</summary>
internal sealed class GeneratorHarness
{
    public const string Namespace = "Sample.Codes";

    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    /// <param name="files">The schema files.</param>
    /// <param name="extendShipped">True to run as in a project that references the package (<c>BudgetSdkExtendShippedSchema</c>).</param>
    public GeneratorHarness(IEnumerable<(string Path, string Text)> files, bool extendShipped = false)
    {
        Files = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        Compilation = CSharpCompilation.Create(
            "SchemaConsumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { } }", path: "Program.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Driver = CSharpGeneratorDriver.Create(
            [new BudgetSchemaGenerator().AsSourceGenerator()],
            Files,
            optionsProvider: new TestOptionsProvider(new Dictionary<string, string>
            {
                ["build_property.BudgetSdkNamespace"] = Namespace,
                ["build_property.BudgetSdkExtendShippedSchema"] = extendShipped ? "true" : string.Empty,
            }),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public List<AdditionalText> Files { get; }

    public CSharpCompilation Compilation { get; private set; }

    public GeneratorDriver Driver { get; private set; }

    /// <summary>The schema files of a folder under Schemas/, by name.</summary>
    public static IEnumerable<(string Path, string Text)> LoadSchemas(string folder)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Schemas", folder);
        return Directory.EnumerateFiles(directory, "*.budget.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => ("/schema/" + Path.GetRelativePath(directory, path).Replace('\\', '/'), File.ReadAllText(path)));
    }

    public GeneratorDriverRunResult Run()
    {
        Driver = Driver.RunGenerators(Compilation);
        return Driver.GetRunResult();
    }

    /// <summary>Runs the generator and compiles its output; returns the compiler's errors and warnings.</summary>
    public ImmutableArray<Diagnostic> RunAndCompile()
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        return output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    /// <summary>What one run over the sample schema produced: sources by hint name and diagnostics.</summary>
    public sealed record RunOutput(
        IReadOnlyDictionary<string, string> Sources,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        ImmutableArray<Diagnostic> CompilerDiagnostics);

    /// <summary>Runs over Schemas/Sample and compiles the result.</summary>
    public static RunOutput RunSample()
    {
        var harness = new GeneratorHarness(LoadSchemas("Sample"));
        var compilerDiagnostics = harness.RunAndCompile();
        var result = harness.Driver.GetRunResult();
        return new RunOutput(
            result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()),
            result.Diagnostics,
            compilerDiagnostics);
    }

    /// <summary>Runs the generator, compiles its output and loads the assembly, or fails with the compiler's errors.</summary>
    public System.Reflection.Assembly RunCompileAndLoad()
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join(Environment.NewLine, emitted.Diagnostics));
        return System.Reflection.Assembly.Load(image.ToArray());
    }

    public void ReplaceFile(string path, string text)
    {
        var old = Files.Single(f => f.Path == path);
        var replacement = new InMemoryAdditionalText(path, text);
        Files[Files.IndexOf(old)] = replacement;
        Driver = Driver.ReplaceAdditionalText(old, replacement);
    }

    public void AddSyntaxTree(string code)
        => Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, path: $"Extra{Compilation.SyntaxTrees.Count()}.cs"));

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The framework the tests run on, plus the runtime library whose base types generated code derives from.
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(BudgetSdk.Codes.CodeCatalog<>).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
