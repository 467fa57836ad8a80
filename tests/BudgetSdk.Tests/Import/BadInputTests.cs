using System.Diagnostics;
using System.Text;
using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Import;

/// <summary>Input that is no readable disclosure is refused with a one-line reason, never a crash.</summary>
public class BadInputTests
{
    [Fact]
    public void Empty_text_and_empty_stream()
    {
        Refused(string.Empty).ShouldBe("the text is empty");
        Should.Throw<DisclosureImportException>(() => DisclosureImporter.Read(new MemoryStream())).Message.ShouldBe("the text is empty");
    }

    [Fact]
    public void White_space_only()
    {
        Refused(" \n\t\r\n\u3000 ").ShouldBe("the text is only white space (7 characters)");
    }

    [Fact]
    public void Binary_data_by_its_first_NUL_byte()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        Should.Throw<DisclosureImportException>(() => DisclosureImporter.Read(new MemoryStream(png))).Message.ShouldBe("binary data (NUL bytes at byte 8)");

        // In a string the offset is counted in UTF-8 bytes: 部门 is six.
        Refused("部门\0\0预算").ShouldBe("binary data (NUL bytes at byte 6)");
    }

    [Fact]
    public void Bytes_that_are_not_UTF8()
    {
        var gbk = new byte[] { 0xB2, 0xBF, 0xC3, 0xC5, 0xD4, 0xA4, 0xCB, 0xE3 };
        var message = Should.Throw<DisclosureImportException>(() => DisclosureImporter.Read(new MemoryStream(gbk))).Message;
        message.ShouldStartWith("not utf-8 text");
        message.ShouldNotContain("\n");
    }

    [Fact]
    public void Control_characters_throughout()
    {
        Refused(new string('\u0001', 40) + "部门预算收支总表").ShouldStartWith("binary data (40 control characters, the first, 0x01, at byte 0)");
    }

    [Fact]
    public void Another_kind_of_document()
    {
        const string Report = "望都县2023年国民经济和社会发展统计公报\n\n全县地区生产总值完成100亿元，比上年增长5.5%。\n\n详见部门预算收支总表。\n";
        Refused(Report).ShouldBe("not a department budget disclosure: none of the nine table titles (部门预算收支总表 …) was found");
    }

    [Fact]
    public void A_text_cut_off_under_the_first_title()
    {
        var lines = BudgetSdk.Tests.Seeds.ReadLines("000");
        Refused(string.Join('\n', lines.Take(42))).ShouldBe("truncated: 部门预算收支总表 has no rows");
    }

    [Fact]
    public void A_text_cut_off_in_the_middle_of_the_tables()
    {
        var lines = BudgetSdk.Tests.Seeds.ReadLines("000");
        var message = Refused(string.Join('\n', lines.Take(200)));
        message.ShouldStartWith("truncated: the text ends in 部门预算财政拨款收支总表 (line 178); 部门预算一般公共预算财政拨款支出表、");
        message.ShouldEndWith("部门预算财政拨款“三公”经费支出表 are missing");
    }

    [Fact]
    public void A_text_with_tables_but_no_department_or_year()
    {
        Refused("部门预算收支总表\n\n1\t一、一般公共预算拨款收入\t1.00\t一、一般公共服务支出\t1.00\n")
            .ShouldStartWith("no department (a page header such as 434 卢龙县人民政府办公室) follows the title 部门预算收支总表 on line 1");
        Refused("部门预算收支总表\n434 某县人民政府办公室\n1\t一、一般公共预算拨款收入\t1.00\t一、一般公共服务支出\t1.00\n")
            .ShouldBe("no budget year (预算年度：2024) was found");
    }

    [Fact]
    public void Fifty_megabytes_of_prose_are_refused_in_linear_time()
    {
        var text = new StringBuilder(52_000_000);
        while (text.Length < 25_000_000)
        {
            text.Append("全县地区生产总值完成100亿元，比上年增长5.5%，详见部门预算收支总表。\n");
        }

        var clock = Stopwatch.StartNew();
        Refused(text.ToString()).ShouldStartWith("not a department budget disclosure");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Fifty_megabytes_of_table_rows_are_read_in_linear_time()
    {
        // Seed 000 with one T2 row repeated until the text is about 50 MB (UTF-8): a quadratic scan of the rows
        // would take hours.
        var seed = File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf("000"));
        const string Row = "13\t2080505\t机关事业单位基本养老保险缴费支出\t40.71\t40.71\t40.71\t\t\t\t\t\t\t\n";
        var at = seed.IndexOf(Row, StringComparison.Ordinal) + Row.Length;
        var repeats = 50_000_000 / Encoding.UTF8.GetByteCount(Row);
        var text = new StringBuilder(seed.Length + (repeats * Row.Length)).Append(seed, 0, at).Insert(at, Row, repeats).Append(seed, at, seed.Length - at).ToString();

        var clock = Stopwatch.StartNew();
        var disclosure = DisclosureImporter.Read(text);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        disclosure.Table(TableId.T2)!.Rows.Count.ShouldBe(23 + repeats);
        disclosure.Projects.Count.ShouldBe(13);
    }

    private static string Refused(string text)
    {
        var message = Should.Throw<DisclosureImportException>(() => DisclosureImporter.Read(text)).Message;
        message.ShouldNotContain("\n");
        return message;
    }
}
