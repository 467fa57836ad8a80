using System.Text.RegularExpressions;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Reading;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms;

/// <summary>The form reader on the ten published documents (../shared/documents) and on hostile texts.</summary>
public partial class FormReaderTests
{
    private static readonly string Documents = Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents");

    private static string Text(string id) => File.ReadAllText(Path.Combine(Documents, id + ".layout.txt"));

    private static FormDocument ReadDocument(string id) => FormReader.Read(Text(id));

    [Theory]
    [InlineData("shanghai/sh-putuo-finance-2025", "上海市普陀区财政局", 2025, "310107", "department")]
    [InlineData("shanghai/sh-municipal-finance-2025-unit", "上海市财政局", 2025, "310000", "unit")]
    [InlineData("shanghai/sh-putuo-wanli-2023", "上海市普陀区人民政府万里街道办事处", 2023, "310107", "department")]
    [InlineData("shanghai/sh-putuo-welfare-2024-unit", "上海市普陀区社会福利院", 2024, "310107", "unit")]
    [InlineData("shanghai/sh-putuo-govoffice-2025", "上海市普陀区人民政府办公室", 2025, "310107", "department")]
    [InlineData("jiangsu/js-court-2019", "江苏省高级人民法院", 2019, "320000", "department")]
    [InlineData("jiangsu/js-procuratorate-2019", "江苏省人民检察院", 2019, "320000", "department")]
    [InlineData("jiangsu/js-npc-2019-tables", "江苏省人大常委会办公厅", 2019, "320000", "department")]
    public void Each_document_reads_with_its_header_and_its_forms_tables(string id, string department, int year, string region, string kind)
    {
        var document = ReadDocument(id);

        document.Header.ShouldBe(new PrintedHeader(department, year, region, kind));
        document.Tables.Select(t => t.TableId).ShouldBe(document.Form.Tables.Select(t => t.Id), ignoreOrder: true);
    }

    [Theory]
    [InlineData("jiangsu/js-court-2019", 7)]
    [InlineData("shanghai/sh-putuo-wanli-2023", 3)]
    [InlineData("shanghai/sh-municipal-finance-2025-unit", 12)]
    public void A_document_indented_as_a_whole_reads_as_printed(string id, int indent)
    {
        // Another tool than pdftotext (or a hand copy) may indent every line; js-court-2019's 2080505, printed alone between
        // the two lines of its label, is then no longer at the line start.
        var text = Text(id);
        var indented = string.Join('\n', text.Split('\n').Select(l => l.Length == 0 || l == "\f" ? l : l.StartsWith('\f') ? "\f" + new string(' ', indent) + l[1..] : new string(' ', indent) + l));

        ExpectedCells.Render(FormReader.Read(indented)).ShouldBe(ExpectedCells.Render(FormReader.Read(text)));
    }

    [Theory]
    [InlineData("shanghai/sh-putuo-wanli-2023", true)]
    [InlineData("shanghai/sh-putuo-wanli-2023", false)]
    [InlineData("shanghai/sh-putuo-finance-2025", true)]
    [InlineData("shanghai/sh-municipal-finance-2025-unit", false)]
    public void A_table_continued_over_pages_reads_the_same_wherever_the_page_breaks(string id, bool headerRepeated)
    {
        // Another department's table breaks at another row: each page that continues a table (its header repeated, no
        // title) is moved two code rows up, with its header or without it.
        var lines = Text(id).Split('\n').ToList();
        var moved = 0;
        for (var i = lines.Count - 1; i > 0; i--)
        {
            var first = lines.FindIndex(i, l => CodeRow().IsMatch(l.TrimStart('\f')));
            if (!lines[i].StartsWith('\f') || first < 0 || first - i > 10 || lines.Skip(i).Take(first - i).Any(l => TitleOrTotal().IsMatch(l)))
            {
                continue;
            }

            var above = Enumerable.Range(0, i).Reverse().Where(k => CodeRow().IsMatch(lines[k])).Skip(1).FirstOrDefault(-1);
            if (above < 0 || i - above > 40)
            {
                continue;
            }

            var block = lines.GetRange(i, first - i);
            lines.RemoveRange(i, first - i);
            lines.InsertRange(above, headerRepeated ? block : ["\f"]);
            moved++;
            i = above;
        }

        moved.ShouldBeGreaterThan(0);
        ExpectedCells.Render(FormReader.Read(string.Join('\n', lines))).ShouldBe(ExpectedCells.Render(ReadDocument(id)));
    }

    [GeneratedRegex(@"^\d{3}(?:\s+\d{2}){0,2}\s|^\d{3,7}\s")]
    private static partial Regex CodeRow();

    [GeneratedRegex(@"\d{4}\s*年.*表|^\s*合计\s")]
    private static partial Regex TitleOrTotal();

    [Fact]
    public void The_narrative_half_of_a_disclosure_in_two_files_reads_its_cover_and_quotes_and_no_table()
    {
        var document = ReadDocument("jiangsu/js-npc-2019-text");

        document.Header.ShouldBe(new PrintedHeader("江苏省人大常委会办公厅", 2019, "320000", "department"));
        document.Form.Id.ShouldBe("jiangsu-2019");
        document.Tables.ShouldBeEmpty();
        document.Quotes.First(q => q.PatternId == "income-total").Amount.ShouldBe(18330.37m);
    }

    [Fact]
    public void A_contents_page_of_bare_titles_is_not_read_as_the_tables()
    {
        // Jiangsu's 目录 lists the twelve titles on consecutive lines, without page numbers or leaders.
        var document = ReadDocument("jiangsu/js-court-2019");

        document.Tables.ShouldAllBe(t => t.Line > 30);
        document.Tables.Single(t => t.TableId == "t1").Title.ShouldBe("收支预算总表");
    }

    [Fact]
    public void Blanks_land_in_their_columns_by_position()
    {
        var t3 = ReadDocument("shanghai/sh-putuo-finance-2025").Table("t3").ShouldNotBeNull().Sides[0];

        // 201 06 02 prints 合计 and 项目支出 only: the blank is 基本支出.
        t3.Row("2010602").ShouldNotBeNull().Cells.ShouldBe(new decimal?[] { 100000.00m, null, 100000.00m });
        t3.Row("2080501").ShouldNotBeNull().Cells.ShouldBe(new decimal?[] { 877080.00m, 877080.00m, null });
    }

    [Fact]
    public void The_single_row_of_the_three_public_table_places_its_amounts_under_their_headers()
    {
        var t9 = ReadDocument("shanghai/sh-putuo-finance-2025").Table("t9").ShouldNotBeNull().Sides[0];

        t9.Row("row").ShouldNotBeNull().Cells.ShouldBe(new decimal?[] { 0.95m, null, 0.95m, null, null, null, 229.43m });
    }

    [Fact]
    public void Split_codes_read_as_their_digits_and_zero_stays_zero()
    {
        var document = ReadDocument("shanghai/sh-putuo-finance-2025");

        document.Table("t2").ShouldNotBeNull().Sides[0].Row("2010601").ShouldNotBeNull().Label.ShouldBe("行政运行");
        var t8 = document.Table("t8").ShouldNotBeNull().Sides[0];
        t8.Row("30101").ShouldNotBeNull().Cells.ShouldBe(new decimal?[] { 2642448.00m, 2642448.00m, 0.00m });
    }

    [Fact]
    public void A_class_printed_by_name_gets_its_code_and_the_two_sides_of_a_line_stay_apart()
    {
        var t1 = ReadDocument("shanghai/sh-putuo-finance-2025").Table("t1").ShouldNotBeNull();

        t1.Side("expense").ShouldNotBeNull().Row("208").ShouldNotBeNull().Label.ShouldBe("二、社会保障和就业支出");
        t1.Side("income").ShouldNotBeNull().Cell("general", "amount").ShouldBe(31214205.80m);
        t1.Side("income").ShouldNotBeNull().Row("fund").ShouldNotBeNull().Cells.ShouldBe(new decimal?[] { null });
    }

    [Fact]
    public void A_region_without_a_form_is_no_form_in_one_line()
    {
        var text = Text("shanghai/sh-putuo-finance-2025").Replace("上海市普陀区财政局", "四川省财政厅", StringComparison.Ordinal);

        var e = Should.Throw<FormReadException>(() => FormReader.Read(text));

        e.NoForm.ShouldBeTrue();
        e.Message.ShouldContain(FormCatalog.Shipped.NoFormMessage("四川省", 2025));
        e.Message.ShouldNotContain("\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001\u00ff\ufffd\f\f\u0007")]
    [InlineData("                         2025年部门财务收支预算总表")]
    public void A_text_without_a_readable_form_fails_in_one_line(string text)
    {
        var e = Should.Throw<FormReadException>(() => FormReader.Read(text));

        e.NoForm.ShouldBeFalse();
        e.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void A_hundred_thousand_lines_of_digits_fail_cleanly()
    {
        var text = string.Join("\n", Enumerable.Range(0, 100_000).Select(i => (i * 7919L).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Should.Throw<FormReadException>(() => FormReader.Read(text)).Message.ShouldContain("no table title");
    }

    [Fact]
    public void Digits_after_a_real_header_give_a_document_with_what_was_there()
    {
        var head = string.Join("\n", Text("shanghai/sh-putuo-finance-2025").Split('\n').Take(125));
        var text = head + "\n" + string.Join("\n", Enumerable.Range(0, 100_000).Select(i => "1" + new string('9', i % 40)));

        var document = FormReader.Read(text);

        document.Header.RegionCode.ShouldBe("310107");
        document.Tables.Single().TableId.ShouldBe("t1");
    }

    [Fact]
    public void A_truncated_document_reads_the_tables_before_the_cut()
    {
        var text = Text("shanghai/sh-putuo-finance-2025");
        var cut = text[..text.LastIndexOf("2025年部门支出预算总表", StringComparison.Ordinal)];

        var document = FormReader.Read(cut);

        document.Tables.Select(t => t.TableId).ShouldBe(["t1", "t2"]);
    }

    public static TheoryData<string> Lists()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Forms", "Expected");
        foreach (var file in Directory.GetFiles(folder, "*.cells.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_expected_cell_list_matches_the_reading(string file)
    {
        var id = file[..^".cells.txt".Length];
        var region = id.StartsWith("js-", StringComparison.Ordinal) ? "jiangsu" : "shanghai";
        var expected = ExpectedCells.Parse(File.ReadAllLines(Path.Combine(Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Forms", "Expected", file)));
        IReadOnlyList<string> differences;
        try
        {
            differences = ExpectedCells.Compare(expected, ExpectedCells.Render(ReadDocument(region + "/" + id)));
        }
        catch (FormReadException e)
        {
            differences = ["read failed: " + e.Message];
        }

        // What the reader still gets wrong is written down, line by line, in Expected/Known/<id>.differences.txt: the
        // test fails on any change, a mended line (delete it from the file) as much as a new error.
        var knownFile = Path.Combine(Seeds.RepositoryRoot, "tests", "BudgetSdk.Tests", "Forms", "Expected", "Known", id + ".differences.txt");
        var known = File.Exists(knownFile) ? File.ReadAllLines(knownFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray() : [];
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "reader-" + id + ".diff.txt"), differences);
        differences.ShouldBe(known, $"{differences.Count} of {expected.Count} lines differ (known: {known.Length}):\n{string.Join("\n", differences.Take(60))}");
    }
}
