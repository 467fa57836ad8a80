// A project with a 2025 edition of its own (functional-2025.budget.json, based on 2024: the file README.md offers to copy): the generated member of the code
// it adds builds a 2025 disclosure, which is written to JSON and read back.
using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Serialization;
using F = Consumer.Codes.FunctionalCodeEdition2025;

var economic = DepartmentEconomicCode.ForEdition(2025);
var result = DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2025)
    .Spend(F.Catalog.Get("2010301"), ExpenseKind.Basic, Money.FromWan(163.68m))
    .Spend(F.中央金融机构注资特别国债支出_2170404, ExpenseKind.Project, Money.FromWan(0.26m), FundingSource.GovernmentFund)
    .Basic(economic.Get("30101"), personnel: Money.FromWan(163.68m))
    .AddProject(new Project("13032425P00443210088K", "注资特别国债项目", Money.FromWan(0.26m), Money.Zero, "中央金融机构注资"))
    .Build();
if (!result.Succeeded)
{
    foreach (var problem in result.Problems)
    {
        Console.WriteLine(problem);
    }

    return 1;
}

var json = DisclosureJson.Serialize(result.Disclosure!);
File.WriteAllText(args.Length > 0 ? args[0] : "disclosure-2025.json", json);
var back = DisclosureJson.Deserialize(json);
Console.WriteLine($"member: {F.中央金融机构注资特别国债支出_2170404} edition {F.中央金融机构注资特别国债支出_2170404.Edition}");
Console.WriteLine($"parent: {F.中央金融机构注资特别国债支出_2170404.Parent}");
Console.WriteLine($"editions: {string.Join(",", FunctionalCode.Editions)}");
Console.WriteLine($"read back: {back.Facts.Edition} {back.Facts.Spending.Count} spending lines");
return 0;
