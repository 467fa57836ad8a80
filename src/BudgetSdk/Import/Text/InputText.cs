using System.Globalization;
using System.Text;
using BudgetSdk.Text;

namespace BudgetSdk.Import.Text;

/// <summary>
/// The first gate: turns the caller's bytes or string into text the later stages may trust (not empty, not binary),
/// and refuses anything else with a one-line reason.
/// </summary>
internal static class InputText
{
    // Text extracted from PDF or DOCX holds tabs, line breaks and form feeds (page breaks); any other C0 control
    // character beyond a few stray ones means the bytes are not text at all.
    private const int StrayControlsAllowed = 8;

    /// <summary>
    /// The most characters a disclosure's text may have: the seeds have 15–27 thousand. 64 Mi leave room for a whole
    /// province's documents in one text (the tests read 50 MB), and refuse a runaway input before the readers allocate
    /// for it; the <c>budget</c> tool refuses files over 16 MB before reading them.
    /// </summary>
    public const int MaxCharacters = 64 * 1024 * 1024;

    /// <summary>The most characters one line may have: the longest line of the seeds has 1,009; no cell or paragraph of
    /// a real disclosure comes near 64 Ki.</summary>
    public const int MaxLineCharacters = 64 * 1024;

    /// <summary>The most bytes a stream may give: <see cref="MaxCharacters"/> of Chinese text, three UTF-8 bytes each.</summary>
    public const long MaxBytes = 3L * MaxCharacters;

    public static string Decode(Stream stream) => Decode(stream, MaxBytes);

    /// <summary>Decodes at most <paramref name="maxBytes"/> bytes of a stream (a smaller cap lets a test try an endless stream).</summary>
    public static string Decode(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            // Read one byte past the cap, not to the end: a stream without end (a device, a pipe) is refused too.
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    throw new DisclosureImportException($"the text is longer than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; no disclosure is that long");
                }
            }

            bytes = buffer.ToArray();
        }

        if (bytes.Length == 0)
        {
            throw new DisclosureImportException("the text is empty");
        }

        // A BOM says how to decode; UTF-16 holds NUL bytes by design, so it must be recognised before the NUL check.
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Decode(bytes, 2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Decode(bytes, 2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new DisclosureImportException($"binary data (NUL bytes at byte {nul})");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Decode(bytes, start, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    }

    /// <summary>Refuses empty, blank and binary text; returns the text with stray control characters removed.</summary>
    public static string Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new DisclosureImportException("the text is empty");
        }

        if (text.Length > MaxCharacters)
        {
            throw new DisclosureImportException($"the text has {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the {MaxCharacters.ToString("N0", CultureInfo.InvariantCulture)} a disclosure can have");
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new DisclosureImportException($"binary data (NUL bytes at byte {Encoding.UTF8.GetByteCount(text.AsSpan(0, nul))})");
        }

        var controls = 0;
        var firstControl = -1;
        var blank = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsStrayControl(c))
            {
                controls++;
                firstControl = firstControl < 0 ? i : firstControl;
            }
            else if (blank && !char.IsWhiteSpace(c))
            {
                blank = false;
            }
        }

        if (controls > StrayControlsAllowed)
        {
            throw new DisclosureImportException(
                $"binary data ({controls} control characters, the first, 0x{(int)text[firstControl]:X2}, at byte {Encoding.UTF8.GetByteCount(text.AsSpan(0, firstControl))})");
        }

        if (blank)
        {
            throw new DisclosureImportException($"the text is only white space ({text.Length} characters)");
        }

        CheckLineLengths(text);
        return Digits.ToAscii(controls == 0 ? text : string.Concat(text.Where(c => !IsStrayControl(c))));
    }

    // Each reader is linear in a line's length, but a line longer than any cell or paragraph can be is no document's
    // text (a converter gone wrong, or a mutation): it is refused by its number rather than read.
    private static void CheckLineLengths(string text)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\f' or '\v'))
            {
                continue;
            }

            if (i - start > MaxLineCharacters)
            {
                throw new DisclosureImportException(
                    $"line {line} has {(i - start).ToString("N0", CultureInfo.InvariantCulture)} characters, more than the {MaxLineCharacters.ToString("N0", CultureInfo.InvariantCulture)} a line of a disclosure can have (it starts {Show(text.AsSpan(start, 20))}…)");
            }

            // \r\n is one break, as LineCleaner splits lines.
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            line++;
            start = i + 1;
        }
    }

    private static string Show(ReadOnlySpan<char> text) => string.Concat(text.ToString().Select(c => char.IsControl(c) ? ' ' : c));

    private static bool IsStrayControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v');

    private static string Decode(byte[] bytes, int start, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {start + e.Index}" : string.Empty;
            throw new DisclosureImportException($"not {encoding.WebName} text (an invalid byte sequence{at}); convert the document to UTF-8 first", e);
        }
    }
}
