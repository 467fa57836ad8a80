namespace BudgetSdk.Cli;

/// <summary>An input the command cannot read, or an output it cannot write, with the one-line reason it tells the user.</summary>
internal sealed class InputException : Exception
{
    public InputException(string reason)
        : base(reason)
    {
    }
}
