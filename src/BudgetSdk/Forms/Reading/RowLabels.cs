using System.Text.RegularExpressions;
using BudgetSdk.Codes;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// What a printed label is on one side of a table: the total (合计, 收入总计), a fixed line of the form (一、财政拨款收入), a
/// 类 printed by name in the form's <see cref="FormRows.ClassLabels"/> (一、一般公共服务支出 → 201), or nothing known.
/// </summary>
internal sealed class RowLabels
{
    private readonly FormSide _side;
    private readonly Regex? _classLabel;
    private readonly CodeCatalog<FunctionalCode>? _functional;

    public RowLabels(FormSide side, int year)
    {
        _side = side;
        if (side.Rows.ClassLabels is { Length: > 0 } pattern)
        {
            var regex = Regex.Escape(LabelText.Compact(pattern))
                .Replace(@"\{n}", "[一二三四五六七八九十百零〇]+", StringComparison.Ordinal)
                .Replace(@"\{name}", "(?<name>.+)", StringComparison.Ordinal);
            _classLabel = new Regex($"^{regex}$", RegexOptions.CultureInvariant, FormValidator.PatternTimeout);
        }

        for (var edition = year; edition >= year - 10 && _functional is null; edition--)
        {
            if (FunctionalCode.TryGetEdition(edition, out var catalog))
            {
                _functional = catalog;
            }
        }
    }

    /// <summary>The row a label names: (kind, id), or null when it names none.</summary>
    public (PrintedRowKind Kind, string Id)? Match(string label)
    {
        var compact = LabelText.Compact(label);
        if (compact.Length == 0)
        {
            return null;
        }

        if (_side.Rows.Total.Labels.Any(l => LabelText.Compact(l) == compact))
        {
            return (PrintedRowKind.Total, "total");
        }

        if (_side.Rows.Source == RowSource.Lines)
        {
            var line = _side.Rows.Lines.FirstOrDefault(l => l.Labels.Any(x => LabelText.Compact(x) == compact));
            return line is null ? null : (PrintedRowKind.Line, line.Id);
        }

        if (_classLabel?.Match(compact) is { Success: true } m)
        {
            var name = m.Groups["name"].Value;
            var code = _functional?.FindByName(name).FirstOrDefault(c => c.Code.Length == 3);
            return (PrintedRowKind.Code, code?.Code ?? name);
        }

        return null;
    }

    /// <summary>True when the label is the start of a fixed line's or the total's label (a label wrapped onto the next line).</summary>
    public bool Begins(string label)
    {
        var compact = LabelText.Compact(label);
        return compact.Length > 0 && _side.Rows.Lines.SelectMany(l => l.Labels).Concat(_side.Rows.Total.Labels)
            .Any(l => LabelText.Compact(l) is var k && k.Length > compact.Length && k.StartsWith(compact, StringComparison.Ordinal));
    }
}
