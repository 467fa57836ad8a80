using BudgetSdk.Rules;
using BudgetSdk.Tables;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Reading;

/// <summary>
/// Compares the derived data a document carries with what its facts give. Tables and warnings are written for
/// consumers only; if an edited copy were accepted, the file would say one thing and the disclosure another.
/// </summary>
internal static class DerivedCheck
{
    private const string Advice = "change the facts instead, or leave the property out to have it derived";

    /// <summary>Throws at the first value that differs from the derived one.</summary>
    public static void Verify(ReadOnlySpan<byte> utf8, DocumentContent document, Disclosure derived, bool settingsReplaced)
    {
        var difference = new Difference();
        var same = (document.Tables is not { } tables || Tables(difference, tables, derived.Tables))
            && (document.Warnings is not { } warnings || Warnings(difference, warnings, derived.Warnings));
        if (!same)
        {
            var what = difference.Path!.StartsWith("$.tables", StringComparison.Ordinal) ? "tables" : "warnings";
            var settings = settingsReplaced ? " (they were derived with the settings passed to Deserialize, not the document's)" : string.Empty;
            throw JsonLocator.Error(
                utf8,
                difference.Path,
                $"the document has {difference.Found}{difference.Context}, but the facts give {difference.Expected}{settings}: {what} are derived from the facts and must not be edited",
                $"{difference.Expected}, as derived ({Advice})");
        }
    }

    private static bool Tables(Difference d, IReadOnlyList<BudgetTable> document, IReadOnlyList<BudgetTable> derived)
    {
        if (!d.Same("$.tables", document.Count, derived.Count, n => $"{n} tables"))
        {
            return false;
        }

        for (var t = 0; t < derived.Count; t++)
        {
            var (found, expected) = (document[t], derived[t]);
            var at = $"$.tables[{t}]";
            d.Context = $" in {expected.Id} {expected.Title}";
            if (!(d.Same(at + ".id", found.Id, expected.Id, Name) && d.Same(at + ".title", found.Title, expected.Title, Quote)
                && d.Same(at + ".note", found.Note, expected.Note, Quote) && Strings(d, at + ".columns", found.Columns, expected.Columns)
                && d.Same(at + ".rows", found.Rows.Count, expected.Rows.Count, n => $"{n} rows")))
            {
                return false;
            }

            for (var r = 0; r < expected.Rows.Count; r++)
            {
                var (row, want) = (found.Rows[r], expected.Rows[r]);
                var rowAt = $"{at}.rows[{r}]";
                d.Context = $" in {expected.Id} {expected.Title}, row {RowName(want)}";
                if (!(d.Same(rowAt + ".code", row.Code, want.Code, Quote) && d.Same(rowAt + ".label", row.Label, want.Label, Quote)
                    && d.Same(rowAt + ".expenseLabel", row.ExpenseLabel, want.ExpenseLabel, Quote)
                    && d.Same(rowAt + ".cells", row.Cells.Count, want.Cells.Count, n => $"{n} cells")))
                {
                    return false;
                }

                for (var k = 0; k < want.Cells.Count; k++)
                {
                    d.Context = $" in {expected.Id} {expected.Title}, row {RowName(want)}, column {expected.Columns.ElementAtOrDefault(k)}";
                    if (!d.Same($"{rowAt}.cells[{k}]", row.Cells[k], want.Cells[k], v => Quote(JsonAmounts.Wan(v))))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static bool Warnings(Difference d, IReadOnlyList<Problem> document, IReadOnlyList<Problem> derived)
    {
        d.Context = string.Empty;
        if (!d.Same("$.warnings", document.Count, derived.Count, n => $"{n} warnings"))
        {
            return false;
        }

        for (var i = 0; i < derived.Count; i++)
        {
            var (found, expected) = (document[i], derived[i]);
            var at = $"$.warnings[{i}]";
            if (!(d.Same(at + ".ruleId", found.RuleId, expected.RuleId, Quote) && d.Same(at + ".severity", found.Severity, expected.Severity, s => JsonNames.Severity.NameOf(s))
                && d.Same(at + ".location", found.Location, expected.Location, Quote) && d.Same(at + ".message", found.Message, expected.Message, Quote)
                && d.Same(at + ".expected", found.Expected, expected.Expected, Quote) && d.Same(at + ".actual", found.Actual, expected.Actual, Quote)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Strings(Difference d, string at, IReadOnlyList<string> found, IReadOnlyList<string> expected)
    {
        if (!d.Same(at, found.Count, expected.Count, n => $"{n} entries"))
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!d.Same($"{at}[{i}]", found[i], expected[i], Quote))
            {
                return false;
            }
        }

        return true;
    }

    private static string RowName(TableRow row) => string.Join(" ", new[] { row.Code, row.Label, row.ExpenseLabel }.Where(s => !string.IsNullOrEmpty(s)));

    private static string Name(TableId id) => Quote(JsonNames.Table.NameOf(id));

    private static string Quote(string? text) => text is null ? "null" : $"\"{text}\"";

    /// <summary>The first difference found: where, what the document has, what the facts give.</summary>
    private sealed class Difference
    {
        public string? Path { get; private set; }

        public string Found { get; private set; } = string.Empty;

        public string Expected { get; private set; } = string.Empty;

        public string Context { get; set; } = string.Empty;

        public bool Same<T>(string path, T found, T expected, Func<T, string> show)
        {
            if (EqualityComparer<T>.Default.Equals(found, expected))
            {
                return true;
            }

            (Path, Found, Expected) = (path, show(found), show(expected));
            return false;
        }
    }
}
