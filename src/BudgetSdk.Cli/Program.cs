using System.CommandLine;
using System.Text;

namespace BudgetSdk.Cli;

/// <summary>
/// The <c>budget</c> command. <see cref="Run(string[], TextWriter, TextWriter)"/> takes the arguments and the two writers, so tests run the command
/// in-process exactly as the shell does. Exit codes: <see cref="ExitCodes"/>.
/// </summary>
public static class Program
{
    /// <summary>The process entry point: the console's writers, in UTF-8 so Chinese survives a pipe.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error, Batch.Terminal.OfConsole());
    }

    /// <summary>
    /// Runs the command with the given writers. Never throws: a failure is a line on <paramref name="stderr"/> and exit
    /// code 2, also when <paramref name="stdout"/> cannot be written (the result was not delivered); a line that
    /// <paramref name="stderr"/> cannot take is lost and the exit code alone tells the outcome.
    /// </summary>
    /// <param name="args">The command line, e.g. <c>audit seed.txt --format json</c>.</param>
    /// <param name="stdout">Where reports and JSON go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Batch.Terminal.None);

    /// <summary>Runs the command, with a progress bar and tables where <paramref name="terminal"/> says a terminal shows them.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Batch.Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        stdout = GuardedWriter.ForResults(stdout);
        stderr = GuardedWriter.ForErrors(stderr);
        var command = new BudgetCommand(stdout, stderr, terminal);
        var parsed = command.Root.Parse(args, BudgetCommand.Parsing);
        var verbose = parsed.GetValue(command.Verbose);
        try
        {
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine("budget: " + OneLine(error.Message));
                }

                stderr.WriteLine("Run 'budget --help' for usage.");
                return ExitCodes.Unreadable;
            }

            var exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });

            // A report that did not reach standard output in full is a failure, whatever the document says.
            stdout.Flush();
            return exit;
        }
        catch (InputException e)
        {
            stderr.WriteLine(command.Prefix(parsed) + e.Message);
            return ExitCodes.Unreadable;
        }
        catch (Exception e)
        {
            // A bug or an environment failure: one line unless asked for the trace.
            stderr.WriteLine($"{command.Prefix(parsed)}unexpected {e.GetType().Name}: {OneLine(e.Message)}");
            if (verbose)
            {
                stderr.WriteLine(e);
            }

            return ExitCodes.Unreadable;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\r', '\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
