using BudgetSdk.Rendering;

namespace BudgetSdk.Cli;

/// <summary>
/// The <c>-o</c> directory of <c>budget render --format csv</c>: one file per table
/// (<see cref="DisclosurePublisher.CsvFileName"/>), each written whole through <see cref="OutputFile"/>. The directory
/// is made when its parent exists, as <c>-o</c> names a file whose directory exists.
/// </summary>
internal static class CsvFolder
{
    public static void Write(Disclosure disclosure, string directory, string input, TextWriter stdout)
    {
        if (directory.Length == 0)
        {
            throw new InputException("-o names no directory (the name is empty); expected the directory to write the CSV files to");
        }

        if (File.Exists(directory))
        {
            throw new InputException($"-o {directory} is a file; --format csv writes one file per table into a directory");
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(directory))!;
        if (!Directory.Exists(parent))
        {
            throw new InputException($"cannot write {directory}: no such directory {parent}");
        }

        Directory.CreateDirectory(directory);
        var tables = DisclosurePublisher.CsvTables(disclosure);
        foreach (var table in tables)
        {
            using var bytes = new MemoryStream();
            DisclosurePublisher.WriteCsv(disclosure, table, bytes);
            OutputFile.For(Path.Combine(directory, DisclosurePublisher.CsvFileName(disclosure, table)), input).Write(bytes.ToArray());
        }

        stdout.WriteLine($"wrote {tables.Count} CSV files to {directory}: {disclosure}");
    }
}
