using System.Text;

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

    public static string Decode(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
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

        return controls == 0 ? text : string.Concat(text.Where(c => !IsStrayControl(c)));
    }

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
