using System.IO.Compression;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>
/// Re-zips an Open XML package (DOCX, XLSX) with one fixed time on every entry. System.IO.Packaging stamps each ZIP entry with the
/// clock (<see cref="ZipArchiveEntry.LastWriteTime"/> is now), so two writes of the same disclosure would differ; the
/// entries are copied in their order, with the same compression, under <see cref="Time"/>.
/// </summary>
internal static class FixedZip
{
    /// <summary>The time every entry carries: the earliest a ZIP (DOS) time can say.</summary>
    public static readonly DateTimeOffset Time = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output)
    {
        // Written to memory first: ZipArchive writes other bytes (data descriptors) to a stream it cannot seek.
        using var buffer = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Time;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
