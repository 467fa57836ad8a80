using BudgetSdk.Import;

namespace BudgetSdk.Cli;

/// <summary>Reads a published disclosure from a file (at most <see cref="InputFile.MaxBytes"/>); every way it can fail becomes an <see cref="InputException"/> with a one-line reason.</summary>
internal static class DocumentReader
{
    public static PublishedDisclosure Read(string path)
    {
        try
        {
            using var stream = InputFile.Read(path);
            return DisclosureImporter.Read(stream);
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
