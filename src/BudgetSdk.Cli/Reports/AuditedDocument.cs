using BudgetSdk.Audit;
using BudgetSdk.Facts;

namespace BudgetSdk.Cli.Reports;

/// <summary>What every report format prints: the file, the document as read, and the audit's findings.</summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="Header">The department and year the document prints (the document itself is not kept, so a batch holds only findings).</param>
/// <param name="Report">What the audit found.</param>
internal sealed record AuditedDocument(string Path, DisclosureHeader Header, AuditReport Report)
{
    /// <summary>The department and year as a heading: <c>434 卢龙县人民政府办公室 2024 (region 130324)</c>.</summary>
    public string Title
    {
        get
        {
            var header = Header;
            var region = string.IsNullOrEmpty(header.RegionCode) ? "region unknown" : "region " + header.RegionCode;
            return $"{header.PrintedDepartment} {header.Year} ({region})";
        }
    }

    /// <summary>The summary line: <c>2 errors, 1 warning</c>.</summary>
    public string Summary => $"{Count(Report.ErrorCount, "error")}, {Count(Report.WarningCount, "warning")}";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";
}
