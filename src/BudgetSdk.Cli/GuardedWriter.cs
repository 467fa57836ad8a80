namespace BudgetSdk.Cli;

/// <summary>
/// Forwards every write to a console writer and hands a failed write (a full disk, a closed or broken stream) to a
/// handler, so that a stream the shell closed never aborts the process: standard error drops what it cannot say,
/// standard output turns the failure into the one line and exit code 2 of an output that could not be delivered.
/// After a failure nothing more is written to the broken stream.
/// </summary>
internal sealed class GuardedWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly Action<Exception> _failed;
    private bool _broken;

    public GuardedWriter(TextWriter inner, Action<Exception> failed)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        _failed = failed;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <summary>Standard error: a line that cannot be written is lost, since there is nowhere left to say so.</summary>
    public static GuardedWriter ForErrors(TextWriter stderr) => new(stderr, static _ => { });

    /// <summary>Standard output: the report or JSON could not be delivered, an <see cref="InputException"/>.</summary>
    public static GuardedWriter ForResults(TextWriter stdout)
        => new(stdout, static e => throw new InputException("cannot write standard output: " + (e.InnerException ?? e).Message));

    public override System.Text.Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => Guard(() => _inner.Write(value));

    public override void Write(string? value) => Guard(() => _inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => _inner.Write(buffer, index, count));

    public override void WriteLine() => Guard(_inner.WriteLine);

    public override void WriteLine(string? value) => Guard(() => _inner.WriteLine(value));

    public override void Flush() => Guard(_inner.Flush);

    private void Guard(Action write)
    {
        if (_broken)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // UnauthorizedAccessException is how .NET reports a closed descriptor (EBADF) on Unix.
            _broken = true;
            _failed(e);
        }
    }
}
