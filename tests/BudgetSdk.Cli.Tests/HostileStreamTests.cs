using BudgetSdk.Tests;
using BudgetSdk.Tests.Audit;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// The shapes of the mutation campaign that only a real process shows (Linux, through bash): a closed or full
/// standard stream, a FIFO, a device, standard input, a file named like a response file. Each finishes with the exit
/// code that tells the outcome and, where standard error still works, one line.
/// </summary>
public class HostileStreamTests
{
    private static readonly string Seed000 = Seeds.PathOf("000");

    [LinuxTheory]
    [InlineData("2>&-")]
    [InlineData("2>/dev/full")]
    public void A_closed_or_full_standard_error_still_gives_the_exit_code(string redirection)
    {
        using var file = new TempFile(File.ReadAllBytes(Seeds.PathOf("002")));

        // Before, the line about the missing file aborted the process (exit 134).
        BudgetProcess.Run($"\"$BUDGET\" audit /nonexistent/budget.txt {redirection}", Dir(file)).Exit.ShouldBe(2);
        var audit = BudgetProcess.Run($"\"$BUDGET\" audit '{Seed000}' {redirection}", Dir(file));
        audit.Exit.ShouldBe(1);
        audit.Out.TrimEnd().Split('\n')[^1].ShouldBe(SeedFindings.Summary["000"]);
        BudgetProcess.Run($"\"$BUDGET\" import '{file.Path}' {redirection}", Dir(file)).Exit.ShouldBe(1);
    }

    [LinuxFact]
    public void Warnings_lost_on_a_full_standard_error_do_not_undo_an_import()
    {
        using var file = new TempFile(File.ReadAllBytes(Seed000));

        var run = BudgetProcess.Run($"\"$BUDGET\" import '{file.Path}' -o out.json 2>/dev/full", Dir(file));

        run.Exit.ShouldBe(0);
        run.Out.ShouldStartWith("wrote out.json: ");
        File.ReadAllText(file.Beside("out.json")).ShouldContain("卢龙县人民政府办公室");
    }

    [LinuxFact]
    public void An_import_that_cannot_say_it_wrote_its_output_fails_and_leaves_none()
    {
        using var file = new TempFile(File.ReadAllBytes(Seed000));

        var run = BudgetProcess.Run($"\"$BUDGET\" import '{file.Path}' -o out.json >/dev/full", Dir(file));

        // Exit code 0 always means the file is there, so a run that ends in 2 leaves none.
        run.Exit.ShouldBe(2);
        run.ErrLines.ShouldHaveSingleItem().ShouldBe($"budget: {file.Path}: cannot write standard output: No space left on device");
        Directory.GetFiles(Dir(file)).ShouldBe(new[] { file.Path });
    }

    [LinuxTheory]
    [InlineData(">/dev/full", "No space left on device")]
    [InlineData(">&-", "Bad file descriptor")]
    public void A_report_that_cannot_reach_standard_output_is_exit_code_2(string redirection, string reason)
    {
        foreach (var command in new[] { "audit", "audit --format sarif", "import --printed" })
        {
            var run = BudgetProcess.Run($"\"$BUDGET\" {command} '{Seed000}' {redirection}", Path.GetTempPath());

            run.Exit.ShouldBe(2, command);
            run.ErrLines.ShouldHaveSingleItem().ShouldBe($"budget: {Seed000}: cannot write standard output: {reason}");
        }
    }

    [LinuxFact]
    public void A_fifo_is_refused_without_waiting_for_a_writer()
    {
        using var file = new TempFile("x");

        // Opening a FIFO with no writer blocks forever; a link to it must not get round the check.
        var run = BudgetProcess.Run("mkfifo fifo && ln -s fifo link && \"$BUDGET\" audit fifo; echo \"exit $?\"; \"$BUDGET\" import link; echo \"exit $?\"", Dir(file));

        run.Out.ShouldBe("exit 2\nexit 2\n");
        run.ErrLines.ShouldBe(new[]
        {
            "budget: fifo: is empty, or is no regular file (a device, FIFO or socket); save the disclosure's text to a file",
            "budget: link: is empty, or is no regular file (a device, FIFO or socket); save the disclosure's text to a file",
        });
    }

    [LinuxTheory]
    [InlineData("\"$BUDGET\" audit /dev/zero", "budget: /dev/zero: is empty, or is no regular file (a device, FIFO or socket); save the disclosure's text to a file")]
    [InlineData("\"$BUDGET\" import /dev/stdin < /dev/zero", "budget: /dev/stdin: is empty, or is no regular file (a device, FIFO or socket); save the disclosure's text to a file")]
    [InlineData("\"$BUDGET\" audit /dev/stdin < /dev/null", "budget: /dev/stdin: is empty, or is no regular file (a device, FIFO or socket); save the disclosure's text to a file")]
    [InlineData("cat document.txt | \"$BUDGET\" audit /dev/stdin", "budget: /dev/stdin: is a link to no regular file (to a missing file, a pipe or a socket); save the disclosure's text to a file")]
    public void A_device_or_a_pipe_is_refused_before_it_is_read(string script, string line)
    {
        // Before, /dev/zero was read until 4 GB and an OutOfMemoryException.
        using var file = new TempFile(File.ReadAllBytes(Seed000));

        var run = BudgetProcess.Run(script, Dir(file));

        run.Exit.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.ErrLines.ShouldHaveSingleItem().ShouldBe(line);
    }

    [LinuxFact]
    public void Standard_input_redirected_from_a_file_is_read_as_that_file()
    {
        var run = BudgetProcess.Run($"\"$BUDGET\" audit /dev/stdin < '{Seed000}'", Path.GetTempPath());

        run.Exit.ShouldBe(1, run.Err);
        run.Out.TrimEnd().Split('\n')[^1].ShouldBe(SeedFindings.Summary["000"]);
    }

    [LinuxFact]
    public void A_file_named_with_an_at_sign_is_the_file_and_no_response_file()
    {
        using var file = new TempFile(File.ReadAllBytes(Seed000), "@x.txt");

        var run = BudgetProcess.Run("\"$BUDGET\" audit @x.txt", Dir(file));

        run.Exit.ShouldBe(1, run.Err);
        run.Err.ShouldBeEmpty();
        run.Out.ShouldStartWith("@x.txt: 434 卢龙县人民政府办公室");
        run.Out.TrimEnd().Split('\n')[^1].ShouldBe(SeedFindings.Summary["000"]);
    }

    private static string Dir(TempFile file) => Path.GetDirectoryName(file.Path)!;
}
