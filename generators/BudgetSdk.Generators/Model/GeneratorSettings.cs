namespace BudgetSdk.Generators.Model;

/// <summary>
/// What the generator reads of the build (MSBuild properties), reduced to a value so that an unrelated option change
/// compares equal and re-runs nothing.
/// </summary>
/// <param name="Namespace">The namespace of generated code.</param>
/// <param name="ExtendsShipped">True in a project that references BudgetSdk: its files extend the shipped schema.</param>
internal sealed record GeneratorSettings(string Namespace, bool ExtendsShipped);
