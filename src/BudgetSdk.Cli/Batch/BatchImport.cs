using BudgetSdk.Audit;
using BudgetSdk.Rules;
using BudgetSdk.Serialization;

namespace BudgetSdk.Cli.Batch;

/// <summary>
/// <c>budget import &lt;folder&gt; -o &lt;dir&gt;</c>: every document of the folder (as <see cref="BatchInputs"/> finds
/// them) imported in parallel, each readable one whose facts build written to <c>&lt;dir&gt;/&lt;name&gt;.json</c>
/// (the relative path with its extension replaced, written atomically), the rest listed in the summary with their
/// reasons or rule errors. Exit codes as for <see cref="BatchAudit"/>: 2 when none was read, 1 when one breaks a rule.
/// </summary>
internal static class BatchImport
{
    public static int Run(string folder, string? output, bool printed, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        if (output is null)
        {
            throw new InputException("importing a folder needs -o <directory> for its JSON files");
        }

        if (File.Exists(output))
        {
            throw new InputException($"-o {output} is a file; importing a folder writes one JSON file per document into a directory");
        }

        var inputs = Claim(BatchInputs.Expand([folder]), folder, output);
        var read = 0;
        var broken = 0;
        var refused = new List<string>();
        var written = 0;
        void Take(Outcome outcome)
        {
            read += outcome.Read ? 1 : 0;
            broken += outcome.RuleBroken ? 1 : 0;
            written += outcome.Written is null ? 0 : 1;
            if (outcome.Written is { } line)
            {
                stdout.WriteLine(line);
            }
            else
            {
                refused.Add(outcome.Refusal!);
            }
        }

        terminal.ShowProgressAsync("importing", inputs.Count, step => OrderedRun.RunAsync(inputs, i => Import(i, folder, output, printed), Take, step)).GetAwaiter().GetResult();
        stdout.WriteLine($"summary: {inputs.Count} documents, {read} read, {written} written, {inputs.Count - written} not written");
        if (refused.Count > 0)
        {
            stdout.WriteLine("not written:");
        }

        foreach (var line in refused)
        {
            stdout.WriteLine(line);
        }

        return read == 0 ? ExitCodes.Unreadable : broken > 0 ? ExitCodes.RuleBroken : ExitCodes.Ok;
    }

    private static Outcome Import(BatchInput input, string folder, string output, bool printed)
    {
        if (input.Refusal is { } refusal)
        {
            return new Outcome(false, false, null, $"  {input.Path}: {refusal}");
        }

        try
        {
            string json, what;
            var read = DocumentReader.Read(input.Path);
            if (read is FormRead form)
            {
                if (printed)
                {
                    return new Outcome(false, false, null, $"  {input.Path}: {FormImport.PrintedRefusal(form.Document)}");
                }

                var (formJson, formWhat) = FormImport.Build(form.Document);
                if (formJson is null)
                {
                    return new Outcome(true, true, null, $"  {input.Path}: {formWhat}");
                }

                (json, what) = (formJson, formWhat);
            }
            else if (printed)
            {
                var document = ((HebeiDocument)read).Document;
                (json, what) = (PublishedJson.Serialize(document), $"{document.Header.Year} {document.Header.PrintedDepartment} as printed");
            }
            else
            {
                var document = ((HebeiDocument)read).Document;
                var result = PublishedFacts.Build(document);
                if (!result.Succeeded)
                {
                    var errors = result.Problems.Where(p => p.Severity == Severity.Error).Select(p => "    " + p).ToArray();
                    return new Outcome(true, true, null, $"  {input.Path}: the facts do not make a correct disclosure ({errors.Length} error(s)); no JSON written\n{string.Join('\n', errors)}");
                }

                (json, what) = (DisclosureJson.Serialize(result.Disclosure), result.Disclosure.ToString());
            }

            var target = Target(input.Path, folder, output);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            OutputFile.For(target, input.Path).Write(json);
            return new Outcome(true, false, $"wrote {target}: {what}", null);
        }
        catch (InputException e)
        {
            return new Outcome(false, false, null, $"  {input.Path}: {OneLine.Of(e.Message)}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader's bug on one file is that file's line, not the end of a run over hundreds.
            return new Outcome(false, false, null, $"  {input.Path}: unexpected {e.GetType().Name}: {OneLine.Of(e.Message)}");
        }
    }

    private static string Target(string path, string folder, string output)
        => Path.Join(output, Path.ChangeExtension(Path.GetRelativePath(folder, path), ".json"));

    /// <summary>Gives each JSON name to the first document in path order (a.pdf and a.txt both make a.json), so no run overwrites another's output by chance.</summary>
    private static List<BatchInput> Claim(IReadOnlyList<BatchInput> inputs, string folder, string output)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        return inputs.Select(i => i.Refusal is not null || owners.TryAdd(Target(i.Path, folder, output), i.Path) ? i
            : i with { Refusal = $"its JSON file {Target(i.Path, folder, output)} is that of {owners[Target(i.Path, folder, output)]}; rename one of them" }).ToList();
    }

    /// <param name="Read">The document was read.</param>
    /// <param name="RuleBroken">Its facts break a rule of error severity.</param>
    /// <param name="Written">The line that says its JSON was written, else null.</param>
    /// <param name="Refusal">The summary's lines for a document not written, else null.</param>
    private sealed record Outcome(bool Read, bool RuleBroken, string? Written, string? Refusal);
}
