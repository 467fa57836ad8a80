using System.Globalization;

namespace BudgetSdk.Cli;

/// <summary>
/// Reads a document's file, refusing with a reason what cannot be one before reading it: an empty name, a directory,
/// a missing file, a file that is no regular file (a device, FIFO, pipe or socket), or a file far larger than any
/// disclosure. What the bytes hold (binary, not UTF-8) the importer judges.
/// </summary>
internal static class InputFile
{
    /// <summary>
    /// The largest file read. The seed documents are about 50 KB and a disclosure with a hundred projects stays well
    /// under 2 MB, so 16 MB leaves room and still refuses a wrong file without reading it.
    /// </summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The largest PDF, DOCX or XLSX read. A published PDF embeds its fonts (a CJK font subset alone is a few MB) and
    /// sometimes page images, so it may be several times its text; 64 MB still refuses a wrong file unread.
    /// </summary>
    public const long MaxBinaryBytes = 64L * 1024 * 1024;

    public static MemoryStream Read(string path)
    {
        var file = Regular(path);
        using var stream = file.OpenRead();
        if (!stream.CanSeek)
        {
            throw NotRegular("is no regular file (a pipe, FIFO or terminal)");
        }

        var limit = IsBinary(stream) ? MaxBinaryBytes : MaxBytes;
        if (file.Length > limit)
        {
            throw TooLarge(string.Create(CultureInfo.InvariantCulture, $"the file has {file.Length / (1024.0 * 1024.0):0.0} MB"), limit);
        }

        return ReadAtMost(stream, limit);
    }

    /// <summary>
    /// Whether the file starts as a PDF or a ZIP package (DOCX, XLSX) does: only to choose the cap, since
    /// <see cref="Import.Files.PublishedFiles"/> tells the kind itself. The position is restored.
    /// </summary>
    private static bool IsBinary(Stream stream)
    {
        Span<byte> head = stackalloc byte[5];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return (read == 5 && head.SequenceEqual("%PDF-"u8)) || (read >= 4 && head[..4].SequenceEqual("PK\u0003\u0004"u8));
    }

    /// <summary>The regular file of at most <see cref="MaxBinaryBytes"/> that <paramref name="path"/> names, through its links.</summary>
    private static FileInfo Regular(string path)
    {
        if (path.Length == 0)
        {
            throw new InputException("the file name is empty; expected the path of a disclosure's text file");
        }

        if (Directory.Exists(path))
        {
            throw new InputException("is a directory, not a file");
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new InputException("no such file");
        }

        // Judged by what a link points at (/dev/stdin is one), since a link's own size says nothing about its file.
        var target = file.LinkTarget is null ? file : (FileInfo)file.ResolveLinkTarget(returnFinalTarget: true)!;
        if (!target.Exists)
        {
            throw NotRegular("is a link to no regular file (to a missing file, a pipe or a socket)");
        }

        // .NET 10 tells no file type without P/Invoke, but a device, FIFO or socket has no size: refusing a size of 0
        // before opening is what keeps /dev/zero from being read without end and a FIFO from blocking the open.
        if (target.Length == 0)
        {
            throw NotRegular("is empty, or is no regular file (a device, FIFO or socket)");
        }

        if (target.Length > MaxBinaryBytes)
        {
            throw TooLarge(string.Create(CultureInfo.InvariantCulture, $"the file has {target.Length / (1024.0 * 1024.0):0.0} MB"), MaxBinaryBytes);
        }

        return target;
    }

    /// <summary>The stream's bytes, refused once more than <paramref name="limit"/> arrive (a file that grows while read).</summary>
    public static MemoryStream ReadAtMost(Stream stream, long limit)
    {
        var bytes = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (bytes.Length + read > limit)
            {
                throw TooLarge("reading it gave more bytes than its size said", limit);
            }

            bytes.Write(chunk, 0, read);
        }

        bytes.Position = 0;
        return bytes;
    }

    private static InputException NotRegular(string what)
        => new(what + "; save the disclosure's text to a file");

    private static InputException TooLarge(string what, long limit)
        => new(string.Create(CultureInfo.InvariantCulture, $"{what}, more than any disclosure's {(limit > MaxBytes ? "file" : "text")} (the limit is {limit / (1024.0 * 1024.0):0.##} MB)"));
}
