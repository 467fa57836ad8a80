using BenchmarkDotNet.Running;
using BudgetSdk.Benchmarks;

// `-- campaign [--runs N] [--seed S] [--budget-ms B]` runs a mutation campaign on the seeds (docs/robustness.md);
// anything else picks benchmarks with --filter and a job with --job (docs/benchmarks.md), e.g. `-- --filter '*' --job short`.
if (args.Length > 0 && args[0] == "campaign")
{
    return Campaign.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CodeLookupBenchmarks).Assembly).Run(args);
return 0;
