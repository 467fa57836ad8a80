using System.Globalization;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms.Deriving;

/// <summary>
/// 上海市普陀区财政局 2025: its facts (read from its tables) derived with Shanghai's form give every printed cell of its nine
/// tables, as written down below by reading sh-putuo-finance-2025.layout.txt (lines 121–393), not produced by any code.
/// </summary>
public class ShanghaiDerivationTests
{
    // Printed order; "-" is a blank cell. The t7 note is the form's: the document prints t6's note (政府性基金) under t7 by
    // mistake, which the audit, not the builder, reports.
    private const string Printed = """
        table | t1
        side | income
        fiscal | 一、财政拨款收入 | 31214205.80
        general | 1. 一般公共预算资金 | 31214205.80
        fund | 2. 政府性基金 | -
        capital | 3. 国有资本经营预算 | -
        business | 二、事业收入 | -
        operating | 三、事业单位经营收入 | -
        other | 四、其他收入 | -
        total | 收入总计 | 31214205.80
        side | expense
        201 | 一、一般公共服务支出 | 22186440.80
        208 | 二、社会保障和就业支出 | 3508644.00
        210 | 三、卫生健康支出 | 782164.00
        221 | 四、住房保障支出 | 4736957.00
        total | 支出总计 | 31214205.80
        table | t2
        201 | 一般公共服务支出 | 22186440.80 | 22186440.80 | - | - | -
        20106 | 财政事务 | 22186440.80 | 22186440.80 | - | - | -
        2010601 | 行政运行 | 16231840.80 | 16231840.80 | - | - | -
        2010602 | 一般行政管理事务 | 100000.00 | 100000.00 | - | - | -
        2010607 | 信息化建设 | 1666600.00 | 1666600.00 | - | - | -
        2010608 | 财政委托业务支出 | 4188000.00 | 4188000.00 | - | - | -
        208 | 社会保障和就业支出 | 3508644.00 | 3508644.00 | - | - | -
        20805 | 行政事业单位养老支出 | 3508644.00 | 3508644.00 | - | - | -
        2080501 | 行政单位离退休 | 877080.00 | 877080.00 | - | - | -
        2080505 | 机关事业单位基本养老保险缴费支出 | 1748327.00 | 1748327.00 | - | - | -
        2080506 | 机关事业单位职业年金缴费支出 | 873617.00 | 873617.00 | - | - | -
        2080599 | 其他行政事业单位养老支出 | 9620.00 | 9620.00 | - | - | -
        210 | 卫生健康支出 | 782164.00 | 782164.00 | - | - | -
        21011 | 行政事业单位医疗 | 782164.00 | 782164.00 | - | - | -
        2101101 | 行政单位医疗 | 782164.00 | 782164.00 | - | - | -
        221 | 住房保障支出 | 4736957.00 | 4736957.00 | - | - | -
        22102 | 住房改革支出 | 4736957.00 | 4736957.00 | - | - | -
        2210201 | 住房公积金 | 2049197.00 | 2049197.00 | - | - | -
        2210203 | 购房补贴 | 2687760.00 | 2687760.00 | - | - | -
        total | 合计 | 31214205.80 | 31214205.80 | - | - | -
        table | t3
        201 | 一般公共服务支出 | 22186440.80 | 16093326.00 | 6093114.80
        20106 | 财政事务 | 22186440.80 | 16093326.00 | 6093114.80
        2010601 | 行政运行 | 16231840.80 | 16093326.00 | 138514.80
        2010602 | 一般行政管理事务 | 100000.00 | - | 100000.00
        2010607 | 信息化建设 | 1666600.00 | - | 1666600.00
        2010608 | 财政委托业务支出 | 4188000.00 | - | 4188000.00
        208 | 社会保障和就业支出 | 3508644.00 | 3508644.00 | -
        20805 | 行政事业单位养老支出 | 3508644.00 | 3508644.00 | -
        2080501 | 行政单位离退休 | 877080.00 | 877080.00 | -
        2080505 | 机关事业单位基本养老保险缴费支出 | 1748327.00 | 1748327.00 | -
        2080506 | 机关事业单位职业年金缴费支出 | 873617.00 | 873617.00 | -
        2080599 | 其他行政事业单位养老支出 | 9620.00 | 9620.00 | -
        210 | 卫生健康支出 | 782164.00 | 782164.00 | -
        21011 | 行政事业单位医疗 | 782164.00 | 782164.00 | -
        2101101 | 行政单位医疗 | 782164.00 | 782164.00 | -
        221 | 住房保障支出 | 4736957.00 | 4736957.00 | -
        22102 | 住房改革支出 | 4736957.00 | 4736957.00 | -
        2210201 | 住房公积金 | 2049197.00 | 2049197.00 | -
        2210203 | 购房补贴 | 2687760.00 | 2687760.00 | -
        total | 合计 | 31214205.80 | 25121091.00 | 6093114.80
        table | t4
        side | income
        general | 一、一般公共预算资金 | 31214205.80
        fund | 二、政府性基金 | -
        capital | 三、国有资本经营预算 | -
        total | 收入总计 | 31214205.80
        side | expense
        201 | 一、一般公共服务支出 | 22186440.80 | 22186440.80 | - | -
        208 | 二、社会保障和就业支出 | 3508644.00 | 3508644.00 | - | -
        210 | 三、卫生健康支出 | 782164.00 | 782164.00 | - | -
        221 | 四、住房保障支出 | 4736957.00 | 4736957.00 | - | -
        total | 支出总计 | 31214205.80 | 31214205.80 | - | -
        table | t5
        201 | 一般公共服务支出 | 22186440.80 | 16093326.00 | 6093114.80
        20106 | 财政事务 | 22186440.80 | 16093326.00 | 6093114.80
        2010601 | 行政运行 | 16231840.80 | 16093326.00 | 138514.80
        2010602 | 一般行政管理事务 | 100000.00 | - | 100000.00
        2010607 | 信息化建设 | 1666600.00 | - | 1666600.00
        2010608 | 财政委托业务支出 | 4188000.00 | - | 4188000.00
        208 | 社会保障和就业支出 | 3508644.00 | 3508644.00 | -
        20805 | 行政事业单位养老支出 | 3508644.00 | 3508644.00 | -
        2080501 | 行政单位离退休 | 877080.00 | 877080.00 | -
        2080505 | 机关事业单位基本养老保险缴费支出 | 1748327.00 | 1748327.00 | -
        2080506 | 机关事业单位职业年金缴费支出 | 873617.00 | 873617.00 | -
        2080599 | 其他行政事业单位养老支出 | 9620.00 | 9620.00 | -
        210 | 卫生健康支出 | 782164.00 | 782164.00 | -
        21011 | 行政事业单位医疗 | 782164.00 | 782164.00 | -
        2101101 | 行政单位医疗 | 782164.00 | 782164.00 | -
        221 | 住房保障支出 | 4736957.00 | 4736957.00 | -
        22102 | 住房改革支出 | 4736957.00 | 4736957.00 | -
        2210201 | 住房公积金 | 2049197.00 | 2049197.00 | -
        2210203 | 购房补贴 | 2687760.00 | 2687760.00 | -
        total | 合计 | 31214205.80 | 25121091.00 | 6093114.80
        table | t6
        total | 合计 | - | - | -
        note | 注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。
        table | t7
        total | 合计 | - | - | -
        note | 注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。
        table | t8
        301 | 工资福利支出 | 22109516.00 | 22109516.00 | 0.00
        30101 | 基本工资 | 2642448.00 | 2642448.00 | 0.00
        30102 | 津贴补贴 | 13012070.00 | 13012070.00 | 0.00
        30108 | 机关事业单位基本养老保险缴费 | 1748327.00 | 1748327.00 | 0.00
        30109 | 职业年金缴费 | 873617.00 | 873617.00 | 0.00
        30110 | 职工基本医疗保险缴费 | 782164.00 | 782164.00 | 0.00
        30112 | 其他社会保障缴费 | 28428.00 | 28428.00 | 0.00
        30113 | 住房公积金 | 2049197.00 | 2049197.00 | 0.00
        30199 | 其他工资福利支出 | 973265.00 | 973265.00 | 0.00
        302 | 商品和服务支出 | 2204335.00 | 0.00 | 2204335.00
        30201 | 办公费 | 170000.00 | 0.00 | 170000.00
        30202 | 印刷费 | 120000.00 | 0.00 | 120000.00
        30204 | 手续费 | 1000.00 | 0.00 | 1000.00
        30207 | 邮电费 | 50000.00 | 0.00 | 50000.00
        30211 | 差旅费 | 20000.00 | 0.00 | 20000.00
        30213 | 维修（护）费 | 50000.00 | 0.00 | 50000.00
        30215 | 会议费 | 10000.00 | 0.00 | 10000.00
        30216 | 培训费 | 30000.00 | 0.00 | 30000.00
        30217 | 公务接待费 | 9500.00 | 0.00 | 9500.00
        30226 | 劳务费 | 30000.00 | 0.00 | 30000.00
        30227 | 委托业务费 | 100000.00 | 0.00 | 100000.00
        30228 | 工会经费 | 258915.00 | 0.00 | 258915.00
        30229 | 福利费 | 436320.00 | 0.00 | 436320.00
        30239 | 其他交通费用 | 506480.00 | 0.00 | 506480.00
        30299 | 其他商品和服务支出 | 412120.00 | 0.00 | 412120.00
        303 | 对个人和家庭的补助 | 717240.00 | 717240.00 | 0.00
        30302 | 退休费 | 717240.00 | 717240.00 | 0.00
        310 | 资本性支出 | 90000.00 | 0.00 | 90000.00
        31002 | 办公设备购置 | 90000.00 | 0.00 | 90000.00
        total | 合计 | 25121091.00 | 22826756.00 | 2294335.00
        table | t9
        row | - | 0.95 | - | 0.95 | - | - | - | 229.43
        """;

    [Fact]
    public void Every_printed_cell_of_the_finance_bureau_2025_derives_from_its_facts()
    {
        var document = Derive();

        var derived = CellLines(document);
        var expected = Printed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

        derived.ShouldBe(expected);
        document.Header.ShouldBe(new PrintedHeader("上海市普陀区财政局", 2025, "310107", "department"));
        document.Table("t3")!.Title.ShouldBe("2025年部门支出预算总表");
    }

    [Fact]
    public void The_builders_rules_pass_the_finance_bureau_on_the_form_path_though_Hebeis_path_rejects_it()
    {
        var builder = PutuoFinance2025.Builder();

        var hebei = builder.Build();
        var form = FormBuild.Run(builder.Facts, ShanghaiForm);

        hebei.Succeeded.ShouldBeFalse();
        form.Problems.Where(p => p.Severity == BudgetSdk.Rules.Severity.Error).ShouldBeEmpty();
        form.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_fact_the_rules_reject_gives_problems_and_no_document()
    {
        var facts = PutuoFinance2025.Builder().Facts;
        var broken = facts with { BasicExpenditures = facts.BasicExpenditures.Skip(1).ToArray() };

        var result = FormBuild.Run(broken, ShanghaiForm);

        result.Succeeded.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.Location == "T6/合计/合计");
    }

    internal static BudgetSdk.Forms.Model.FormTemplate ShanghaiForm => FormCatalog.Shipped.Select("310107", 2025)!;

    internal static FormDocument Derive() => FormDerivation.Derive(PutuoFinance2025.Builder().Facts, ShanghaiForm);

    /// <summary>The document in the expected-cell format (without header and units), for comparison line by line.</summary>
    internal static List<string> CellLines(FormDocument document)
    {
        var lines = new List<string>();
        foreach (var table in document.Tables)
        {
            lines.Add($"table | {table.TableId}");
            foreach (var side in table.Sides)
            {
                if (table.Sides.Count > 1)
                {
                    lines.Add($"side | {side.SideId}");
                }

                var decimals = document.Form.Table(table.TableId)!.Decimals;
                lines.AddRange(side.Rows.Select(r => string.Join(" | ", new[] { r.Id, r.Label.Length == 0 ? "-" : r.Label }
                    .Concat(r.Cells.Select(c => c is { } v ? v.ToString("F" + decimals, CultureInfo.InvariantCulture) : "-")))));
            }

            if (table.Note is { } note)
            {
                lines.Add($"note | {note.Text}");
            }
        }

        return lines;
    }
}
