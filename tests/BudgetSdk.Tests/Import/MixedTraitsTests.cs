using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Import;

/// <summary>
/// A small hand-written tab-separated disclosure with the debris real converters leave: markdown <c>**</c>, a DOCX
/// bookmark, <c>page number</c> placeholders, stray quotes, a page number, a repeated page header, and a row whose
/// wrapped name continues on a row without 序号.
/// </summary>
public class MixedTraitsTests
{
    private const string Text = """
        **部门预算收支总表**
        434 测试县人民政府办公室
        预算年度：2024
        单位：万元
        序号	收入		支出
        栏次	1	2	3	4
        1	一、一般公共预算拨款收入	100.00	一、一般公共服务支出	100.00
        page number
        2	本年收入合计	100.00	本年支出合计	100.00
        3	收入总计	100.00	支出总计	100.00
        [bookmark: _Toc_1]部门预算支出总表
        434 测试县人民政府办公室
        预算年度：2024
        单位：万元
        序号	功能分类科目		合计	基本支出	项目支出	经营支出	上解上级支出	对附属单位补助支出
        栏次	1	2	3	4	5	6	7	8
        1		合计	100.00	60.00	40.00			
        2	201	一般公共服务	100.00	60.00	40.00			
        		支出						
        "
        {page number}
        42
        434 测试县人民政府办公室
        预算年度：2024
        单位：万元
        序号	功能分类科目		合计	基本支出	项目支出	经营支出	上解上级支出	对附属单位补助支出
        栏次	1	2	3	4	5	6	7	8
        3	20103	政府办公厅（室）及相关机构事务	100.00	60.00	40.00			
        4	2010301	行政运行	60.00	60.00				
        5	2010305	专项业务及机关事务管理	40.00		40.00			
        部门预算财政拨款“三公”经费支出表
        434 测试县人民政府办公室
        预算年度：2024
        栏次	1	2	3	4	5
        1	**合计**	2.00	2.00		
        2	"三公"经费小计	2.00	2.00		
        3	三、公务接待费	2.00	2.00		
        "测试县人民政府办公室 2024 年部门预算信息公开情况说明
        二、部门预算安排的总体情况
        2024年预算收入**100.00**万元，其中：一般公共预算收入100.00万元。
        2024年支出预算100.00万元，其中基本支出60.00万元；项目支出40.00万元。
        """;

    private static readonly PublishedDisclosure Disclosure = DisclosureImporter.Read(Text);

    [Fact]
    public void The_format_and_header_are_found_through_the_debris()
    {
        Disclosure.Format.ShouldBe(TextFormat.TabSeparated);
        // No 项目编码 and 测试县 is no county: the region is the province of the template it reads with (BDR0906).
        Disclosure.Header.ShouldBe(new BudgetSdk.Facts.DisclosureHeader("130000", "434", "测试县人民政府办公室", 2024));
        Disclosure.Region!.Source.ShouldBe(RegionSource.Province);
        Disclosure.Tables.Select(t => t.Id).ShouldBe(new[] { TableId.T1, TableId.T3, TableId.T9 });
    }

    [Fact]
    public void Placeholders_and_page_numbers_are_no_rows()
    {
        var t1 = Disclosure.Table(TableId.T1)!;
        t1.Rows.Select(r => r.ExpenseLabel).ShouldBe(new[] { "一、一般公共服务支出", "本年支出合计", "支出总计" });
        Disclosure.Table(TableId.T3)!.Rows.Select(r => r.Code ?? r.Label).ShouldBe(new[] { "合计", "201", "20103", "2010301", "2010305" });
    }

    [Fact]
    public void A_row_without_序号_continues_the_name_above()
    {
        var row = Disclosure.Table(TableId.T3)!.Rows[1];
        (row.Code, row.Label, row.Line).ShouldBe(("201", "一般公共服务支出", 18));
        row.Cells.ShouldBe(new decimal?[] { 100.00m, 60.00m, 40.00m, null, null, null });
    }

    [Fact]
    public void Markdown_and_converted_quotes_do_not_hide_labels_or_amounts()
    {
        Disclosure.Table(TableId.T9)!.Rows.Select(r => r.Label).ShouldBe(new[] { "合计", "“三公”经费小计", "三、公务接待费" });
        Disclosure.QuotedAmounts.Select(q => (q.Subject, q.Amount)).ShouldBe(new[]
        {
            (QuotedSubjects.Income, 100.00m), (QuotedSubjects.GeneralPublicBudgetIncome, 100.00m),
            (QuotedSubjects.Expense, 100.00m), (QuotedSubjects.Basic, 60.00m), (QuotedSubjects.Project, 40.00m),
        });
    }

    [Fact]
    public void Without_project_codes_the_province_template_still_names_the_lines()
    {
        var tables = Disclosure.Tables.Select(t => t.ToBudgetTable()).ToArray();
        BudgetSdk.Templates.DisclosureTemplate.TrySelect(2024, "13", out var template, out _).ShouldBeTrue();
        BudgetSdk.Rules.TableChecks.Check(tables, template!).ShouldBeEmpty();
    }
}
