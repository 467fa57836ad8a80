namespace BudgetSdk.Cli.Tests;

/// <summary>What one run of the command gave back.</summary>
/// <param name="Exit">The exit code.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Err">Standard error.</param>
public sealed record Outcome(int Exit, string Out, string Err)
{
    /// <summary>The lines of standard error.</summary>
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs <c>budget</c> in-process, as the shell would, with its output captured.</summary>
public static class Budget
{
    public static Outcome Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return new Outcome(exit, stdout.ToString(), stderr.ToString());
    }
}
