// Never runs: the build fails on codes-2025.budget.json (a rename of a code edition 2024 does not have).
Console.WriteLine("built");
