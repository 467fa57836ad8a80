using BudgetSdk.Import;
using BudgetSdk.Import.Files;

namespace BudgetSdk.Cli;

/// <summary>
/// Reads a published disclosure from a file of any kind <see cref="PublishedFiles"/> reads (PDF, DOCX, XLSX or text,
/// told from the bytes), within <see cref="InputFile"/>'s checks; every way it can fail becomes an
/// <see cref="InputException"/> with a one-line reason.
/// </summary>
internal static class DocumentReader
{
    public static PublishedDisclosure Read(string path)
    {
        try
        {
            using var stream = InputFile.Read(path);
            return PublishedFiles.Read(stream);
        }
        catch (DisclosureImportException e)
        {
            throw new InputException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("cannot be read: " + e.Message);
        }
    }
}
