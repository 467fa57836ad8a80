using BudgetSdk.Audit;
using BudgetSdk.Rules;
using BudgetSdk.Import;

namespace BudgetSdk.Tests.Audit;

/// <summary>
/// The projects section 二 lists after 项目支出 (BDR0909): read from seed 000 (five projects and 等) and from seed 000
/// mutated into the 2023 form (tables without 项目编码 or 预算数, all thirteen projects listed), matched to the tables by
/// name, summed against T3 项目支出, and giving amount-less tables their amounts.
/// </summary>
public class ProjectListTests
{
    private const string Section = "二、部门预算安排的总体情况";

    [Fact]
    public void Seed_000_names_five_projects_with_等_and_each_is_matched_to_its_table()
    {
        var document = DisclosureImporter.Read(Form2023.Seed);

        var list = document.ProjectList.ShouldNotBeNull();
        list.Complete.ShouldBeFalse();
        list.Total.ShouldBe(341.08m);
        list.Line.ShouldBe(402);
        list.Items.Select(i => (i.Name, i.AmountText)).ShouldBe(new[]
        {
            ("招商经费", "45"), ("综合事务经费", "38.9"), ("金融办工作经费", "10"), ("政府网站服务器租赁费及网站维护费", "22.2"), ("政府机关服务中心餐饮服务外包项目", "189"),
        });
        var byProject = ListedProjects.ByProject(document);
        list.Items.Select(i => document.Projects[Array.IndexOf(byProject, i)].Name).ShouldBe(new[]
        {
            "招商引资经费", "综合事务经费", "金融办工作经费", "政府网站服务器租赁费及网站维护费", "县机关服务中心餐饮服务外包项目",
        });
        Form2023.ProjectFindings(document).ShouldBeEmpty();
    }

    [Fact]
    public void A_listed_amount_that_differs_from_its_table_is_reported_with_the_slip()
    {
        var document = DisclosureImporter.Read(Form2023.Seed.Replace("招商经费45万元", "招商经费445万元", StringComparison.Ordinal));

        var finding = Auditor.Audit(document).Findings.Where(f => f.Rule == "BDR0909").ShouldHaveSingleItem();

        // A partial list is not summed: only the item is wrong.
        finding.Brief().ShouldBe($"BDR0909 error {Section}/招商经费445万元: printed 445, expected 45.00");
        finding.Message.ShouldBe("section 二 lists 招商经费 at 445万元, but the 项目绩效目标表 of 招商引资经费 (projects[7]) prints 预算数 45.00; 445 is 45 with an extra digit 4");
        finding.Line.ShouldBe(402);
    }

    [Fact]
    public void The_2023_form_takes_the_projects_amounts_from_the_complete_list()
    {
        var document = Form2023.Read();

        document.Projects.Count.ShouldBe(13);
        document.Projects.ShouldAllBe(p => p.Code == null && p.Budget == null && p.FiscalFunds == null);
        var list = document.ProjectList.ShouldNotBeNull();
        list.Complete.ShouldBeTrue();
        list.Items.Select(i => i.Name).ShouldBe(Form2023.Projects.Select(p => p.Name + "项目"));

        Form2023.ProjectFindings(document).ShouldBeEmpty();
        var facts = PublishedFacts.ToFacts(document);
        facts.Projects.Select(p => (p.Name, p.Budget.Wan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))).ShouldBe(Form2023.Projects);
    }

    [Fact]
    public void A_complete_list_that_misses_project_spending_names_the_slipped_amount()
    {
        var document = Form2023.Read(Form2023.CompleteList((name, amount) => name == "劳务派遣经费" ? "133.08" : amount));

        var findings = Auditor.Audit(document).Findings.Where(f => f.Rule is "BDR0202" or "BDR0909").ToArray();

        // Every amount is the list's: BDR0202 would say the same again, so only BDR0909 speaks.
        findings.Select(f => f.Brief()).ShouldBe(new[] { $"BDR0909 error {Section}/项目支出: printed 461.08, expected 341.08" });
        findings[0].Message.ShouldBe("the 13 projects section 二 lists add up to 461.08万元, but T3 项目支出 (合计) prints 341.08; 劳务派遣经费项目: 133.08 is 13.08 with an extra digit 3");
    }

    [Fact]
    public void A_list_beside_tables_with_amounts_checks_both_its_sum_and_each_item()
    {
        var document = DisclosureImporter.Read(Form2023.Seed.Replace(Form2023.PartialList,
            Form2023.CompleteList((name, amount) => name == "招商引资经费" ? "445.00" : amount), StringComparison.Ordinal));

        var findings = Auditor.Audit(document).Findings.Where(f => f.Rule == "BDR0909").ToArray();

        findings.Select(f => f.Brief()).ShouldBe(new[]
        {
            $"BDR0909 error {Section}/项目支出: printed 741.08, expected 341.08",
            $"BDR0909 error {Section}/招商引资经费项目445.00万元: printed 445.00, expected 45.00",
        });
        findings[0].Message.ShouldEndWith("; 招商引资经费项目: 445.00 is 45.00 with an extra digit 4");
        findings[1].Message.ShouldEndWith("; 445.00 is 45.00 with an extra digit 4");
    }

    [Fact]
    public void Projects_some_with_listed_amounts_are_summed_against_project_spending()
    {
        // 劳务派遣经费's table prints no amount (the list gives 13.08), 招商引资经费's prints 445.00 for 45.00.
        var text = Form2023.Seed
            .Replace("预算规模及 资金用途\t预算数\t13.08\t其中：财政资金\t13.08\t其他资金\t", "资金用途\t", StringComparison.Ordinal)
            .Replace("预算数\t45.00\t其中：财政资金\t45.00", "预算数\t445.00\t其中：财政资金\t445.00", StringComparison.Ordinal)
            .Replace(Form2023.PartialList, Form2023.CompleteList(), StringComparison.Ordinal);

        var findings = Auditor.Audit(DisclosureImporter.Read(text)).Findings.Where(f => f.Rule is "BDR0202" or "BDR0909").ToArray();

        findings.Select(f => f.Brief()).ShouldBe(new[]
        {
            "BDR0202 error projects: printed 741.08, expected 341.08",
            $"BDR0909 error {Section}/招商引资经费项目45.00万元: printed 45.00, expected 445.00",
        });
        findings[0].Message.ShouldBe("the 13 projects' 预算数 (1 of them as section 二 lists them) add up to 741.08, but T3 项目支出 (合计) prints 341.08; 招商引资经费: 445.00 is 45.00 with an extra digit 4");
        findings[1].Message.ShouldEndWith("; 45.00 is 445.00 with the digit 4 missing");
    }

    [Theory]
    [InlineData(Form2023.PartialList)]
    [InlineData("项目支出341.08万元。")]
    public void Tables_without_amounts_and_no_complete_list_are_never_0_projects(string list)
    {
        var document = Form2023.Read(list);

        var report = Auditor.Audit(document);

        Form2023.ProjectFindings(document).ShouldBeEmpty();
        report.Findings.ShouldAllBe(f => !f.Message.Contains("0 project", StringComparison.Ordinal));

        // Importing states no 预算数 of 0 that would not add up: each project the list does not give an amount is named.
        var problems = Should.Throw<DisclosureValidationException>(() => PublishedFacts.ToFacts(document)).Problems;
        problems.ShouldAllBe(p => p.RuleId == "BDR0202" && p.Message.EndsWith(": the 项目绩效目标表 prints no 预算数, and section 二 lists no amount for it", StringComparison.Ordinal));
        problems.Count.ShouldBe(list == Form2023.PartialList ? 8 : 13);
        problems[0].Location.ShouldBe("projects[0].budget");
    }

    [Fact]
    public void A_document_without_project_tables_but_with_a_list_leaves_the_list_to_BDR0909()
    {
        var document = Form2023.Read() is var read ? new PublishedDisclosure
        {
            Format = read.Format, Header = read.Header, Tables = read.Tables, QuotedAmounts = read.QuotedAmounts, ProjectList = read.ProjectList,
        } : null!;

        Form2023.ProjectFindings(document).ShouldBeEmpty();
        Form2023.ProjectFindings(new PublishedDisclosure { Format = document.Format, Header = document.Header, Tables = document.Tables })
            .ShouldBe(new[] { "BDR0202 error projects: printed 0.00, expected 341.08" });
    }

    [Fact]
    public void Importing_a_document_without_project_tables_says_so_rather_than_0_projects()
    {
        var document = PrintedFromDerived.Of(BudgetSdk.Samples.Lulong2024.Facts().Build().GetOrThrow()).With(projects: []);

        var audit = Auditor.Audit(document).Findings.ShouldHaveSingleItem();
        var problem = PublishedFacts.Build(document).Problems.ShouldHaveSingleItem();

        audit.Message.ShouldBe("the document prints no 项目绩效目标表, but T3 项目支出 (合计) prints 341.08");
        problem.RuleId.ShouldBe("BDR0202");
        problem.Message.ShouldBe("no project is stated, but 项目支出 (T3 合计) is not zero");
    }

    public static TheoryData<string, string> Seeds => new()
    {
        { "000", "主要为招商经费45万元、综合事务经费38.9万元、金融办工作经费10万元、政府网站服务器租赁费及网站维护费22.2万元、政府机关服务中心餐饮服务外包项目189万元等。" },
        { "001", "主要为政府办工作经费、政府移动专网外网费、政府网站及政务平台运行维护费、\n\n金融办城改办工作经费、劳务派遣经费等。" },
        { "002", "主要为项目支出主要是后勤管理服务项目资金、行政办公中心民族文化宫等维护费、民兵训练基地升级改造项目经费、视频会议系统升级改造项目经费、民族文化广场灯具喷泉维修项目旨费、民族文化宫安装备用电源项目经费、行政办公中心民族文化宫空调改造项目经费、物业费欠款项目经费、公车信息平台服务费、消费扶贫款及机关会议工作经费。" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_complete_list_is_read_in_each_format_and_matched_to_every_table(string seed, string printed)
    {
        var text = File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf(seed));
        var projects = DisclosureImporter.Read(text).Projects;
        var list = "其中：" + string.Join("、", projects.Select(p => $"{p.Name}项目{p.Budget!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}万元")) + "。";
        if (seed == "001")
        {
            // Space-separated text wraps the sentence at the page width, here inside a name.
            list = list[..40] + "\n\n" + list[40..];
        }

        text.ShouldContain(printed);
        var document = DisclosureImporter.Read(text.Replace(printed, list, StringComparison.Ordinal));

        var read = document.ProjectList.ShouldNotBeNull();
        read.Complete.ShouldBeTrue();
        read.Items.Select(i => i.Name).ShouldBe(projects.Select(p => p.Name + "项目"));
        ListedProjects.ByProject(document).ShouldBe(read.Items.Cast<ListedProject?>().ToArray());

        // The list adds up and agrees with every table: the seed's findings stay what they were.
        Auditor.Audit(document).Findings.Select(f => f.Brief()).ShouldBe(SeedFindings.Expected[seed]);
    }

    [Theory]
    [InlineData("numbered", true)]
    [InlineData("bracketed", true)]
    [InlineData("及", true)]
    [InlineData("共计", true)]
    [InlineData("比上年", true)]
    [InlineData("等", false)]
    public void A_list_is_read_however_its_items_are_separated_and_ends_where_the_projects_do(string shape, bool complete)
    {
        var items = Form2023.Projects.Select(p => $"{p.Name}项目{p.Budget}万元").ToArray();
        var list = "项目支出341.08万元，其中：" + shape switch
        {
            "numbered" => string.Join("；", items.Select((item, i) => $"{i + 1}.{item}")),
            "bracketed" => string.Join("；", items.Select((item, i) => $"（{i + 1}）{item}")),
            "及" => string.Join("、", items[..^1]) + "及" + items[^1],
            "共计" => string.Join("、", items) + "，共计341.08万元",
            "比上年" => string.Join("、", items) + "，比上年减少21.83万元",
            _ => string.Join("、", items) + "等",
        } + "。";

        var read = Form2023.Read(list).ProjectList.ShouldNotBeNull();

        read.Items.Select(i => i.Name).ShouldBe(Form2023.Projects.Select(p => p.Name + "项目"));
        read.Items.Sum(i => i.Amount).ShouldBe(341.08m);
        read.Complete.ShouldBe(complete);
    }

    [Fact]
    public void A_name_that_ends_in_a_digit_is_told_from_its_amount_by_the_tables()
    {
        // 云视频会议系统1 0.84万元 prints as 云视频会议系统10.84万元: only the table's 项目名称 says where the name ends.
        var text = Form2023.Seed.Replace("项目名称\t云视频会议系统\t", "项目名称\t云视频会议系统1\t", StringComparison.Ordinal)
            .Replace(Form2023.PartialList, "项目支出341.08万元，主要为招商经费45万元、云视频会议系统10.84万元等。", StringComparison.Ordinal);

        var document = DisclosureImporter.Read(text);

        document.ProjectList.ShouldNotBeNull().Items.Select(i => (i.Name, i.Amount, i.AmountText)).ShouldBe(new[] { ("招商经费", 45m, "45"), ("云视频会议系统1", 0.84m, "0.84") });
        Form2023.ProjectFindings(document).ShouldBeEmpty();
    }

    [Fact]
    public void The_printed_json_carries_the_list_as_printed()
    {
        using var json = System.Text.Json.JsonDocument.Parse(BudgetSdk.Serialization.PublishedJson.Serialize(DisclosureImporter.Read(Form2023.Seed)));
        using var none = System.Text.Json.JsonDocument.Parse(BudgetSdk.Serialization.PublishedJson.Serialize(DisclosureImporter.Read(File.ReadAllText(BudgetSdk.Tests.Seeds.PathOf("001")))));

        var list = json.RootElement.GetProperty("projectList");
        list.GetProperty("total").GetString().ShouldBe("341.08");
        list.GetProperty("complete").GetBoolean().ShouldBeFalse();
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString() + " " + i.GetProperty("amount").GetString()).First().ShouldBe("招商经费 45");
        list.GetProperty("items").GetArrayLength().ShouldBe(5);
        list.GetProperty("line").GetInt32().ShouldBe(402);
        none.RootElement.GetProperty("projectList").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void A_list_of_sources_or_of_other_parts_is_no_project_list_to_sum()
    {
        // 项目支出 by its sources lists no projects at all.
        Form2023.Read("项目支出341.08万元，其中：一般公共预算拨款300.00万元、上年结转41.08万元。").ProjectList.ShouldBeNull();

        // Parts that name none of the tables are read, but not summed against 项目支出.
        var document = DisclosureImporter.Read(Form2023.Seed.Replace(Form2023.PartialList, "项目支出341.08万元，其中：本级支出300.00万元、下属单位支出30.00万元。", StringComparison.Ordinal));
        document.ProjectList.ShouldNotBeNull().Complete.ShouldBeTrue();
        Form2023.ProjectFindings(document).ShouldBeEmpty();
    }

    [Fact]
    public void Names_match_only_when_unambiguous()
    {
        // Shortened, lengthened with 项目, or with a different prefix: each has one table that fits best.
        ListedProjects.Match(["招商经费", "县机关服务中心餐饮服务外包项目", "政府机关服务中心餐饮服务外包项目"], ["招商引资经费", "律师顾问费"])
            .ShouldBe(new int?[] { 0, null, null });
        ListedProjects.Match(["政府机关服务中心餐饮服务外包项目"], ["县机关服务中心餐饮服务外包项目", "招商引资经费"]).ShouldBe(new int?[] { 0 });

        // Two tables fit alike; two items fit one table (the equal name wins); a shared 工作经费 is no match.
        ListedProjects.Match(["招商经费"], ["招商引资经费", "招商引智经费"]).ShouldBe(new int?[] { null });
        ListedProjects.Match(["招商经费", "招商引资经费"], ["招商引资经费"]).ShouldBe(new int?[] { null, 0 });
        ListedProjects.Match(["宣传工作经费"], ["统战工作经费"]).ShouldBe(new int?[] { null });
    }

    [Fact]
    public void Lists_too_long_for_any_document_match_equal_names_only()
    {
        // 20,000 items against 20,000 tables: 400 million pairs would take minutes to compare, equal names do not.
        var names = Enumerable.Range(0, 20_000).Select(i => $"第{i}号工作经费").ToArray();
        var listed = names.Select(n => n + "项目").Append("第7号经费").ToArray();

        var matched = ListedProjects.Match(listed, names);

        matched[..^1].ShouldBe(Enumerable.Range(0, 20_000).Select(i => (int?)i));
        matched[^1].ShouldBeNull();
    }

    [Fact]
    public void A_list_of_a_hundred_thousand_items_is_read_whole()
    {
        // One sentence of 100,000 items: each is read from the text after the previous one, never from the sentence's start.
        var list = "项目支出341.08万元，其中：" + string.Join("、", Enumerable.Range(0, 100_000).Select(i => $"第{i}号经费项目1.00万元")) + "。";
        var text = BudgetSdk.Import.Sections.SectionText.Of([new BudgetSdk.Import.Text.SourceRow(1, list, null)], TextFormat.TabSeparated);

        var read = BudgetSdk.Import.Sections.ProjectListReader.Read(text, ["第7号经费"]).ShouldNotBeNull();

        read.Items.Count.ShouldBe(100_000);
        read.Items[^1].ShouldBe(new ListedProject("第99999号经费项目", 1.00m, "1.00", 1));
        read.Complete.ShouldBeTrue();
    }
}
