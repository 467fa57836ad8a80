using BudgetSdk.Generators.Model;

namespace BudgetSdk.Generators.Resolving;

/// <summary>What the whole schema resolves to: the files to emit, and the problems found across files.</summary>
internal sealed record ResolvedSchema(EquatableArray<EmitUnit> Units, EquatableArray<DiagnosticInfo> Diagnostics);
