using BudgetSdk.Rendering.Publishing.Xlsx;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>
/// Writes a disclosure as an Excel workbook: a sheet per table of the composed document (the nine tables, the unit
/// table, each 绩效目标表, 政府采购预算, 固定资产占用情况表), amounts stored as numbers with two decimals, merged header
/// cells, frozen header rows, print areas on A4. The same disclosure gives the same bytes.
/// </summary>
internal static class XlsxPublisher
{
    public static void Write(Disclosure disclosure, Stream output)
    {
        var plans = SheetPlans.Of(disclosure);
        var header = disclosure.Header;
        using var package = new MemoryStream();
        WorkbookWriter.Write(plans, $"{header.DepartmentName}{header.Year}年部门预算公开表", package);
        package.Position = 0;
        FixedZip.Copy(package, output);
    }
}
