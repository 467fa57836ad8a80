using System.Text;
using BudgetSdk.Import;

namespace BudgetSdk.Tests.Import.Text;

/// <summary>Reading from bytes: UTF-8 with or without a BOM, and UTF-16 marked by its BOM, give the same disclosure.</summary>
public class StreamInputTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Every_supported_encoding_reads_alike(string encoding)
    {
        var text = File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf("002"));
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        var disclosure = DisclosureImporter.Read(new MemoryStream(bytes));
        disclosure.Header.PrintedDepartment.ShouldBe("430 青龙满族自治县机关事务服务中心");
        disclosure.Projects.Count.ShouldBe(12);
    }
}
