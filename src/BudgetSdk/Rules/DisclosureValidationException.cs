namespace BudgetSdk.Rules;

/// <summary>Thrown when facts cannot make a correct disclosure; carries every problem found, not just the first.</summary>
public sealed class DisclosureValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public DisclosureValidationException(IReadOnlyList<Problem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem, errors and warnings, in the order the rules found them.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    private static string Describe(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems.Count(p => p.Severity == Severity.Error);
        return $"the disclosure cannot be built: {errors} error(s), {problems.Count - errors} warning(s)"
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
    }
}
