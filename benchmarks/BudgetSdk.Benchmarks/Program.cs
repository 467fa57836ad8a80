using BenchmarkDotNet.Running;

// Pick benchmarks with --filter and a job with --job (docs/benchmarks.md), e.g. `-- --filter '*' --job short`.
BenchmarkSwitcher.FromAssembly(typeof(BudgetSdk.Benchmarks.CodeLookupBenchmarks).Assembly).Run(args);
