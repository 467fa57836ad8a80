using System.Diagnostics.CodeAnalysis;
using BudgetSdk.Rules;

namespace BudgetSdk.Building;

/// <summary>The outcome of <see cref="DisclosureBuilder.Build()"/>: a disclosure, or every problem that prevents one.</summary>
public sealed class BuildResult
{
    internal BuildResult(Disclosure? disclosure, IReadOnlyList<Problem> problems)
    {
        Disclosure = disclosure;
        Problems = problems;
    }

    /// <summary>The disclosure; null when <see cref="Succeeded"/> is false.</summary>
    public Disclosure? Disclosure { get; }

    /// <summary>Every problem found, errors and warnings, in rule order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The problems of error severity.</summary>
    public IEnumerable<Problem> Errors => Problems.Where(p => p.Severity == Severity.Error);

    /// <summary>True when a disclosure was built.</summary>
    [MemberNotNullWhen(true, nameof(Disclosure))]
    public bool Succeeded => Disclosure is not null;

    /// <summary>The disclosure, or a <see cref="DisclosureValidationException"/> listing every problem.</summary>
    public Disclosure GetOrThrow() => Disclosure ?? throw new DisclosureValidationException(Problems);
}
