using BudgetSdk.Rendering;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>Published files in memory, as a reader gets them.</summary>
internal static class OfficeFiles
{
    public static MemoryStream Published(Disclosure disclosure, PublishFormat format)
    {
        var stream = new MemoryStream();
        DisclosurePublisher.Write(disclosure, format, stream);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The differences a workbook can show. It holds the tables only, no explanatory part: no section 七 to
    /// hold its 绩效目标表 sheets as projects, no quoted figures, so the audit misses those sections.</summary>
    public static IReadOnlyList<string> InAWorkbook(IEnumerable<string> differences)
        => differences.Where(d => !NotInAWorkbook.Any(p => d.StartsWith(p, StringComparison.Ordinal))).ToList();

    private static readonly string[] NotInAWorkbook = ["projects:", "quoted:", "audit: BDR0202 ", "audit: BDR0908 "];
}
