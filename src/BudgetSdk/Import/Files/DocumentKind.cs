namespace BudgetSdk.Import.Files;

/// <summary>What a published file is, told from its content (<see cref="PublishedFiles.Detect"/>), never its name.</summary>
public enum DocumentKind
{
    /// <summary>Text extracted from a PDF or DOCX (UTF-8 or BOM-marked UTF-16), in one of the importer's formats.</summary>
    Text,

    /// <summary>A PDF (<c>%PDF-</c>).</summary>
    Pdf,

    /// <summary>A Word document (an Open XML package with <c>word/document.xml</c>).</summary>
    Docx,

    /// <summary>An Excel workbook (an Open XML package with <c>xl/workbook.xml</c>).</summary>
    Xlsx,
}
