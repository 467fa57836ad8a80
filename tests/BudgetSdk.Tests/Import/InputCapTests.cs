using BudgetSdk.Import;

namespace BudgetSdk.Tests.Import;

/// <summary>The caps on a whole input: a stream is read only up to its cap, so an endless one ends too.</summary>
public class InputCapTests
{
    [Fact]
    public void An_endless_stream_is_refused_at_the_cap_not_read_to_its_end()
    {
        using var endless = new EndlessStream();

        var message = Should.Throw<DisclosureImportException>(() => BudgetSdk.Import.Text.InputText.Decode(endless, 1_000_000)).Message;

        message.ShouldBe("the text is longer than 1,000,000 bytes; no disclosure is that long");
        endless.Position.ShouldBe(1_000_001);
    }

    [Fact]
    public void The_library_caps_are_above_the_budget_tool_cap_and_any_seed()
    {
        BudgetSdk.Import.Text.InputText.MaxBytes.ShouldBeGreaterThanOrEqualTo(16L * 1024 * 1024);
        var longest = BudgetSdk.Tests.Seeds.Ids.SelectMany(BudgetSdk.Tests.Seeds.ReadLines).Max(l => l.Length);
        longest.ShouldBeLessThan(BudgetSdk.Import.Text.InputText.MaxLineCharacters / 60);
    }

    // /dev/zero as a stream: any number of bytes, never an end (the bytes are 'a', so no NUL check stops it first).
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
