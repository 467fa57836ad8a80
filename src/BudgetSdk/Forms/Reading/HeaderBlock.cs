using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Reading;

/// <summary>
/// Reads the block between a table's title and its column headers: the department after 编制部门： / 部门名称： (on the
/// same line, on the next, or wrapped onto the next) and the unit after 单位： (元 or 万元, 万 / 元 wrapped over two lines).
/// </summary>
internal static class HeaderBlock
{
    // The header block is this many lines at most after a title; a label further down belongs to something else.
    private const int Depth = 6;

    /// <summary>The department the block names, or null.</summary>
    public static string? Department(IReadOnlyList<LayoutLine> lines, int titleIndex, FormHeader header)
    {
        if (header.DepartmentCode && CodedLine(lines, titleIndex, header) is { } coded)
        {
            return coded.Name;
        }

        for (var i = titleIndex; i < Math.Min(lines.Count, titleIndex + Depth); i++)
        {
            var text = lines[i].Text;
            foreach (var label in header.Department)
            {
                var at = text.IndexOf(label, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var rest = Cut(text[(at + label.Length)..], header);
                var next = NextPrinted(lines, i);
                if (rest.Length == 0)
                {
                    return next is null ? null : Cut(next.Text, header).Trim() is { Length: > 0 } n ? n : null;
                }

                // A name wrapped onto the next line: a short first word there, then (after a gap) the unit label.
                if (!HasUnit(text, header) && next is not null && HasUnit(next.Text, header) && Cut(next.Text, header) is { Length: > 0 and <= 6 } tail && next.Text.TrimStart() == next.Text)
                {
                    return rest + tail;
                }

                return rest;
            }
        }

        return null;
    }

    /// <summary>The 部门编码 printed before the department's name (<see cref="FormHeader.DepartmentCode"/>), or null.</summary>
    public static string? DepartmentCode(IReadOnlyList<LayoutLine> lines, int titleIndex, FormHeader header)
        => header.DepartmentCode ? CodedLine(lines, titleIndex, header)?.Code : null;

    /// <summary>The budget year after one of the form's year labels (预算年度：2024), or null.</summary>
    public static int? Year(IReadOnlyList<LayoutLine> lines, int titleIndex, FormHeader header)
    {
        for (var i = titleIndex; i < Math.Min(lines.Count, titleIndex + Depth); i++)
        {
            var compact = LabelText.Compact(lines[i].Text);
            foreach (var label in header.Year.Select(LabelText.Compact))
            {
                var at = compact.IndexOf(label, StringComparison.Ordinal);
                if (at >= 0 && compact.Length >= at + label.Length + 4 && int.TryParse(compact.AsSpan(at + label.Length, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                {
                    return year;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The index of the first line after the block's own lines where a form names the department by its 部门编码 or prints
    /// the year (434 卢龙县人民政府办公室 / 预算年度：2024 / 单位：万元): those lines would read as a code row and an amount.
    /// Other forms' blocks are told from rows by their labels; for them this is the line after the title.
    /// </summary>
    public static int End(IReadOnlyList<LayoutLine> lines, int titleIndex, FormHeader header)
    {
        var i = titleIndex + 1;
        if (!header.DepartmentCode && header.Year.Count == 0)
        {
            return i;
        }

        var named = !header.DepartmentCode;
        for (; i < Math.Min(lines.Count, titleIndex + Depth); i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0 || header.Year.Concat(header.Unit).Any(l => text.StartsWith(l, StringComparison.Ordinal)))
            {
                continue;
            }

            if (named)
            {
                break;
            }

            named = true;
        }

        return i;
    }

    /// <summary>The unit the block prints, or the form's when it prints none.</summary>
    public static MoneyUnit Unit(IReadOnlyList<LayoutLine> lines, int titleIndex, FormHeader header, MoneyUnit fallback)
    {
        for (var i = titleIndex; i < Math.Min(lines.Count, titleIndex + Depth); i++)
        {
            var compact = LabelText.Compact(lines[i].Text);
            foreach (var label in header.Unit)
            {
                var key = LabelText.Compact(label);

                // 编制单位： contains 单位： too: every occurrence is tried, the one followed by 元 or 万 wins.
                for (var at = compact.IndexOf(key, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(key, at + 1, StringComparison.Ordinal))
                {
                    var after = compact[(at + key.Length)..];
                    if (after.StartsWith('万'))
                    {
                        return MoneyUnit.TenThousandYuan;
                    }

                    if (after.StartsWith('元'))
                    {
                        return MoneyUnit.Yuan;
                    }
                }
            }
        }

        return fallback;
    }

    // The first printed line under the title that is not the year's or the unit's: the 部门编码 (when printed) and the name,
    // which ends at a gap of two spaces or at the unit label.
    private static (string? Code, string Name)? CodedLine(IReadOnlyList<LayoutLine> lines, int titleIndex, FormHeader header)
    {
        for (var i = titleIndex + 1; i < Math.Min(lines.Count, titleIndex + Depth); i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0 || header.Year.Any(y => text.StartsWith(y, StringComparison.Ordinal)) || header.Unit.Any(u => text.StartsWith(u, StringComparison.Ordinal)))
            {
                continue;
            }

            var digits = text.TakeWhile(char.IsAsciiDigit).Count();
            var code = digits == 3 ? text[..3] : null;
            var name = Cut(code is null ? text : text[3..], header);
            return name.Length > 0 ? (code, name) : null;
        }

        return null;
    }

    private static bool HasUnit(string text, FormHeader header) => header.Unit.Any(u => text.Contains(u, StringComparison.Ordinal));

    private static LayoutLine? NextPrinted(IReadOnlyList<LayoutLine> lines, int i)
    {
        for (var k = i + 1; k < Math.Min(lines.Count, i + 3); k++)
        {
            if (!lines[k].IsBlank)
            {
                return lines[k];
            }
        }

        return null;
    }

    // The name ends at a gap of two spaces or at the unit label.
    private static string Cut(string text, FormHeader header)
    {
        var s = text.TrimStart();
        foreach (var u in header.Unit)
        {
            var at = s.IndexOf(u, StringComparison.Ordinal);
            if (at >= 0)
            {
                s = s[..at];
            }
        }

        var gap = s.IndexOf("  ", StringComparison.Ordinal);
        return (gap >= 0 ? s[..gap] : s).Trim();
    }
}
