using BudgetSdk.Tests.Import.Files;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// A downloaded file that holds no disclosure to read — a scanned PDF, an encrypted PDF, a DOCX without tables, an
/// XLSX of another kind — is one line naming the file and why, and exit code 2, for audit and import alike.
/// </summary>
public class UnreadableFileTests
{
    public static TheoryData<string, string, string> Files() => new()
    {
        { "audit", "scan.pdf", "the PDF has no text to read (a scanned image); run OCR first" },
        { "audit", "locked.pdf", "the PDF is encrypted; " },
        { "audit", "notes.docx", "the DOCX has no tables: 2 paragraphs" },
        { "audit", "weather.xlsx", "the workbook holds no disclosure table (1 sheet: Sheet1;" },
        { "import", "scan.pdf", "the PDF has no text to read (a scanned image); run OCR first" },
        { "import", "weather.xlsx", "the workbook holds no disclosure table (1 sheet: Sheet1;" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Is_one_line_and_exit_code_2(string command, string name, string reason)
    {
        using var file = new TempFile(Bytes(name), name);

        var outcome = Budget.Run(command, file.Path);

        outcome.Exit.ShouldBe(2);
        outcome.Out.ShouldBeEmpty();
        outcome.ErrLines.ShouldHaveSingleItem().ShouldStartWith($"budget: {file.Path}: {reason}");
    }

    private static byte[] Bytes(string name) => name switch
    {
        "scan.pdf" => UnreadableFiles.ScannedPdf(),
        "locked.pdf" => UnreadableFiles.EncryptedPdf(),
        "notes.docx" => UnreadableFiles.DocxWithoutTables(),
        _ => UnreadableFiles.WorkbookOfAnotherKind(),
    };
}
