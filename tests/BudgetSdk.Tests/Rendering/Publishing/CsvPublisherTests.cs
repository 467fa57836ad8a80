using System.Globalization;
using System.Text;
using BudgetSdk.Rendering;
using BudgetSdk.Rendering.Publishing.Csv;
using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Samples;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering.Publishing;

/// <summary>The CSV of a table: what Excel and tools need of it, beyond the golden files' exact text.</summary>
public class CsvPublisherTests
{
    private static Disclosure Lulong => Published.Lulong.Value;

    [Fact]
    public void Starts_with_the_utf8_byte_order_mark_and_ends_every_record_with_crlf()
    {
        var bytes = Published.CsvBytes(TableId.T1);

        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Published.Csv(TableId.T1);
        text.ShouldEndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain('\n');
    }

    [Fact]
    public void Has_one_header_row_of_distinct_column_names_and_one_record_per_row()
    {
        var records = Published.Records(Published.Csv(TableId.T1));

        records[0].ShouldBe(["序号", "收入项目", "收入预算数", "支出项目", "支出预算数"]);
        records.Count.ShouldBe(1 + Lulong[TableId.T1].Rows.Count);
        Published.Records(Published.Csv(TableId.T3))[0].ShouldBe(["序号", "科目编码", "科目名称", .. Lulong[TableId.T3].Columns]);
    }

    [Fact]
    public void Each_T3_amount_is_in_its_own_column_with_two_decimals_and_zero_blank()
    {
        var table = Lulong[TableId.T3];
        var records = Published.Records(Published.Csv(TableId.T3));

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var record = records[r + 1];
            record[0].ShouldBe((r + 1).ToString(CultureInfo.InvariantCulture));
            record[1].ShouldBe(table.Rows[r].Code ?? string.Empty);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var value = table.Rows[r].Cells[c];
                record[records[0].IndexOf(table.Columns[c])].ShouldBe(value == 0m ? string.Empty : value.ToString("0.00", CultureInfo.InvariantCulture), $"row {r + 1}, {table.Columns[c]}");
            }
        }

        records[1][records[0].IndexOf("基本支出")].ShouldBe("436.55", "seed 000 prints 436.55 under 基本支出 in T3's 合计 row");
    }

    [Fact]
    public void An_empty_table_is_its_header_row_alone()
        => Published.Records(Published.Csv(TableId.T8)).Count.ShouldBe(1);

    [Theory]
    [InlineData("办公设备购置,维修", "\"办公设备购置,维修\"")]
    [InlineData("财政拨款\"三公\"经费", "\"财政拨款\"\"三公\"\"经费\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("行政运行", "行政运行")]
    public void A_field_with_a_comma_quote_or_line_break_is_quoted_with_its_quotes_doubled(string field, string written)
    {
        var text = new StringBuilder();
        CsvText.AppendRecord(text, [field, "1.00"]);

        text.ToString().ShouldBe(written + ",1.00\r\n");
        Published.Records(text.ToString()).Single().ShouldBe([field, "1.00"]);
    }

    [Fact]
    public void A_printed_name_with_a_comma_or_quote_is_quoted_in_the_published_file()
    {
        var disclosure = Lulong2024.Facts()
            .AddProcurement(new ProcurementLine(
                "卢龙县人民政府办公室本级", "会议保障项目", Money.FromWan(1.20m), "餐饮服务,含\"工作餐\"", "C22040000", "年", 1m, Money.FromWan(1.20m),
                [new ProcurementAmount(FundingSource.GeneralPublicBudget, Money.FromWan(1.20m))], Money.FromWan(1.20m)))
            .Build().GetOrThrow();
        using var output = new MemoryStream();
        DisclosurePublisher.WriteCsv(disclosure, TableId.Procurement, output);
        var text = Encoding.UTF8.GetString(output.ToArray()[3..]);

        text.ShouldContain(",\"餐饮服务,含\"\"工作餐\"\"\",C22040000,");
        Published.Records(text).ShouldContain(r => r.Contains("餐饮服务,含\"工作餐\""));
        Published.Records(text).Select(r => r.Count).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void The_files_are_named_by_table_id_and_title_without_characters_a_file_system_refuses()
    {
        var names = DisclosurePublisher.CsvTables(Lulong).Select(t => DisclosurePublisher.CsvFileName(Lulong, t)).ToArray();

        names[0].ShouldBe("T1 部门预算收支总表.csv");
        names.ShouldContain("T9 部门预算财政拨款“三公”经费支出表.csv");
        names.Length.ShouldBe(11);
        names.ShouldAllBe(n => n.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !n.Contains('"'));
        names.Distinct().Count().ShouldBe(names.Length);
    }

    [Fact]
    public void The_same_disclosure_gives_the_same_bytes()
        => Published.CsvBytes(TableId.T2).ShouldBe(Published.CsvBytes(TableId.T2));
}
