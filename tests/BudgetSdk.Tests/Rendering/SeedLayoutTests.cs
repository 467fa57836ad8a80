using BudgetSdk.Import;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;

namespace BudgetSdk.Tests.Rendering;

/// <summary>
/// The writer prints the seeds' own disclosures as their publishers did: every data row of the nine tables, 序号 and
/// cells, blank for zero, the same as in seed 000 (tab-separated) and seed 002 (DOCX), apart from the cells where the
/// published tables themselves are wrong. A code's name is the code list's (seed 002 prints 2130599 under another
/// name), so names of coded rows are left out of the comparison.
/// </summary>
public class SeedLayoutTests
{
    [Fact]
    public void Lulong_in_tab_text_prints_seed_000s_rows_with_the_three_public_totals_filled_in()
    {
        var differences = RowDifferences(Lulong2024.Facts().Build().GetOrThrow(), TextFormat.TabSeparated, "000");

        // The publisher left 合计, 小计 and 公务用车购置及运维费 blank; a derived table prints their sums.
        differences.ShouldBe(
            [
                "T9 1: written 合计|15.50|15.50||, printed 合计||||",
                "T9 2: written “三公”经费小计|15.50|15.50||, printed “三公”经费小计||||",
                "T9 4: written 二、公务用车购置及运维费|3.50|3.50||, printed 二、公务用车购置及运维费||||",
            ]);
    }

    [Fact]
    public void Qinglong_in_docx_text_prints_seed_002s_rows_but_the_cent_the_publisher_rounded_twice()
    {
        var differences = RowDifferences(Qinglong2024.InYuan().Build().GetOrThrow(), TextFormat.DocxCells, "002");

        differences.ShouldBe(["T6 4: written 30102|12.33|12.33|, printed 30102|12.34|12.34|"]);
    }

    [Fact]
    public void Every_page_of_a_table_repeats_its_page_and_column_headers_and_the_序号_runs_on()
    {
        var disclosure = Lulong2024.Facts().Build().GetOrThrow();
        var text = DisclosureTextWriter.Write(disclosure, TextFormat.TabSeparated, TextLayoutOptions.For(TextFormat.TabSeparated) with { RowsPerPage = 10 });
        var lines = text.Split('\n');

        // T1's 34 rows take four pages, each opened by the department and closed before the next 序号.
        var t1 = lines.SkipWhile(l => l != disclosure[TableId.T1].Title).Skip(1).TakeWhile(l => l != disclosure[TableId.T2].Title).ToArray();
        t1.Count(l => l == "434 卢龙县人民政府办公室").ShouldBe(4);
        t1.Count(l => l.StartsWith("栏次\t1\t2\t3\t4", StringComparison.Ordinal)).ShouldBe(4);
        t1.Where(l => l.Length > 0 && char.IsAsciiDigit(l[0]) && l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t')[0]).ShouldBe(Enumerable.Range(1, 34).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        t1.ShouldContain("2\t二、政府性基金预算拨款收入\t0.26\t二、外交支出\t");
    }

    [Fact]
    public void Each_format_has_its_own_marks()
    {
        var disclosure = Lulong2024.Facts().Build().GetOrThrow();
        var docx = DisclosureTextWriter.Write(disclosure, TextFormat.DocxCells);
        docx.ShouldContain("[bookmark: _Toc_0000000001]部门预算收支总表\n\t434卢龙县人民政府办公室\n\t预算年度：2024\n\t单位：万元\n\n\t序号\n\t收入\n\t支出\n\n");
        docx.ShouldContain("\t1\n\t一、一般公共预算拨款收入\n\t777.37\n\t一、一般公共服务支出\n\t643.65\n\n");

        var spaced = DisclosureTextWriter.Write(disclosure, TextFormat.SpaceSeparated, TextLayoutOptions.For(TextFormat.SpaceSeparated) with { WrapWidth = 6 });
        spaced.ShouldContain("434 卢龙县人民政府办公室 预算年度：2024 单位：万元");
        spaced.ShouldContain("3 20103\n政府办公厅（\n室）及相关机\n构事务\n643.65 643.65 643.65\n");

        var tabbed = DisclosureTextWriter.Write(disclosure, TextFormat.TabSeparated);
        tabbed.ShouldContain("1、**财政拨款收入**：指本级财政当年拨付的资金");
        tabbed.ShouldContain("2024年预算收入777.63万元，其中：一般公共预算拨款收入777.37万元，政府性基金预算拨款收入0.26万元");
    }

    // The data rows of the nine tables, written and published, row by row: "T9 1: written …, printed …".
    private static List<string> RowDifferences(Disclosure disclosure, TextFormat format, string seed)
    {
        var titles = disclosure.Tables.Where(t => t.Id <= TableId.T9).ToDictionary(t => t.Title, t => t.Id);
        var written = PrintedTables.ReadLines(DisclosureTextWriter.Write(disclosure, format).Split('\n'), titles.Keys);
        var printed = PrintedTables.Read(seed, titles.Keys);
        var differences = new List<string>();
        foreach (var (title, id) in titles)
        {
            var coded = id is not (TableId.T1 or TableId.T4 or TableId.T9);
            var ours = written[title];
            var theirs = printed[title].Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
            for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
            {
                var a = i < ours.Count ? Show(ours[i], coded) : "none";
                var b = i < theirs.Count ? Show(theirs[i], coded) : "none";
                if (a != b)
                {
                    differences.Add($"{id} {i + 1}: written {a}, printed {b}");
                }
            }
        }

        return differences;
    }

    private static string Show(Disclosures.PrintedRow row, bool coded) => string.Join('|', coded ? row.Cells.Where((_, i) => i != 1) : row.Cells);
}
