// BudgetSdk quickstart: the official code systems as generated, typed C#, then a whole disclosure built from facts.
// Every member used here (e.g. 行政运行_2010301) is generated at build time from schema/*.budget.json;
// nothing in this file is written per code.
using System.Text.Json;
using BudgetSdk.Codes;

var administration = FunctionalCode.Edition2024.行政运行_2010301;
Console.WriteLine("支出功能分类 (functional classification), edition 2024");
Console.WriteLine($"  member 行政运行_2010301 → {administration} ({administration.Level}, leaf: {administration.IsLeaf})");
Console.WriteLine($"  name path: {string.Join(" › ", administration.NamePath)}");
Console.WriteLine($"  parent: {administration.Parent}; siblings: {administration.Parent!.Children.Count}");

// Names are not unique: 行政运行 is a 项 under many 款.
var catalog = FunctionalCode.Latest;
Console.WriteLine($"  '行政运行' names {catalog.FindByName("行政运行").Count} codes, e.g. {string.Join(", ", catalog.FindByName("行政运行").Take(3))}");

// Printed names vary: ASCII brackets and shortened names (aliases) find the same code.
Console.WriteLine($"  '政府办公厅(室)及相关机构事务' → {catalog.FindByName("政府办公厅(室)及相关机构事务").Single()}");
Console.WriteLine($"  '巩固拓展脱贫攻坚成果' (as printed in a 2024 disclosure) → {catalog.FindByName("巩固拓展脱贫攻坚成果").First()}");

// Parse from text (no allocation on success) and look up by name path.
Console.WriteLine($"  Parse(\"2080505\") → {FunctionalCode.Parse("2080505")}");
Console.WriteLine($"  TryParse(\"2010398\") → {FunctionalCode.TryParse("2010398", out _)} (no such code)");
if (catalog.TryFindByNamePath("住房保障支出/住房改革支出/住房公积金", out var housingFund))
{
    Console.WriteLine($"  住房保障支出/住房改革支出/住房公积金 → {housingFund.Code}");
}

// The economic classification, department view.
var reception = DepartmentEconomicCode.Edition2024.公务接待费_30217;
Console.WriteLine();
Console.WriteLine("部门预算支出经济分类 (economic classification, department view)");
Console.WriteLine($"  {reception}, under {reception.Parent}");
Console.WriteLine($"  类: {string.Join("; ", DepartmentEconomicCode.Latest.Roots.Select(r => r.ToString()))}");

// Codes serialize as their code strings.
var line = new BudgetLine(administration, reception, 12.5m);
var json = JsonSerializer.Serialize(line, QuickstartJson.Default.BudgetLine);
Console.WriteLine();
Console.WriteLine($"JSON: {json}");
Console.WriteLine($"back: {JsonSerializer.Deserialize(json, QuickstartJson.Default.BudgetLine)}");

// Indicator frameworks and the T1 expense lines are schema data too.
Console.WriteLine();
foreach (var framework in IndicatorFrameworks.All)
{
    Console.WriteLine($"{framework.Title}: {string.Join("; ", framework.FirstTiers.Select(t => $"{t.Name}({string.Join("、", framework.ChildrenOf(t).Select(c => c.Name))})"))}");
}

var t1 = LineSets.T1Expense_2024_13;
Console.WriteLine($"{t1.Title}: {t1.Lines.Count} lines, {t1.Lines.Count(l => l.FunctionalClass is null)} without a 类 ({t1.Lines.Last().Label})");

// A whole disclosure from facts: every total, table and quoted figure derived (Disclosures/Lulong2024.cs).
Console.WriteLine();
// Then the same disclosure published: HTML, PDF, DOCX, XLSX, a CSV per table and Markdown (Publishing/).
BudgetSdk.Samples.DisclosureTour.Run(args.Length > 0 ? args[0] : "lulong-2024.budget-disclosure.json", args.Length > 1 ? args[1] : "lulong-2024-published");

/// <summary>A budget amount booked to a functional and an economic code (万元).</summary>
internal sealed record BudgetLine(FunctionalCode Function, DepartmentEconomicCode Economic, decimal Amount);

/// <summary>Source-generated JSON metadata: the code types bring their own converters.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(BudgetLine))]
internal sealed partial class QuickstartJson : System.Text.Json.Serialization.JsonSerializerContext;
