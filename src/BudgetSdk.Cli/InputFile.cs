using System.Globalization;

namespace BudgetSdk.Cli;

/// <summary>
/// Opens a document's file, refusing with a reason what cannot be one before reading it: a directory, a missing
/// file, or a file far larger than any disclosure. What the bytes hold (empty, binary, not UTF-8) the importer judges.
/// </summary>
internal static class InputFile
{
    /// <summary>
    /// The largest file read. The seed documents are about 50 KB and a disclosure with a hundred projects stays well
    /// under 2 MB, so 16 MB leaves room and still refuses a wrong file without reading it.
    /// </summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    public static FileStream Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("is a directory, not a file");
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new InputException("no such file");
        }

        if (file.Length > MaxBytes)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"the file has {file.Length / (1024.0 * 1024.0):0.0} MB, more than any disclosure's text (the limit is {MaxBytes / (1024 * 1024)} MB)"));
        }

        return file.OpenRead();
    }
}
