using BudgetSdk.Audit;
using BudgetSdk.Rules;
using BudgetSdk.Serialization;

namespace BudgetSdk.Cli;

/// <summary>
/// <c>budget import &lt;file&gt; [-o out.json] [--printed]</c>: the document's facts built into a disclosure and
/// written as the model's JSON. A document in another region's form is imported by <see cref="FormImport"/>: its facts
/// as form facts JSON when the printed tables state one set of facts, else one line naming the cells that disagree (exit 1). Totals are derived, not copied, so a blank printed total does not stop it; a fact that
/// breaks a rule does, since the JSON format holds only correct disclosures. With <c>--printed</c> the document is
/// written as printed instead (<see cref="PublishedJson"/>), wrong totals and all, and nothing stops it.
/// </summary>
internal static class ImportCommand
{
    public static int Run(string path, string? output, bool printed, TextWriter stdout, TextWriter stderr)
    {
        var file = output is null ? null : OutputFile.For(output, path);
        try
        {
            var exit = Import(path, printed, file, stdout, stderr);
            if (exit != ExitCodes.Ok)
            {
                file?.Discard(stderr);
            }

            return exit;
        }
        catch
        {
            // Any failure, a refused input or an output that could not be written: no earlier result stays behind.
            file?.Discard(stderr);
            throw;
        }
    }

    private static int Import(string path, bool printed, OutputFile? file, TextWriter stdout, TextWriter stderr)
    {
        var read = DocumentReader.Read(path);
        if (read is FormRead form)
        {
            return ImportForm(path, form.Document, printed, file, stdout, stderr);
        }

        var document = ((HebeiDocument)read).Document;
        if (printed)
        {
            Write(PublishedJson.Serialize(document), file, $"{document.Header.Year} {document.Header.PrintedDepartment} as printed", stdout);
            return ExitCodes.Ok;
        }

        var result = PublishedFacts.Build(document);
        if (!result.Succeeded)
        {
            return Refuse(path, result.Problems, stderr);
        }

        Write(DisclosureJson.Serialize(result.Disclosure), file, result.Disclosure.ToString(), stdout);
        foreach (var warning in result.Problems)
        {
            stderr.WriteLine(warning);
        }

        return ExitCodes.Ok;
    }

    private static int ImportForm(string path, BudgetSdk.Forms.Printed.FormDocument document, bool printed, OutputFile? file, TextWriter stdout, TextWriter stderr)
    {
        if (printed)
        {
            throw new InputException(FormImport.PrintedRefusal(document));
        }

        var (json, what) = FormImport.Build(document);
        if (json is null)
        {
            stderr.WriteLine($"budget: {path}: {what}");
            return ExitCodes.RuleBroken;
        }

        Write(json, file, what, stdout);
        return ExitCodes.Ok;
    }

    private static void Write(string json, OutputFile? file, string what, TextWriter stdout)
    {
        if (file is null)
        {
            stdout.WriteLine(json);
        }
        else
        {
            file.Write(json);
            stdout.WriteLine($"wrote {file.Name}: {what}");
        }
    }

    private static int Refuse(string path, IReadOnlyList<Problem> problems, TextWriter stderr)
    {
        stderr.WriteLine($"budget: {path}: the facts do not make a correct disclosure ({problems.Count(p => p.Severity == Severity.Error)} error(s)); no JSON written");
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem);
        }

        stderr.WriteLine("budget: use --printed to write the document as published, wrong totals and all");
        return ExitCodes.RuleBroken;
    }
}
