using System.Text.RegularExpressions;
using BudgetSdk.Forms.Model;

namespace BudgetSdk.Forms.Schema;

/// <summary>
/// Checks what a form file says about itself across properties: ids unique, every <c>sums</c> naming a column or line of its
/// side, every identity and quote naming a cell the form has, every pattern a regular expression with the groups it needs.
/// </summary>
internal static class FormValidator
{
    /// <summary>How long one match of a narrative pattern may take: a pattern from a user's file must not hang a reader.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Checks a form; <paramref name="tablePath"/> and <paramref name="identityPath"/> place a table or identity in
    /// the file (a form based on another holds some of them in its base's file); null: <c>$.tables[i]</c>, <c>$.identities[i]</c>.</summary>
    public static void Check(JsonCursor root, FormTemplate form, Func<int, string>? tablePath = null, Func<int, string>? identityPath = null)
    {
        var file = root.File;
        tablePath ??= t => $"$.tables[{t}]";
        identityPath ??= i => $"$.identities[{i}]";
        Unique(file, "$.kinds", form.Kinds.Select(k => k.Id), "kind");
        Unique(file, "$.tables", form.Tables.Select(t => t.Id), "table id");
        for (var t = 0; t < form.Tables.Count; t++)
        {
            var table = form.Tables[t];
            Placeholders(file, $"{tablePath(t)}.titles", table.Titles);
            if (table.EmptyNote is not null)
            {
                Placeholders(file, $"{tablePath(t)}.emptyNote", new[] { table.EmptyNote });
            }

            var single = table.Sides.Count == 1 && table.Sides[0].Id == FormCellRef.MainSide;
            Unique(file, $"{tablePath(t)}.sides", table.Sides.Select(s => s.Id), "side id");
            for (var s = 0; s < table.Sides.Count; s++)
            {
                var sidePath = single ? tablePath(t) : $"{tablePath(t)}.sides[{s}]";
                CheckSide(file, sidePath, table.Sides[s]);
                DocumentKinds(file, sidePath, form, table.Sides[s]);
            }
        }

        Unique(file, "$.identities", form.Identities.Select(i => i.Id), "identity id");
        for (var i = 0; i < form.Identities.Count; i++)
        {
            var identity = form.Identities[i];
            CheckCell(file, $"{identityPath(i)}.left", form, identity.Left);
            for (var r = 0; r < identity.Right.Count; r++)
            {
                CheckCell(file, $"{identityPath(i)}.right[{r}]", form, identity.Right[r]);
            }
        }

        for (var q = 0; q < form.Narrative.Quotes.Count; q++)
        {
            var quote = form.Narrative.Quotes[q];
            var regex = Compile(file, $"$.narrative.quotes[{q}].pattern", quote.Pattern, "amount");
            var path = $"$.narrative.quotes[{q}].cell";
            var hasCode = quote.Cell.Contains("{code}", StringComparison.Ordinal);
            if (hasCode && Array.IndexOf(regex.GetGroupNames(), "class") < 0)
            {
                throw new FormSchemaException(file, $"$.narrative.quotes[{q}].pattern", "has no group (?<class>…); expected the 类 name (and 款 kind, 项 item) for a cell with {code}");
            }

            CheckCell(file, path, form, Cell(file, path, quote.Cell.Replace("{code}", "201", StringComparison.Ordinal)));
        }

        for (var c = 0; c < form.Narrative.Changes.Count; c++)
        {
            var change = form.Narrative.Changes[c];
            Compile(file, $"$.narrative.changes[{c}].pattern", change.Pattern, "amount", "direction");
            if (change.Cell is not null)
            {
                var path = $"$.narrative.changes[{c}].cell";
                CheckCell(file, path, form, Cell(file, path, change.Cell.Replace("{code}", "201", StringComparison.Ordinal)));
            }
        }
    }

    private static void CheckSide(string file, string path, FormSide side)
    {
        Unique(file, $"{path}.columns", side.Columns.Select(c => c.Id), "column id");
        if (side.Columns.Count == 0)
        {
            throw new FormSchemaException(file, $"{path}.columns", "is empty; expected at least one amount column");
        }

        for (var c = 0; c < side.Columns.Count; c++)
        {
            Sums(file, $"{path}.columns[{c}].sums", side.Columns[c].Id, side.Columns[c].Sums, side.Columns.Select(x => x.Id).ToArray(), "column");
        }

        var lines = side.Rows.Lines.Select(l => l.Id).ToArray();
        Unique(file, $"{path}.rows.lines", lines, "line id");
        for (var l = 0; l < side.Rows.Lines.Count; l++)
        {
            var line = side.Rows.Lines[l];
            if (line.Id is FormCellRef.TotalRow or FormCellRef.SingleRow or FormCellRef.EachCode || line.Id.All(char.IsAsciiDigit))
            {
                throw new FormSchemaException(file, $"{path}.rows.lines[{l}].id", $"is \"{line.Id}\", which names a total, single or code row; expected another id");
            }

            Sums(file, $"{path}.rows.lines[{l}].sums", line.Id, line.Sums, lines, "line");
        }

        Sums(file, $"{path}.rows.total.sums", FormCellRef.TotalRow, side.Rows.Total.Sums, lines, "line");
        if (side.Rows.ClassLabels is { } labels && !labels.Contains("{name}", StringComparison.Ordinal))
        {
            throw new FormSchemaException(file, $"{path}.rows.classLabels", $"is \"{labels}\"; expected a pattern with {{name}} (and {{n}} for the ordinal), e.g. {{n}}、{{name}}");
        }
    }

    // A column printed only by some kinds must name kinds the form declares, or it would never (or always) print.
    private static void DocumentKinds(string file, string path, FormTemplate form, FormSide side)
    {
        var known = form.Kinds.Select(k => k.Id).ToArray();
        for (var c = 0; c < side.Columns.Count; c++)
        {
            var kinds = side.Columns[c].DocumentKinds ?? Array.Empty<string>();
            for (var k = 0; k < kinds.Count; k++)
            {
                if (!known.Contains(kinds[k]))
                {
                    throw new FormSchemaException(file, $"{path}.columns[{c}].documentKinds[{k}]", $"is \"{kinds[k]}\"; expected one of {string.Join(", ", known)}");
                }
            }
        }
    }

    private static void Sums(string file, string path, string self, IReadOnlyList<string> sums, IReadOnlyList<string> known, string what)
    {
        for (var i = 0; i < sums.Count; i++)
        {
            if (sums[i] == self || !known.Contains(sums[i]))
            {
                throw new FormSchemaException(file, $"{path}[{i}]", $"names \"{sums[i]}\"; expected another {what} of the same side: one of {string.Join(", ", known.Where(k => k != self))}");
            }
        }
    }

    private static void CheckCell(string file, string path, FormTemplate form, FormCellRef cell)
    {
        var table = form.Table(cell.Table) ?? throw new FormSchemaException(file, path, $"names table \"{cell.Table}\"; expected one of {string.Join(", ", form.Tables.Select(t => t.Id))}");
        var side = table.Side(cell.Side) ?? throw new FormSchemaException(file, path, $"names side \"{cell.Side}\" of {table.Id}; expected one of {string.Join(", ", table.Sides.Select(s => s.Id))}");
        if (side.Column(cell.Column) is null)
        {
            throw new FormSchemaException(file, path, $"names column \"{cell.Column}\" of {table.Id}.{side.Id}; expected one of {string.Join(", ", side.Columns.Select(c => c.Id))}");
        }

        var rows = side.Rows;
        var valid = cell.Row switch
        {
            FormCellRef.TotalRow => rows.Total.Position != TotalPosition.None || rows.Source == RowSource.Single,
            FormCellRef.SingleRow => rows.Source == RowSource.Single,
            FormCellRef.EachCode => rows.Source == RowSource.Codes || rows.ClassLabels is not null || rows.HasCodeLines,
            var row when row.All(char.IsAsciiDigit) => rows.Source == RowSource.Codes || rows.ClassLabels is not null || rows.LineFor(row) is not null,
            var row => rows.Lines.Any(l => l.Id == row),
        };
        if (!valid)
        {
            var expected = rows.Source switch
            {
                RowSource.Lines => string.Join(", ", rows.Lines.Select(l => l.Id).Append(FormCellRef.TotalRow)),
                RowSource.Codes => "a code, * or total",
                _ => "row",
            };
            throw new FormSchemaException(file, path, $"names row \"{cell.Row}\" of {table.Id}.{side.Id}; expected {expected}");
        }
    }

    private static FormCellRef Cell(string file, string path, string text)
        => FormCellRef.TryParse(text) ?? throw new FormSchemaException(file, path, $"is \"{text}\"; expected table.row.column or table.side.row.column");

    private static Regex Compile(string file, string path, string pattern, params string[] groups)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (ArgumentException e)
        {
            throw new FormSchemaException(file, path, "is not a .NET regular expression: " + e.Message, e);
        }

        foreach (var group in groups)
        {
            if (Array.IndexOf(regex.GetGroupNames(), group) < 0)
            {
                throw new FormSchemaException(file, path, $"has no group (?<{group}>…); expected one");
            }
        }

        return regex;
    }

    private static void Placeholders(string file, string path, IReadOnlyList<string> texts)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (Match m in Regex.Matches(texts[i], @"\{[^}]*\}"))
            {
                if (m.Value is not ("{year}" or "{kind}" or "{lastYear}"))
                {
                    throw new FormSchemaException(file, path, $"holds {m.Value}; expected only the placeholders {{year}}, {{lastYear}} and {{kind}}");
                }
            }
        }
    }

    private static void Unique(string file, string path, IEnumerable<string> ids, string what)
    {
        var repeated = ids.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new FormSchemaException(file, path, $"has {what} \"{repeated.Key}\" more than once; expected each once");
        }
    }
}
