using System.Text;
using BudgetSdk.Audit;
using BudgetSdk.Rules;
using BudgetSdk.Serialization;

namespace BudgetSdk.Cli;

/// <summary>
/// <c>budget import &lt;file&gt; [-o out.json]</c>: the document's facts built into a disclosure and written as the
/// model's JSON. Totals are derived, not copied, so a blank printed total does not stop it; a fact that breaks a
/// rule does, since the JSON format holds only correct disclosures.
/// </summary>
internal static class ImportCommand
{
    public static int Run(string path, string? output, TextWriter stdout, TextWriter stderr)
    {
        var document = DocumentReader.Read(path);
        var result = PublishedFacts.Build(document);
        if (!result.Succeeded)
        {
            return Refuse(path, result.Problems, stderr);
        }

        var json = DisclosureJson.Serialize(result.Disclosure);
        if (output is null)
        {
            stdout.WriteLine(json);
        }
        else
        {
            try
            {
                File.WriteAllText(output, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"cannot write {output}: {e.Message}");
            }

            stdout.WriteLine($"wrote {output}: {result.Disclosure}");
        }

        foreach (var warning in result.Problems)
        {
            stderr.WriteLine(warning);
        }

        return ExitCodes.Ok;
    }

    private static int Refuse(string path, IReadOnlyList<Problem> problems, TextWriter stderr)
    {
        stderr.WriteLine($"budget: {path}: the facts do not make a correct disclosure ({problems.Count(p => p.Severity == Severity.Error)} error(s)); no JSON written");
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem);
        }

        return ExitCodes.RuleBroken;
    }
}
