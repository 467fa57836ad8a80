using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// 部门预算信息公开情况说明: the title and sections 一 … 十一 in the template's headings, each with its text, the unit
/// table, the project tables, the procurement and asset schedules and the glossary.
/// </summary>
internal static class Explanation
{
    public static IEnumerable<Block> Of(Disclosure disclosure, TextLayoutOptions options)
    {
        var say = new Sentences(disclosure.Template);
        (string, string) department = ("department", disclosure.Header.DepartmentName);
        var year = OverviewSentences.Year(disclosure);
        yield return new Heading(say.Fill("title", department, year));
        yield return new Paragraph(say.Fill("introduction", department, year));
        for (var section = 1; section <= 11; section++)
        {
            yield return new Heading(disclosure.Template.HeadingOf(section), Bookmarked: true);
            foreach (var block in Section(section, disclosure, options))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<Block> Section(int section, Disclosure disclosure, TextLayoutOptions options) => section switch
    {
        1 => Duties(disclosure),
        2 => Overview(disclosure),
        3 => [new Paragraph(OverviewSentences.OperatingFunds(disclosure))],
        4 => [new Paragraph(OverviewSentences.ThreePublic(disclosure))],
        5 => TargetText.Of(disclosure.Facts.Narrative.Targets),
        6 => [new Paragraph(disclosure.Facts.Narrative.SpecialFunds ?? None(disclosure))],
        7 => Projects(disclosure),
        8 => Procurement(disclosure),
        9 => FixedAssets(disclosure),
        10 => Glossary(disclosure, options),
        _ => [new Paragraph(disclosure.Facts.Narrative.OtherMatters ?? new Sentences(disclosure.Template).Fill("otherMatters"))],
    };

    // What a section prints when it has nothing to say (无。 in Hebei's form).
    private static string None(Disclosure disclosure) => new Sentences(disclosure.Template).Fill("none");

    private static IEnumerable<Block> Duties(Disclosure disclosure)
    {
        var say = new Sentences(disclosure.Template);
        yield return new Paragraph(say.Fill("duties"));
        var duties = disclosure.Facts.Narrative.Duties;
        foreach (var (duty, i) in duties.Select((d, i) => (d, i)))
        {
            yield return new Paragraph($"{i + 1}、{duty}");
        }

        yield return new Paragraph(say.Fill("units"));
        yield return new Heading("部门机构设置情况");
        yield return ScheduleGrids.Units(disclosure.Facts.Units);
    }

    private static IEnumerable<Block> Overview(Disclosure disclosure)
    {
        var say = new Sentences(disclosure.Template);
        yield return new Paragraph(say.Fill("overview", ("department", disclosure.Header.DepartmentName)));
        yield return new Paragraph(say.Fill("overview.income"));
        yield return new Paragraph(OverviewSentences.Income(disclosure));
        yield return new Paragraph(say.Fill("overview.expense"));
        yield return new Paragraph(OverviewSentences.Expense(disclosure));
        yield return new Paragraph(say.Fill("overview.change"));
        yield return new Paragraph(OverviewSentences.Change(disclosure));
    }

    private static IEnumerable<Block> Projects(Disclosure disclosure)
    {
        var projects = disclosure.Facts.Projects;
        if (projects.Count == 0)
        {
            yield return new Paragraph(None(disclosure));
        }

        for (var i = 0; i < projects.Count; i++)
        {
            yield return new Heading($"{i + 1}、{projects[i].Name}绩效目标表");
            yield return new Paragraph("单位：万元");
            yield return ProjectGrids.Of(projects[i], disclosure.ProjectFunds[i].Fiscal, disclosure.ProjectFunds[i].Other);
        }
    }

    private static IEnumerable<Block> Procurement(Disclosure disclosure)
    {
        yield return new Heading(disclosure[TableId.Procurement].Title);
        yield return ScheduleGrids.Procurement(disclosure[TableId.Procurement], disclosure.Header);
    }

    private static IEnumerable<Block> FixedAssets(Disclosure disclosure)
    {
        if (disclosure.Facts.Assets is not { } assets)
        {
            yield return new Paragraph(None(disclosure));
            yield break;
        }

        var table = disclosure[TableId.Assets];
        yield return new Paragraph(OverviewSentences.FixedAssets(disclosure, assets, table.Rows[0].Cells[1]));
        yield return new Heading(table.Title);
        yield return ScheduleGrids.Assets(table, disclosure.Header);
    }

    private static IEnumerable<Block> Glossary(Disclosure disclosure, TextLayoutOptions options)
    {
        var lines = disclosure.Template.Glossary?.Lines ?? [];
        if (lines.Count == 0)
        {
            yield return new Paragraph(None(disclosure));
        }

        var bold = options.MarkdownBold ? "**" : string.Empty;
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            yield return new Paragraph($"{i + 1}、{bold}{line.Label}{bold}：{line.Text}");
        }
    }
}
