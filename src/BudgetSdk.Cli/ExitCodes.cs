namespace BudgetSdk.Cli;

/// <summary>What <c>budget</c> returns to the shell.</summary>
public static class ExitCodes
{
    /// <summary>The document has no error-severity finding (audit), or its JSON was written (import).</summary>
    public const int Ok = 0;

    /// <summary>The document breaks a rule of error severity: the audit found one, or its facts cannot build a disclosure.</summary>
    public const int RuleBroken = 1;

    /// <summary>The command could not run: bad usage, or an input that is not a readable disclosure.</summary>
    public const int Unreadable = 2;
}
