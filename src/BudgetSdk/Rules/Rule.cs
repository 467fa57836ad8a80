namespace BudgetSdk.Rules;

/// <summary>A rule of a correct disclosure: a stable id, its severity, and what it requires.</summary>
/// <param name="Id">The stable id, e.g. <c>BDR0201</c>. Ids are never reused.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Title">What the rule requires, with the domain's terms.</param>
public sealed record Rule(string Id, Severity Severity, string Title);
