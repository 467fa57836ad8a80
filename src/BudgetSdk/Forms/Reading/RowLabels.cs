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

    // The fixed lines labelled group/item (一般公共预算资金/小计), compact, split once: every label run of the side asks.
    private readonly (string Id, string Group, string Item)[] _grouped;

    public RowLabels(FormSide side, int year)
    {
        _side = side;
        _grouped = side.Rows.Lines.SelectMany(l => l.Labels.Select(LabelText.Compact).Where(x => x.IndexOf('/', StringComparison.Ordinal) > 0)
            .Select(x => (l.Id, x[..x.IndexOf('/', StringComparison.Ordinal)], x[(x.IndexOf('/', StringComparison.Ordinal) + 1)..]))).ToArray();
        if (side.Rows.ClassLabels is { Length: > 0 } pattern)
        {
            var regex = Regex.Escape(LabelText.Compact(pattern))
                .Replace(@"\{n}", "[一二三四五六七八九十百零〇]+", StringComparison.Ordinal)
                .Replace(@"\{name}", "(?<name>.+)", StringComparison.Ordinal);
            _classLabel = new Regex($"^{regex}$", RegexOptions.CultureInvariant, FormValidator.PatternTimeout);
        }

        _functional = EditionInForce.Functional(year);
    }

    /// <summary>The row a label names: (kind, id), or null when it names none. A label two fixed lines print (Hebei's
    /// 一、一般公共预算拨款 for this year's money and, under 年初财政拨款结转和结余, for the carry-over) names the first of
    /// them not <paramref name="read"/> yet.</summary>
    public (PrintedRowKind Kind, string Id)? Match(string label, Func<string, bool>? read = null)
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
            var lines = _side.Rows.Lines.Where(l => l.Labels.Any(x => LabelText.Compact(x) == compact)).ToArray();
            var line = lines.Length > 1 && read is not null ? lines.FirstOrDefault(l => !read(l.Id)) ?? lines[0] : lines.FirstOrDefault();
            return line is null ? null : (PrintedRowKind.Line, line.Id);
        }

        if (_classLabel?.Match(compact) is { Success: true } m)
        {
            var name = m.Groups["name"].Value;
            var code = _functional?.FindByName(name).FirstOrDefault(c => c.Code.Length == 3);
            if (code is null && BeginsClassName(name))
            {
                // 七、文化旅游体育与传媒支 / 出: the name wraps onto the next line.
                return null;
            }

            return (PrintedRowKind.Code, code?.Code ?? name);
        }

        return null;
    }

    // True when a 类's name or alias starts with the printed part and is longer.
    private bool BeginsClassName(string part)
        => _functional is { } catalog && catalog.Roots.Any(c => c.Aliases.Prepend(c.Name)
            .Any(n => LabelText.Compact(n) is var k && k.Length > part.Length && k.StartsWith(part, StringComparison.Ordinal)));

    /// <summary>True when some fixed line is labelled <c>group/item</c> with this item (小计 under 一般公共预算资金/小计): a
    /// two-level label whose group is printed once, in a cell spanning the group's lines.</summary>
    public bool IsGroupItem(string item)
    {
        var compact = LabelText.Compact(item);
        return compact.Length > 0 && _grouped.Any(g => g.Item == compact);
    }

    /// <summary>True when some fixed line is labelled <c>group/item</c> with this group.</summary>
    public bool IsGroup(string group)
    {
        var compact = LabelText.Compact(group);
        return compact.Length > 0 && _grouped.Any(g => g.Group == compact);
    }

    /// <summary>The fixed line labelled <c>group/item</c>, or null.</summary>
    public string? GroupLine(string group, string item)
    {
        var (g, i) = (LabelText.Compact(group), LabelText.Compact(item));
        return _grouped.FirstOrDefault(x => x.Group == g && x.Item == i).Id;
    }

    /// <summary>True when the label is the start of a fixed line's, the total's or a 类's label (a label wrapped onto the next line).</summary>
    public bool Begins(string label)
    {
        var compact = LabelText.Compact(label);
        if (compact.Length == 0)
        {
            return false;
        }

        if (_classLabel?.Match(compact) is { Success: true } m && BeginsClassName(m.Groups["name"].Value))
        {
            return true;
        }

        return _side.Rows.Lines.SelectMany(l => l.Labels).Concat(_side.Rows.Total.Labels)
            .Any(l => LabelText.Compact(l) is var k && k.Length > compact.Length && k.StartsWith(compact, StringComparison.Ordinal));
    }
}
