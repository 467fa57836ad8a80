// A project that uses only the shipped codes: nothing is generated in it, and the shipped types work as in the repository.
using BudgetSdk.Codes;
using F = BudgetSdk.Codes.FunctionalCode.Edition2024;

Console.WriteLine($"member: {F.行政运行_2010301}");
Console.WriteLine($"parsed: {FunctionalCode.Parse("2013999")}");
Console.WriteLine($"editions: {string.Join(",", FunctionalCode.Editions)}");
Console.WriteLine($"latest: {FunctionalCode.Latest.Edition}");
