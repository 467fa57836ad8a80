namespace BudgetSdk.Rules;

/// <summary>How bad a problem is.</summary>
public enum Severity
{
    /// <summary>A soft cross-check failed (domain identities that usually, not always, hold). Build still succeeds unless warnings are errors.</summary>
    Warning,

    /// <summary>The facts cannot make a correct disclosure. Build fails.</summary>
    Error,
}
