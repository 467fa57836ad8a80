using System.Collections.Immutable;
using BudgetSdk.Generators.Diagnostics;
using BudgetSdk.Generators.Emitting;
using BudgetSdk.Generators.Model;
using BudgetSdk.Generators.Parsing;
using BudgetSdk.Generators.Resolving;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BudgetSdk.Generators;

/// <summary>
/// Turns <c>*.budget.json</c> AdditionalFiles into code types, edition catalogs, indicator frameworks and
/// line sets. The pipeline reads no compilation, so editing a .cs file re-runs nothing; each 类 is its own
/// output, so editing one 类 re-emits one file. Diagnostics are a separate output so that a whitespace edit
/// in a schema file re-reports positions without re-emitting code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BudgetSchemaGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        public const string Parse = nameof(Parse);
        public const string Namespace = nameof(Namespace);
        public const string Resolve = nameof(Resolve);
        public const string Units = nameof(Units);
        public const string Diagnostics = nameof(Diagnostics);
    }

    /// <summary>The namespace of generated code when the project sets none.</summary>
    public const string DefaultNamespace = "BudgetSdk.Codes";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".budget.json", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => ParseSafely(text, cancellationToken))
            .WithTrackingName(Steps.Parse);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new GeneratorSettings(ReadNamespace(options.GlobalOptions), ReadExtendsShipped(options.GlobalOptions)))
            .WithTrackingName(Steps.Namespace);

        var resolved = files.Collect()
            .Combine(settings)
            .Select(static (input, _) => ResolveSafely(input.Left, input.Right))
            .WithTrackingName(Steps.Resolve);

        var diagnostics = resolved.Select(static (schema, _) => schema.Diagnostics).WithTrackingName(Steps.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var info in list)
            {
                spc.ReportDiagnostic(ToDiagnostic(info));
            }
        });

        var units = resolved.SelectMany(static (schema, _) => schema.Units).WithTrackingName(Steps.Units);
        context.RegisterSourceOutput(units, static (spc, unit) => spc.AddSource(unit.HintName, SourceText.From(Emit(unit), System.Text.Encoding.UTF8)));
    }

    private static string ReadNamespace(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
    {
        if (options.TryGetValue("build_property.BudgetSdkNamespace", out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return configured.Trim();
        }

        return options.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root)
            ? root.Trim() + ".Codes"
            : DefaultNamespace;
    }

    /// <summary>
    /// True in a project that references the BudgetSdk package (its props set <c>BudgetSdkExtendShippedSchema</c>): the
    /// project's files then extend the schema embedded in this assembly instead of being a schema of their own.
    /// </summary>
    private static bool ReadExtendsShipped(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        => options.TryGetValue("build_property.BudgetSdkExtendShippedSchema", out var value)
            && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    internal static string Emit(EmitUnit unit) => unit switch
    {
        ProjectEditionUnit u => ProjectEmitter.EmitEdition(u),
        ProjectSchemaUnit u => ProjectEmitter.EmitRegistration(u),
        CodeTypeUnit u => CodeSystemEmitter.EmitType(u),
        EditionUnit u => CodeSystemEmitter.EmitEdition(u),
        ClassUnit u => CodeSystemEmitter.EmitClass(u),
        FrameworkUnit u => TemplateEmitter.EmitFramework(u),
        TierTreeUnit u => TierTreeEmitter.Emit(u.Framework),
        LineSetUnit u => TemplateEmitter.EmitLineSet(u),
        DirectoryUnit u => TemplateEmitter.EmitDirectory(u),
        FormSourcesUnit u => TemplateEmitter.EmitForms(u),
        _ => throw new InvalidOperationException("unknown emit unit " + unit.GetType().Name),
    };

    // The generator never throws into the compiler (that would be CS8785 with no place to look):
    // an unexpected exception becomes BDG0099 on the file being read.
    private static SchemaFile ParseSafely(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return SchemaFileParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var info = DiagnosticInfo.Create(SchemaDiagnostics.InternalError.Id, new SourceSpan(text.Path, 0, 0, 0, 0, 0, 0), text.Path, e.Message);
            return new SchemaFile(text.Path, null, null, null, null, new[] { info }.ToEquatableArray());
        }
    }

    private static ResolvedSchema ResolveSafely(ImmutableArray<SchemaFile> files, GeneratorSettings settings)
    {
        try
        {
            return settings.ExtendsShipped
                ? ProjectSchemaResolver.Resolve(files, settings.Namespace)
                : SchemaResolver.Resolve(files, settings.Namespace);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var path = files.IsDefaultOrEmpty ? "schema" : files[0].Path;
            var info = DiagnosticInfo.Create(SchemaDiagnostics.InternalError.Id, new SourceSpan(path, 0, 0, 0, 0, 0, 0), path, e.Message);
            return new ResolvedSchema(EquatableArray<EmitUnit>.Empty, new[] { info }.ToEquatableArray());
        }
    }

    private static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var span = info.Span;
        var location = Location.Create(
            span.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        return Diagnostic.Create(SchemaDiagnostics.Get(info.Id), location, info.Arguments.Cast<object>().ToArray());
    }
}
