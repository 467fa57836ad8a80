using System.Text.RegularExpressions;
using BudgetSdk.Audit;
using BudgetSdk.Import;
using BudgetSdk.Rules;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// BDR0907 on seed 000 cut down: a document that prints some tables only is read as far as it goes, and each table
/// the template lists that it lacks is one error naming the table by its title. Text cut off inside a table stays a
/// refusal.
/// </summary>
public partial class RequiredTablesTests
{
    private static readonly TableId[] Nine = Enum.GetValues<TableId>().Where(t => t <= TableId.T9).ToArray();

    [Fact]
    public void A_file_with_only_an_empty_T9_never_audits_clean()
    {
        var lines = SeedCuts.Lines();
        var (start, end) = SeedCuts.TableLines(lines, TableId.T9);
        var t9 = lines.Skip(start).Take(end - start).Select(l => string.Join('\t', l.Split('\t').Select(c => Amount().IsMatch(c) ? string.Empty : c)));

        var document = DisclosureImporter.Read(string.Join('\n', t9));
        document.Tables.Select(t => t.Id).ShouldBe(new[] { TableId.T9 });
        document.Table(TableId.T9)!.Rows.ShouldAllBe(r => r.Cells.All(c => c == null));

        var report = Auditor.Audit(document);
        Missing(report).ShouldBe(Nine.Where(t => t != TableId.T9).Select(t => $"BDR0907 error at {t}: {SeedCuts.TitleOf(t)} is missing"));
        report.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Some_tables_missing_are_one_error_each_and_the_rest_is_read_and_checked()
    {
        var document = DisclosureImporter.Read(SeedCuts.Without(TableId.T5, TableId.T6, TableId.T7, TableId.T8));

        document.Tables.Where(t => t.Id <= TableId.T9).Select(t => t.Id).ShouldBe(new[] { TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T9 });
        var report = Auditor.Audit(document);
        Missing(report).ShouldBe(new[]
        {
            "BDR0907 error at T5: 部门预算一般公共预算财政拨款支出表 is missing",
            "BDR0907 error at T6: 部门预算一般公共预算财政拨款基本支出表 is missing",
            "BDR0907 error at T7: 部门预算政府性基金预算财政拨款支出表 is missing",
            "BDR0907 error at T8: 部门预算国有资本经营预算财政拨款支出表 is missing",
        });

        // What is printed is still checked: the blank 三公 totals of the seed.
        report.Findings.Count(f => f.Rule == "BDR0705").ShouldBe(3);
    }

    public static TheoryData<string, TableId> EachTableOfEachSeed
    {
        get
        {
            var data = new TheoryData<string, TableId>();
            foreach (var id in BudgetSdk.Tests.Seeds.Ids)
            {
                foreach (var table in Nine)
                {
                    data.Add(id, table);
                }
            }

            return data;
        }
    }

    /// <summary>In all three formats: the rest still reads (space-separated columns recovered without the missing
    /// table's evidence), and the missing table is the one new finding.</summary>
    [Theory]
    [MemberData(nameof(EachTableOfEachSeed))]
    public void Any_one_table_removed_from_any_seed_is_one_error_naming_it(string seed, TableId removed)
    {
        var report = Auditor.Audit(DisclosureImporter.Read(SeedCuts.Without(seed, removed)));

        report.Findings.Where(f => f.Rule is "BDR0907" or "BDR0908").Select(f => f.ToString())
            .ShouldBe(new[] { $"BDR0907 error at {removed}: {SeedCuts.TitleOf(removed)} is missing" });
    }

    [Fact]
    public void One_table_removed_is_one_error_at_its_id()
    {
        var report = Auditor.Audit(DisclosureImporter.Read(SeedCuts.Without(TableId.T3)));

        var finding = report.Findings.Where(f => f.Rule == "BDR0907").ShouldHaveSingleItem();
        finding.Brief().ShouldBe("BDR0907 error T3: printed -, expected -");
        finding.Message.ShouldBe("部门预算支出总表 is missing");
        finding.Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void A_text_that_ends_after_the_last_row_of_a_table_is_read_and_the_rest_is_missing()
    {
        var lines = SeedCuts.Lines();
        var (_, end) = SeedCuts.TableLines(lines, TableId.T3);

        var report = Auditor.Audit(DisclosureImporter.Read(string.Join('\n', lines.Take(end))));

        report.Findings.Where(f => f.Rule == "BDR0907").Select(f => f.Location).ShouldBe(new[] { "T4", "T5", "T6", "T7", "T8", "T9" });
    }

    [Fact]
    public void A_text_cut_off_inside_its_last_table_is_still_refused()
    {
        var lines = SeedCuts.Lines();
        var (start, end) = SeedCuts.TableLines(lines, TableId.T3);
        var lastRow = lines.FindLastIndex(end - 1, l => l.StartsWith("23\t", StringComparison.Ordinal));
        lastRow.ShouldBeGreaterThan(start);

        // Before its last 项 row (住房公积金 26.62 under 22102).
        Refused(lines.Take(lastRow)).ShouldStartWith($"truncated: the text ends in 部门预算支出总表 (line {start + 1}); 部门预算财政拨款收支总表、");

        // T9 without 三、公务接待费: every table is there, the last one is not whole.
        var (_, t9End) = SeedCuts.TableLines(lines, TableId.T9);
        var reception = lines.FindLastIndex(t9End - 1, l => l.Contains("三、公务接待费", StringComparison.Ordinal));
        Refused(lines.Take(reception)).ShouldEndWith("部门预算财政拨款“三公”经费支出表 (line 339) before its last row");

        // Seed 001 (space-separated) cut inside T1's last row: 收入总计 976.40 支出总计, the last amount gone.
        var wangdu = SeedCuts.Lines("001");
        var total = wangdu.FindIndex(l => l.Contains("收入总计", StringComparison.Ordinal) && l.Contains("支出总计", StringComparison.Ordinal));
        Refused(wangdu.Take(total).Append(wangdu[total][..wangdu[total].LastIndexOf(' ')])).ShouldStartWith("truncated: the text ends in 部门预算收支总表 (line 1); 部门预算收入总表、");
    }

    [Fact]
    public void A_whole_table_followed_by_the_start_of_a_title_or_of_a_next_page_is_cut_off_there()
    {
        var lines = SeedCuts.Lines();
        var (start, end) = SeedCuts.TableLines(lines, TableId.T7);
        var whole = lines.Take(end).ToList();

        Refused([.. whole, "部门预算国"]).ShouldStartWith($"truncated: the text ends in 部门预算政府性基金预算财政拨款支出表 (line {start + 1}); ");
        Refused([.. whole, "434 卢龙县人民政府办公室", "预算年度：2024"]).ShouldStartWith("truncated: the text ends in 部门预算政府性基金预算财政拨款支出表");
        Auditor.Audit(DisclosureImporter.Read(string.Join('\n', whole))).Findings.Where(f => f.Rule == "BDR0907").Select(f => f.Location).ShouldBe(new[] { "T8", "T9" });
    }

    [Fact]
    public void An_empty_table_is_whole_with_its_note_and_cut_off_inside_it()
    {
        // T8 prints no rows, only 注：无国有资本经营预算财政拨款预算，空表列示。
        var lines = SeedCuts.Lines();
        var (start, end) = SeedCuts.TableLines(lines, TableId.T8);
        var note = lines.FindIndex(start, l => l.StartsWith("注：", StringComparison.Ordinal));
        note.ShouldBeInRange(start, end);
        var upToNote = lines.Take(note).ToList();

        Refused([.. upToNote, "注：无国有资本"]).ShouldStartWith($"truncated: the text ends in 部门预算国有资本经营预算财政拨款支出表 (line {start + 1}); ");
        Refused([.. upToNote, lines[note], string.Empty, "部门"]).ShouldStartWith("truncated: the text ends in 部门预算国有资本经营预算财政拨款支出表");
        Auditor.Audit(DisclosureImporter.Read(string.Join('\n', upToNote.Append(lines[note])))).Findings.Where(f => f.Rule == "BDR0907").Select(f => f.Location)
            .ShouldBe(new[] { "T9" });
    }

    private static IEnumerable<string> Missing(AuditReport report) => report.Findings.Where(f => f.Rule == "BDR0907").Select(f => f.ToString());

    private static string Refused(IEnumerable<string> lines)
        => Should.Throw<DisclosureImportException>(() => DisclosureImporter.Read(string.Join('\n', lines))).Message;

    [GeneratedRegex(@"^\d+\.\d{2}$")]
    private static partial Regex Amount();
}
