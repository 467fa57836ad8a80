namespace BudgetSdk.Rendering;

/// <summary>The formats a disclosure is published in (<see cref="DisclosurePublisher"/>).</summary>
public enum PublishFormat
{
    /// <summary>One self-contained HTML file with print CSS for A4.</summary>
    Html,

    /// <summary>PDF, printed from the HTML by headless Chromium.</summary>
    Pdf,

    /// <summary>A Word document (Office Open XML).</summary>
    Docx,

    /// <summary>An Excel workbook (Office Open XML), a sheet per table.</summary>
    Xlsx,

    /// <summary>Comma-separated values, one file per table, UTF-8 with a byte order mark.</summary>
    Csv,

    /// <summary>Markdown.</summary>
    Markdown,
}
