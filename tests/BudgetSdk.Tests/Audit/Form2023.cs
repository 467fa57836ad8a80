using System.Globalization;
using System.Text.RegularExpressions;
using BudgetSdk.Audit;
using BudgetSdk.Import;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// Seed 000 (卢龙县人民政府办公室, tab-separated) mutated into the 2023 form: its thirteen 项目绩效目标表 print neither
/// 项目编码 nor 预算数 (nor 财政资金/其他资金), and section 二 lists every project with its amount instead of the five
/// it names with 等.
/// </summary>
internal static partial class Form2023
{
    public const string PartialList = "项目支出341.08万元，主要为招商经费45万元、综合事务经费38.9万元、金融办工作经费10万元、政府网站服务器租赁费及网站维护费22.2万元、政府机关服务中心餐饮服务外包项目189万元等。";

    /// <summary>Seed 000's text.</summary>
    public static string Seed => File.ReadAllText(Seeds.PathOf("000"));

    /// <summary>The projects of seed 000's tables, (名称, 预算数 as printed), in printed order.</summary>
    public static IReadOnlyList<(string Name, string Budget)> Projects { get; } = ReadProjects();

    /// <summary>The complete list section 二 of the 2023 form prints: <c>项目支出341.08万元，其中：定向选调生房租补助项目1.80万元、…。</c></summary>
    public static string CompleteList(Func<string, string, string>? amount = null)
        => "项目支出341.08万元，其中：" + string.Join("、", Projects.Select(p => $"{p.Name}项目{(amount ?? ((_, a) => a))(p.Name, p.Budget)}万元")) + "。";

    /// <summary>Seed 000 in the 2023 form, section 二 listing the projects as <paramref name="list"/> says.</summary>
    public static string Text(string? list = null)
    {
        var text = CodeCell().Replace(Seed, "项目名称\t");
        text = BudgetRow().Replace(text, "资金用途\t");
        return text.Replace(PartialList, list ?? CompleteList(), StringComparison.Ordinal);
    }

    public static PublishedDisclosure Read(string? list = null) => DisclosureImporter.Read(Text(list));

    /// <summary>The findings of the rules on projects and their list (BDR0202, BDR0909), as brief lines.</summary>
    public static string[] ProjectFindings(PublishedDisclosure document)
        => Auditor.Audit(document).Findings.Where(f => f.Rule is "BDR0202" or "BDR0909").Select(f => f.Brief()).ToArray();

    private static List<(string, string)> ReadProjects()
    {
        var names = NameCell().Matches(Seed).Select(m => m.Groups["name"].Value).ToArray();
        var budgets = BudgetRow().Matches(Seed).Select(m => m.Groups["budget"].Value).ToArray();
        names.Length.ShouldBe(13);
        budgets.Length.ShouldBe(13);
        budgets.Sum(b => decimal.Parse(b, CultureInfo.InvariantCulture)).ShouldBe(341.08m);
        return names.Zip(budgets).ToList();
    }

    [GeneratedRegex(@"项目编码\t\w{21}\t\t项目名称\t")]
    private static partial Regex CodeCell();

    [GeneratedRegex(@"项目编码\t\w{21}\t\t项目名称\t(?<name>[^\t]+)\t")]
    private static partial Regex NameCell();

    [GeneratedRegex(@"预算规模及 资金用途\t预算数\t(?<budget>[\d.]+)\t其中：财政资金\t[\d.]+\t其他资金\t")]
    private static partial Regex BudgetRow();
}
