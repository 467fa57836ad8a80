using System.Text.RegularExpressions;
using BudgetSdk.Codes;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Schema;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Checking;

/// <summary>
/// Check 6: one code printed under different names in one document (类 210 as 医疗卫生与计划生育支出 in T1 and 卫生健康支出 in T2).
/// Names are gathered from every code row (a 类 printed by name only loses its <see cref="FormRows.ClassLabels"/> ordinal) and
/// from the 类/款/项 names of the narrative's quotes; names differing only in bracket width, spaces or 其它/其他 are one name.
/// </summary>
internal static class CodeNames
{
    private const string Narrative = "narrative";

    public static void Check(FormDocument document, List<Finding> findings)
    {
        // (system, code) → normalized name → (first printed form, where, first line)
        var names = new SortedDictionary<(RowCodeSystem System, string Code), Dictionary<string, (string Printed, SortedSet<string> Where, int Line)>>();
        void Add(RowCodeSystem system, string code, string name, string where, int line)
        {
            var key = Normal(name);
            if (key.Length == 0)
            {
                return;
            }

            if (!names.TryGetValue((system, code), out var byName))
            {
                names[(system, code)] = byName = new Dictionary<string, (string, SortedSet<string>, int)>(StringComparer.Ordinal);
            }

            if (!byName.TryGetValue(key, out var entry))
            {
                byName[key] = entry = (name.Trim(), new SortedSet<string>(StringComparer.Ordinal), line);
            }

            entry.Where.Add(where);
        }

        foreach (var table in document.Tables)
        {
            foreach (var side in table.Sides)
            {
                if (document.Form.Table(table.TableId)?.Side(side.SideId)?.Rows is not { Source: RowSource.Codes } rows)
                {
                    continue;
                }

                var label = LabelPattern(rows.ClassLabels);
                foreach (var row in side.Rows.Where(r => r.Kind == PrintedRowKind.Code))
                {
                    var name = label?.Match(row.Label) is { Success: true } m ? m.Groups["name"].Value : row.Label;
                    Add(rows.CodeSystem, row.Id, name, table.TableId, row.Line);
                }
            }
        }

        foreach (var quote in document.Quotes)
        {
            if (quote.Cell is { } cell && cell.Row.All(char.IsAsciiDigit) && document.Form.Table(cell.Table)?.Side(cell.Side)?.Rows is { Source: RowSource.Codes } rows)
            {
                for (var i = 0; i < quote.Names.Count && i < rows.Levels.Count && rows.Levels[i] <= cell.Row.Length; i++)
                {
                    Add(rows.CodeSystem, cell.Row[..rows.Levels[i]], quote.Names[i], Narrative, quote.Line);
                }
            }
        }

        foreach (var ((system, code), byName) in names)
        {
            if (byName.Count < 2)
            {
                continue;
            }

            var ordered = byName.Values.OrderBy(v => v.Line).ToArray();
            var listed = string.Join("; ", ordered.Select(v => $"{v.Printed} in {string.Join(", ", v.Where.OrderBy(w => w == Narrative).ThenBy(w => w, StringComparer.Ordinal))}"));
            var current = CurrentName(system, code, document.Header.Year);
            var message = $"code {code} is printed under {byName.Count} names: {listed}" + (current is { } named ? $"; the {named.Edition} edition names it {named.Name}" : string.Empty);
            findings.Add(FindingText.Of(FormRules.CodeName, $"code:{code}", string.Join(" | ", ordered.Select(v => v.Printed)), current?.Name, message, ordered[1].Line));
        }
    }

    /// <summary>The name the code list in force for the year gives, with that list's edition.</summary>
    private static (string Name, int Edition)? CurrentName(RowCodeSystem system, string code, int year)
    {
        if (system == RowCodeSystem.Functional && EditionInForce.Functional(year) is { } functional)
        {
            return functional.TryParse(code, out var c) ? (c.Name, functional.Edition) : null;
        }

        if (system == RowCodeSystem.DepartmentEconomic && EditionInForce.DepartmentEconomic(year) is { } economic)
        {
            return economic.TryParse(code, out var c) ? (c.Name, economic.Edition) : null;
        }

        return null;
    }

    /// <summary><c>{n}、{name}</c> as a regex with the name as a group; null when the side prints codes.</summary>
    private static Regex? LabelPattern(string? classLabels)
    {
        if (classLabels is null || !classLabels.Contains("{name}", StringComparison.Ordinal))
        {
            return null;
        }

        var pattern = "^" + Regex.Escape(classLabels).Replace(@"\{n}", "[一二三四五六七八九十百零〇]+", StringComparison.Ordinal)
            .Replace(@"\{name}", "(?<name>.+)", StringComparison.Ordinal) + "$";
        return new Regex(pattern, RegexOptions.CultureInvariant, FormValidator.PatternTimeout);
    }

    private static string Normal(string name)
        => new string(name.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c }).ToArray())
            .Replace("其它", "其他", StringComparison.Ordinal);
}
