// A 2025 disclosure with a code BudgetSdk does not ship: Schema/functional-2025.budget.json adds it to edition 2024's
// list, the build generates FunctionalCodeEdition2025 with a member for it, and ProjectSchema.Register() (a module
// initializer) makes edition 2025 known to the builder, the JSON reader and the audit.
using BudgetSdk.Amounts;
using BudgetSdk.Building;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Serialization;
using F = Consumer.Codes.FunctionalCodeEdition2025;

var added = F.中央金融机构注资特别国债支出_2170404;
Console.WriteLine($"{added} (edition {added.Edition}, under {added.Parent})");
Console.WriteLine($"editions of 支出功能分类: {string.Join(", ", FunctionalCode.Editions)}");

var result = DisclosureBuilder.For("130324", "434", "卢龙县人民政府办公室", 2025)
    .Spend(F.Catalog.Get("2010301"), ExpenseKind.Basic, Money.FromWan(163.68m))   // an inherited code, of edition 2025
    .Spend(added, ExpenseKind.Project, Money.FromWan(0.26m), FundingSource.GovernmentFund)
    .Basic(DepartmentEconomicCode.ForEdition(2025).Get("30101"), personnel: Money.FromWan(163.68m))
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
Console.WriteLine($"2025 disclosure: {json.Length} characters of JSON; read back: edition {DisclosureJson.Deserialize(json).Facts.Edition}");
return 0;
