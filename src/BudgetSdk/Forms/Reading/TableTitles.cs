using System.Text.RegularExpressions;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Forms.Reading;

/// <summary>A table title found in the text: which table, the year and kind it names, the line.</summary>
internal sealed record TitleHit(FormTemplate Form, FormTable Table, int Year, string Kind, LayoutLine Line, string Printed);

/// <summary>
/// Finds the titles of a form's tables: a line whose compact text ends with the title (<c>{year}</c> any four digits,
/// <c>{kind}</c> one of the kind labels) after at most a short prefix (a list number, 公开01表), not a contents line.
/// </summary>
internal sealed class TableTitles
{
    // A title prefixed by more than this is a sentence that mentions the table (详见…), not the title.
    private const int MaxPrefix = 10;

    private readonly List<(FormTemplate Form, FormTable Table, Regex Pattern, int Length)> _patterns = [];

    public TableTitles(IEnumerable<FormTemplate> forms)
    {
        foreach (var form in forms)
        {
            var kinds = string.Join("|", form.Kinds.SelectMany(k => k.Labels.Select(l => (Kind: k.Id, Label: l)))
                .OrderByDescending(k => k.Label.Length).Select(k => $"(?<k_{k.Kind}>{Regex.Escape(LabelText.Compact(k.Label))})"));
            foreach (var table in form.Tables)
            {
                foreach (var title in table.Titles)
                {
                    var compact = Regex.Escape(LabelText.Compact(title))
                        .Replace(@"\{year}", @"(?<year>\d{4})", StringComparison.Ordinal)
                        .Replace(@"\{kind}", $"(?:{kinds})", StringComparison.Ordinal);
                    var pattern = new Regex($"^(?<prefix>.{{0,{MaxPrefix}}}?){compact}$", RegexOptions.CultureInvariant, FormValidator.PatternTimeout);
                    _patterns.Add((form, table, pattern, title.Length));
                }
            }
        }
    }

    /// <summary>For each form, the title a line prints, the longest that matches (财政拨款收支预算总表 over 收支预算总表).</summary>
    public IEnumerable<TitleHit> Match(LayoutLine line)
    {
        if (line.IsBlank || line.Text.Length > 400 || LabelText.IsContentsLine(line.Text))
        {
            return [];
        }

        return _patterns.Select(p => p.Form).Distinct().Select(f => Match(line, f)).OfType<TitleHit>().ToArray();
    }

    private TitleHit? Match(LayoutLine line, FormTemplate only)
    {
        var compact = LabelText.Compact(line.Text).TrimEnd('。');
        TitleHit? best = null;
        var bestLength = -1;
        foreach (var (form, table, pattern, length) in _patterns.Where(p => p.Form == only))
        {
            var m = pattern.Match(compact);
            if (!m.Success || length <= bestLength || m.Groups["prefix"].Value.Any(char.IsAsciiLetter))
            {
                continue;
            }

            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var kind = form.Kinds.FirstOrDefault(k => m.Groups["k_" + k.Id].Success)?.Id ?? form.Kinds.FirstOrDefault()?.Id ?? "department";
            best = new TitleHit(form, table, year, kind, line, line.Text.Trim());
            bestLength = length;
        }

        return best;
    }
}
