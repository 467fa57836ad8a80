using Spectre.Console;

namespace BudgetSdk.Cli.Batch;

/// <summary>Where a run is shown: terminals get a progress bar and tables; a pipe, a file or a test gets plain lines.</summary>
/// <param name="ErrorIsTerminal">Standard error is a terminal: the progress bar goes there.</param>
/// <param name="OutputIsTerminal">Standard output is a terminal: the summary is a table.</param>
internal sealed record Terminal(bool ErrorIsTerminal, bool OutputIsTerminal)
{
    /// <summary>Neither is a terminal, as in tests and pipes.</summary>
    public static Terminal None { get; } = new(false, false);

    /// <summary>The process's own console.</summary>
    public static Terminal OfConsole() => new(!Console.IsErrorRedirected, !Console.IsOutputRedirected);

    /// <summary>
    /// Runs <paramref name="run"/> with a step to call per finished document: a Spectre progress bar on standard error
    /// when it is a terminal, else nothing (the results themselves are the plain lines).
    /// </summary>
    public async Task ShowProgressAsync(string what, int count, Func<Action, Task> run)
    {
        if (!ErrorIsTerminal || count == 0)
        {
            await run(() => { });
            return;
        }

        // Standard error is known to be a terminal here, so the bar is drawn rather than Spectre's line-per-update fallback.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
        });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(what, maxValue: count);
                await run(() => task.Increment(1));
            });
    }
}
