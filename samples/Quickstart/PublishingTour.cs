// The third part of the quickstart: the built disclosure published as the official document, in every format.
using System.ComponentModel;
using BudgetSdk.Rendering;

namespace BudgetSdk.Samples;

/// <summary>Writes 卢龙县人民政府办公室's 2024 disclosure as HTML, PDF, DOCX, XLSX, a CSV per table and Markdown.</summary>
internal static class PublishingTour
{
    public static void Run(Disclosure disclosure, string folder)
    {
        Directory.CreateDirectory(folder);
        Console.WriteLine();
        Console.WriteLine($"Published into {Path.GetFullPath(folder)}:");
        Single(disclosure, PublishFormat.Html, Path.Combine(folder, "lulong-2024.html"));
        Single(disclosure, PublishFormat.Pdf, Path.Combine(folder, "lulong-2024.pdf"));
        Single(disclosure, PublishFormat.Docx, Path.Combine(folder, "lulong-2024.docx"));
        Single(disclosure, PublishFormat.Xlsx, Path.Combine(folder, "lulong-2024.xlsx"));
        Single(disclosure, PublishFormat.Markdown, Path.Combine(folder, "lulong-2024.md"));

        var csv = Directory.CreateDirectory(Path.Combine(folder, "csv")).FullName;
        foreach (var table in DisclosurePublisher.CsvTables(disclosure))
        {
            using var file = File.Create(Path.Combine(csv, DisclosurePublisher.CsvFileName(disclosure, table)));
            DisclosurePublisher.WriteCsv(disclosure, table, file);
        }

        Console.WriteLine($"  {"Csv",-8} {csv} ({DisclosurePublisher.CsvTables(disclosure).Count} tables, UTF-8 with BOM for Excel)");
    }

    // Rendered into memory first, so a format that cannot be rendered here leaves no half-written file.
    private static void Single(Disclosure disclosure, PublishFormat format, string path)
    {
        using var bytes = new MemoryStream();
        try
        {
            DisclosurePublisher.Write(disclosure, format, bytes);
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine($"  {format,-8} not available: {e.Message}");
            return;
        }
        catch (Exception e) when (format == PublishFormat.Pdf && e is InvalidOperationException or Win32Exception)
        {
            // PDF is printed by headless Chromium, which not every machine has (Debian: apt-get install chromium fonts-noto-cjk).
            Console.WriteLine($"  {format,-8} not written, headless Chromium is needed: {e.Message}");
            return;
        }

        File.WriteAllBytes(path, bytes.ToArray());
        Console.WriteLine($"  {format,-8} {Path.GetFullPath(path)} ({bytes.Length:N0} bytes)");
    }
}
