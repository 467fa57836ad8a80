using BudgetSdk.Audit;
using BudgetSdk.Import;

namespace BudgetSdk.Cli.Reports;

/// <summary>What every report format prints: the file, the document as read, and the audit's findings.</summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="Document">The document read from it.</param>
/// <param name="Report">What the audit found.</param>
internal sealed record AuditedDocument(string Path, PublishedDisclosure Document, AuditReport Report)
{
    /// <summary>The department and year as a heading: <c>434 卢龙县人民政府办公室 2024 (region 130324)</c>.</summary>
    public string Title
    {
        get
        {
            var header = Document.Header;
            var region = string.IsNullOrEmpty(header.RegionCode) ? "region unknown" : "region " + header.RegionCode;
            return $"{header.PrintedDepartment} {header.Year} ({region})";
        }
    }

    /// <summary>The summary line: <c>2 errors, 1 warning</c>.</summary>
    public string Summary => $"{Count(Report.ErrorCount, "error")}, {Count(Report.WarningCount, "warning")}";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";
}
