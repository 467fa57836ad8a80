using System.Diagnostics;
using System.Text;
using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary>Input that is no disclosure: one line on standard error, exit code 2, never a stack trace.</summary>
public class BadInputTests
{
    public static TheoryData<string> Commands => new() { "audit", "import" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_missing_file(string command)
        => Refused(Budget.Run(command, "/nonexistent/budget.txt"), "budget: /nonexistent/budget.txt: no such file");

    // A folder was refused as "is a directory" until issue 12: audit now reads every document in it (see BatchAuditTests).
    [Fact]
    public void A_directory_of_no_disclosure_is_audited_as_a_batch_that_reads_none()
    {
        using var file = new TempFile("x");
        var directory = Path.GetDirectoryName(file.Path)!;

        var run = Budget.Run("audit", directory);

        run.Exit.ShouldBe(ExitCodes.Unreadable);
        run.Out.ShouldContain($"  {file.Path}: not a department budget disclosure");
    }

    [Fact]
    public void A_directory_to_import_needs_an_output_directory()
    {
        using var file = new TempFile("x");
        var directory = Path.GetDirectoryName(file.Path)!;

        Refused(Budget.Run("import", directory), $"budget: {directory}: importing a folder needs -o <directory> for its JSON files");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_empty_file(string command)
    {
        using var file = new TempFile(Array.Empty<byte>());

        Refused(Budget.Run(command, file.Path), $"budget: {file.Path}: ");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_binary_file(string command)
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        using var file = new TempFile(bytes, "document.pdf");

        Refused(Budget.Run(command, file.Path), $"budget: {file.Path}: ");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_truncated_seed(string command)
    {
        var text = File.ReadAllText(Seeds.PathOf("000"));
        using var file = new TempFile(text[..(text.Length / 3)]);

        Refused(Budget.Run(command, file.Path), $"budget: {file.Path}: ");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Another_document(string command)
    {
        var readme = Path.Combine(Seeds.RepositoryRoot, "README.md");

        Refused(Budget.Run(command, readme), $"budget: {readme}: ");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_very_large_file_is_refused_before_it_is_read(string command)
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes("部门预算收支总表\n"));
        using (var stream = new FileStream(file.Path, FileMode.Append))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var clock = Stopwatch.StartNew();
        var run = Budget.Run(command, file.Path);

        Refused(run, $"budget: {file.Path}: the file has 50.0 MB, more than any disclosure's text (the limit is 16 MB)");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_pdf_may_be_larger_than_text_up_to_its_own_cap()
    {
        using var file = new TempFile(Encoding.ASCII.GetBytes("%PDF-1.7\n"), "large.pdf");
        using (var stream = new FileStream(file.Path, FileMode.Append))
        {
            stream.SetLength(17L * 1024 * 1024);
        }

        // Past the 16 MB of text, so it reaches the PDF reader (its refusal or its reading), not the size check.
        Budget.Run("audit", file.Path).Err.ShouldNotContain("the limit is");

        using (var stream = new FileStream(file.Path, FileMode.Append))
        {
            stream.SetLength(70L * 1024 * 1024);
        }

        Refused(Budget.Run("audit", file.Path), $"budget: {file.Path}: the file has 70.0 MB, more than any disclosure's file (the limit is 64 MB)");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_empty_file_name(string command)
        => Refused(Budget.Run(command, ""), "budget: the file name is empty; expected the path of a disclosure's text file");

    [LinuxFact]
    public void A_device_is_read_only_up_to_the_cap()
    {
        // A file growing while read, or a device no size check caught: /dev/zero never ends.
        using var zeros = File.OpenRead("/dev/zero");

        var refused = Should.Throw<InputException>(() => InputFile.ReadAtMost(zeros, 1024 * 1024));

        refused.Message.ShouldBe("reading it gave more bytes than its size said, more than any disclosure's text (the limit is 1 MB)");
        zeros.Position.ShouldBeLessThanOrEqualTo(1024 * 1024 + 81920);
    }

    [Fact]
    public void A_standard_error_that_cannot_be_written_changes_no_exit_code()
    {
        using var stdout = new StringWriter();

        Program.Run(["audit", "/nonexistent/budget.txt"], stdout, new FullWriter()).ShouldBe(2);
        Program.Run(["audit", Seeds.PathOf("000")], stdout, new FullWriter()).ShouldBe(1);
        stdout.ToString().ShouldContain(Seeds.PathOf("000") + ": ");
    }

    [Fact]
    public void A_standard_output_that_cannot_be_written_is_exit_code_2_and_one_line()
    {
        using var stderr = new StringWriter();

        Program.Run(["audit", Seeds.PathOf("000")], new FullWriter(), stderr).ShouldBe(2);

        stderr.ToString().ShouldBe($"budget: {Seeds.PathOf("000")}: cannot write standard output: No space left on device{Environment.NewLine}");
    }

    [Fact]
    public void Bad_usage_is_exit_code_2_too()
    {
        Budget.Run().Exit.ShouldBe(2);
        Budget.Run("audit").Exit.ShouldBe(2);
        var run = Budget.Run("audit", Seeds.PathOf("000"), "--format", "xml");
        run.Exit.ShouldBe(2);
        run.Out.ShouldBeEmpty();
        run.Err.ShouldContain("xml");
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_one_line()
    {
        var output = Path.Combine(Path.GetTempPath(), "no-such-directory-" + Guid.NewGuid().ToString("N"), "out.json");

        Refused(Budget.Run("import", Seeds.PathOf("000"), "-o", output), $"budget: {Seeds.PathOf("000")}: cannot write {output}: ");
    }

    [Fact]
    public void An_unexpected_error_is_one_line_and_verbose_adds_the_trace()
    {
        // A NUL in a path is refused by .NET itself, an error the command does not anticipate.
        var quiet = Budget.Run("audit", "bad\0name.txt");
        var verbose = Budget.Run("audit", "bad\0name.txt", "--verbose");

        Refused(quiet, "budget: bad\0name.txt: unexpected ArgumentException: ");
        verbose.Exit.ShouldBe(2);
        verbose.ErrLines[0].ShouldBe(quiet.ErrLines[0]);
        verbose.Err.ShouldContain("   at ");
    }

    [Fact]
    public void Help_is_no_error()
    {
        var run = Budget.Run("--help");

        run.Exit.ShouldBe(0);
        run.Out.ShouldContain("audit");
        run.Out.ShouldContain("import");
    }

    private static void Refused(Outcome run, string start)
    {
        run.Exit.ShouldBe(2, run.Out + run.Err);
        run.Out.ShouldBeEmpty();
        run.ErrLines.ShouldHaveSingleItem().ShouldStartWith(start);
        run.Err.ShouldNotContain("   at ");
    }

    /// <summary>A writer on a full disk, as /dev/full is.</summary>
    private sealed class FullWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
