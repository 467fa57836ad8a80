using BudgetSdk.Cli.Reports;
using BudgetSdk.Rules;

namespace BudgetSdk.Cli.Batch;

/// <summary>
/// What a batch found, gathered as results arrive in path order: the documents read and refused (each refusal one
/// line), the errors and warnings of each rule, and every read document's error count for the worst ones.
/// </summary>
internal sealed class RunSummary
{
    /// <summary>How many of the worst documents the summary names.</summary>
    public const int WorstShown = 10;

    private readonly SortedDictionary<string, (int Errors, int Warnings)> _byRule = new(StringComparer.Ordinal);
    private readonly List<(string Path, int Errors, int Warnings)> _read = [];

    public List<(string Path, string Reason)> Refused { get; } = [];

    public int Read => _read.Count;

    public int Errors => _read.Sum(d => d.Errors);

    public int Warnings => _read.Sum(d => d.Warnings);

    public IReadOnlyDictionary<string, (int Errors, int Warnings)> ByRule => _byRule;

    /// <summary>The documents with the most errors, most first, then in path order; only those with an error.</summary>
    public IEnumerable<(string Path, int Errors, int Warnings)> Worst
        => _read.Where(d => d.Errors > 0).OrderByDescending(d => d.Errors).ThenBy(d => d.Path, StringComparer.Ordinal).Take(WorstShown);

    /// <summary>The exit code: 2 when no document could be read, 1 when one has an error finding, else 0.</summary>
    public int Exit => Read == 0 ? ExitCodes.Unreadable : Errors > 0 ? ExitCodes.RuleBroken : ExitCodes.Ok;

    public void Add(AuditedDocument audited)
    {
        _read.Add((audited.Path, audited.Report.ErrorCount, audited.Report.WarningCount));
        foreach (var finding in audited.Report.Findings)
        {
            var (errors, warnings) = _byRule.GetValueOrDefault(finding.Rule);
            _byRule[finding.Rule] = finding.Severity == Severity.Error ? (errors + 1, warnings) : (errors, warnings + 1);
        }
    }

    public void Refuse(string path, string reason) => Refused.Add((path, reason));
}
