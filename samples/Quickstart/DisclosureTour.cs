// The second half of the quickstart: a whole disclosure, built from facts.
using BudgetSdk.Rendering;
using BudgetSdk.Serialization;
using BudgetSdk.Tables;

namespace BudgetSdk.Samples;

/// <summary>Builds 卢龙县人民政府办公室's 2024 disclosure from its facts and shows what BudgetSdk derives.</summary>
internal static class DisclosureTour
{
    /// <param name="jsonPath">Where the JSON goes.</param>
    /// <param name="publishFolder">Where the published formats go (<see cref="PublishingTour"/>).</param>
    public static void Run(string jsonPath, string publishFolder)
    {
        var result = Lulong2024.Facts().Build();
        if (!result.Succeeded)
        {
            // Build never returns half a disclosure: it is this list or a complete, correct one.
            result.Problems.ToList().ForEach(p => Console.WriteLine(p));
            return;
        }

        var disclosure = result.Disclosure;
        var figures = disclosure.Figures;
        Console.WriteLine($"{disclosure.Header.Year} 部门预算信息公开: {disclosure.Header.PrintedDepartment} (财政区划 {disclosure.Header.RegionCode})");
        Console.WriteLine($"  收入总计 {figures.Income:0.00}万元 = 支出总计 {figures.Expense:0.00}万元");
        Console.WriteLine($"  基本支出 {figures.Basic:0.00} (人员经费 {figures.Personnel:0.00} + 公用经费 {figures.PublicUse:0.00}), 项目支出 {figures.Project:0.00}, 比上年 {figures.ExpenseChange:+0.00;-0.00}");
        Console.WriteLine($"  机关运行经费 {figures.OperatingFunds:0.00}; “三公”经费 {figures.ThreePublic:0.00} (公务用车 {figures.Vehicles:0.00}, 公务接待 {figures.Reception:0.00}), 比上年 {figures.ThreePublicChange:+0.00;-0.00}");
        Console.WriteLine($"  warnings: {disclosure.Warnings.Count}");
        Console.WriteLine();

        foreach (var table in disclosure.Tables.Where(t => t.Id <= TableId.T9))
        {
            var total = table.Rows.FirstOrDefault(r => r.Label is "合计" or "收入总计" or "“三公”经费小计");
            Console.WriteLine($"  {table.Id} {table.Title}: {table.Rows.Count} rows{(total is null ? string.Empty : $", {total.Label} {TableText.Amount(total.Cells[0])}")}{(table.IsEmpty ? " (空表)" : string.Empty)}");
        }

        // The published T9 left 合计, 小计 and 公务用车购置及运维费 blank; here they are derived.
        Console.WriteLine();
        Console.Write(TableText.Render(disclosure[TableId.T9]));
        Console.WriteLine();
        Console.Write(TableText.Render(disclosure[TableId.T6], maxRows: 6));

        File.WriteAllText(jsonPath, DisclosureJson.Serialize(disclosure));
        Console.WriteLine();
        Console.WriteLine($"JSON (format version {DisclosureJson.FormatVersion}) written to {Path.GetFullPath(jsonPath)}; reading it back builds again: {DisclosureJson.Deserialize(File.ReadAllText(jsonPath)).Equals(disclosure)}");
        PublishingTour.Run(disclosure, publishFolder);
    }
}
