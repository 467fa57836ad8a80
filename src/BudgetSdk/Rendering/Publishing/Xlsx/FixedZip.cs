using System.IO.Compression;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// Re-zips a package with every entry dated <see cref="Timestamp"/>, in the same order: System.IO.Packaging dates each
/// entry with the time of writing, so two writes of one disclosure would differ in their ZIP headers only.
/// </summary>
internal static class FixedZip
{
    /// <summary>The earliest time a ZIP entry can carry (the DOS epoch), as reproducible builds use.</summary>
    public static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(byte[] package, Stream output)
    {
        // Written to memory first: ZipArchive lays out entries differently on a stream it cannot seek.
        using var buffer = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Timestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
