namespace BudgetSdk.Cli.Batch;

/// <summary>
/// Works on a batch's inputs in parallel, one worker per core, and hands each result on in input order whatever the
/// order they finish in: a result waits only until those before it are done, so output streams and stays the same
/// from run to run.
/// </summary>
internal static class OrderedRun
{
    public static async Task RunAsync<T>(IReadOnlyList<BatchInput> inputs, Func<BatchInput, T> work, Action<T> inOrder, Action? finished = null)
        where T : class
    {
        var results = new T?[inputs.Count];
        var next = 0;
        var gate = new Lock();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), options, (i, _) =>
        {
            var result = work(inputs[i]);
            lock (gate)
            {
                results[i] = result;
                finished?.Invoke();
                while (next < results.Length && results[next] is { } ready)
                {
                    // Handed on and let go, so only results still waiting for an earlier one are held.
                    results[next++] = null;
                    inOrder(ready);
                }
            }

            return ValueTask.CompletedTask;
        });
    }
}
