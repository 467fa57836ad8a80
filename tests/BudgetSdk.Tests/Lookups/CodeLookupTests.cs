using BudgetSdk.Codes;

namespace BudgetSdk.Tests.Lookups;

/// <summary>
/// Lookups by code, exhaustively: every digit string of one to six digits and every seven under a 类, against every catalog (three code systems ×
/// two editions), from a string and from a span; every code found, nothing else found, and nothing allocated.
/// </summary>
public class CodeLookupTests
{
    public static TheoryData<string, int> AllCatalogs => Catalogs.All;

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Every_digit_string_finds_its_code_and_only_that(string system, int edition)
        => Catalogs.Visit(system, edition, new EveryDigitString());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Every_code_is_found_from_a_span_inside_a_longer_text_and_with_white_space_around(string system, int edition)
        => Catalogs.Visit(system, edition, new InsideText());

    [Theory]
    [MemberData(nameof(AllCatalogs))]
    public void Near_misses_of_every_code_are_not_codes(string system, int edition)
        => Catalogs.Visit(system, edition, new NearMisses());

    [Theory]
    [InlineData("２０１")]
    [InlineData("٢٠١")]
    [InlineData("20/")]
    [InlineData("20:")]
    [InlineData("2010301\u200B")]
    [InlineData("1201")]
    [InlineData("0201")]
    [InlineData("0000000000000000201")]
    [InlineData("99999999999999999999999")]
    [InlineData("18446744073709551616201")]
    public void Other_digits_neighbours_of_digits_and_long_or_padded_numbers_are_not_codes(string input)
    {
        FunctionalCode.TryParse(input, out _).ShouldBeFalse();
        FunctionalCode.TryParse(input.AsSpan(), out _).ShouldBeFalse();
        DepartmentEconomicCode.TryParse(input, out _).ShouldBeFalse();
    }

    [Fact]
    public void Lookups_by_code_allocate_nothing()
    {
        var catalog = FunctionalCode.Edition2024.Catalog;
        var codes = catalog.Select(c => c.Code).Append(" 2010301 ").Append("2019998").Append("abc").ToArray();
        Lookup(catalog, codes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Lookup(catalog, codes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        found.ShouldBe(2 * (catalog.Count + 1));
        allocated.ShouldBe(0);
    }

    private static int Lookup(CodeCatalog<FunctionalCode> catalog, string[] codes)
    {
        var found = 0;
        foreach (var code in codes)
        {
            found += catalog.TryParse(code, out _) ? 1 : 0;
            found += catalog.TryParse(code.AsSpan(), out _) ? 1 : 0;
        }

        return found;
    }

    private sealed class EveryDigitString : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var found = 0;
            var wrong = new List<string>();
            void Check(ReadOnlySpan<char> text)
            {
                if (catalog.TryParse(text, out var code))
                {
                    found++;
                    if (!code.Code.AsSpan().SequenceEqual(text))
                    {
                        wrong.Add($"{text} → {code}");
                    }
                }
            }

            // Every string of one to six digits; of seven digits, every one under a 类 of the catalog, which is
            // where its 项 are (a million strings per catalog instead of ten).
            Span<char> digits = stackalloc char[7];
            for (var length = 1; length <= 6; length++)
            {
                EveryString(digits[..length], 0, Check);
            }

            foreach (var root in catalog.Roots)
            {
                root.Code.AsSpan().CopyTo(digits);
                EveryString(digits, root.Code.Length, Check);
            }

            wrong.ShouldBeEmpty(catalog.ToString());
            found.ShouldBe(catalog.Count, $"{catalog}: every code, each once, and nothing else");
        }

        /// <summary>Calls <paramref name="check"/> with every digit string that keeps the first <paramref name="fixedDigits"/>.</summary>
        private static void EveryString(Span<char> digits, int fixedDigits, CheckText check)
        {
            digits[fixedDigits..].Fill('0');
            do
            {
                check(digits);
            }
            while (Increment(digits[fixedDigits..]));
        }

        /// <summary>The next digit string of the same length; false after the last (all nines).</summary>
        private static bool Increment(Span<char> digits)
        {
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                if (digits[i] < '9')
                {
                    digits[i]++;
                    return true;
                }

                digits[i] = '0';
            }

            return false;
        }

        private delegate void CheckText(ReadOnlySpan<char> text);
    }

    private sealed class InsideText : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var missed = new List<string>();
            foreach (var code in catalog)
            {
                var text = $"科目{code.Code}合计";
                var span = text.AsSpan(2, code.Code.Length);
                var ok = catalog.TryParse(span, out var fromSpan) && ReferenceEquals(fromSpan, code)
                    && ReferenceEquals(catalog.Parse($"\u3000{code.Code}\t"), code)
                    && ReferenceEquals(catalog.Parse($" {code.Code}\r\n".AsSpan()), code);
                if (!ok)
                {
                    missed.Add(code.ToString());
                }
            }

            missed.ShouldBeEmpty(catalog.ToString());
        }
    }

    private sealed class NearMisses : ICatalogVisitor
    {
        public void Visit<TCode>(CodeCatalog<TCode> catalog)
            where TCode : ClassificationCode<TCode>
        {
            var codes = catalog.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            var wrong = new List<string>();
            foreach (var code in codes)
            {
                string[] misses = ["0" + code, code + "0", code + "x", "x" + code, code[..^1] + "x", code.Replace(code[^1], '９'), code.Insert(1, " ")];
                foreach (var miss in misses.Where(m => !codes.Contains(m)))
                {
                    if (catalog.TryParse(miss, out _) || catalog.TryParse(miss.AsSpan(), out _))
                    {
                        wrong.Add(miss);
                    }
                }
            }

            wrong.ShouldBeEmpty(catalog.ToString());
        }
    }
}
