using BudgetSdk.Facts;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// The sentences of sections 二、三、四 as the Hebei disclosures word them, every amount taken from
/// <see cref="Disclosure.Figures"/> so that text and tables agree: 收入 by line, 支出 by 基本 (人员 + 公用) and 项目,
/// 比上年增减 when last year's figures are known, 机关运行经费, and the “三公” parts.
/// </summary>
internal static class OverviewSentences
{
    private const int NamedProjects = 5;

    public static string Income(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var lines = f.IncomeByLine.Select(l => $"{IncomeName(l.Key)}{W(l.Value)}");
        return $"反映本部门当年全部收入。{disclosure.Header.Year}年预算收入{W(f.Income)}，其中：{string.Join("，", lines)}，上年结转结余{W(f.CarriedOver)}。";
    }

    public static string Expense(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var named = ProjectSummary(disclosure) is { Length: > 0 } summary ? $"，主要为{summary}" : string.Empty;
        return $"收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映{disclosure.Header.DepartmentName}年度部门预算中支出预算的总体情况。"
            + $"{disclosure.Header.Year}年支出预算{W(f.Expense)}，其中基本支出{W(f.Basic)}，包括人员经费{W(f.Personnel)}和日常公用经费{W(f.PublicUse)}；项目支出{W(f.Project)}{named}。";
    }

    /// <summary>比上年增减, or a sentence that says there is nothing to compare with.</summary>
    public static string Change(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var year = disclosure.Header.Year;
        if (f.ExpenseChange is not { } total || f.BasicChange is not { } basic || f.ProjectChange is not { } project)
        {
            return $"{year}年为本部门首次编报部门预算，无上年预算可比。";
        }

        var narrative = disclosure.Facts.Narrative;
        return $"{year}年预算收支安排{W(f.Expense)}，较{year - 1}年预算{Change(total)}，其中：基本支出{Change(basic)}，主要为{narrative.BasicChangeReason ?? "人员和公用经费调整"}。"
            + $"项目支出{Change(project)}，主要为{narrative.ProjectChangeReason ?? "项目安排调整"}。";
    }

    public static string OperatingFunds(Disclosure disclosure)
        => $"{disclosure.Header.Year}年，我部门机关运行经费共计安排{W(disclosure.Figures.OperatingFunds)}，主要用于{disclosure.Facts.Narrative.OperatingFundsUse ?? "办公费、水电费、物业管理费、公务用车运行维护费等日常运行支出"}。";

    public static string ThreePublic(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var year = disclosure.Header.Year;
        var text = $"{year}年，我部门财政拨款“三公”经费预算安排{W(f.ThreePublic)}，其中因公出国（境）费{W(f.OverseasTravel)}；公务用车购置及运维费{W(f.Vehicles)}"
            + $"（其中：公务用车购置费为{W(f.VehiclePurchase)}，公务用车运维费{W(f.VehicleOperation)}）；公务接待费{W(f.Reception)}。";
        if (f.ThreePublicChange is { } change)
        {
            var reason = disclosure.Facts.Narrative.ThreePublicChangeReason ?? "严格控制一般性支出";
            text += change == 0m ? $"与{year - 1}年相比持平。" : $"与{year - 1}年相比{Change(change)}，增减变化的主要原因是{reason}。";
        }

        return text;
    }

    /// <summary>上年末固定资产金额 and 本年度拟购置 (section 九).</summary>
    public static string FixedAssets(Disclosure disclosure, Assets assets, decimal total)
        => $"{disclosure.Header.DepartmentName}（含所属单位）上年末固定资产金额为{W(total)}（详见下表）。本年度拟购置固定资产总额为{W(Math.Round(assets.PlannedPurchases.Wan, 2))}，已按要求列入政府采购预算，详见政府采购预算表。";

    // The narrative's own list when given; else the largest projects with their amounts, as publishers list them.
    private static string ProjectSummary(Disclosure disclosure)
    {
        if (disclosure.Facts.Narrative.ProjectSummary is { } summary)
        {
            return summary;
        }

        var projects = disclosure.Facts.Projects.Select((p, i) => (p.Name, Budget: disclosure.ProjectFunds[i].Fiscal + disclosure.ProjectFunds[i].Other))
            .OrderByDescending(p => p.Budget).Take(NamedProjects).ToArray();
        return projects.Length == 0 ? string.Empty : string.Join("、", projects.Select(p => p.Name + W(p.Budget))) + "等";
    }

    // 一、一般公共预算拨款收入 → 一般公共预算拨款收入; 五、单位资金 → 单位资金收入.
    private static string IncomeName(string line)
    {
        var name = line[(line.IndexOf('、', StringComparison.Ordinal) + 1)..];
        return name.EndsWith("收入", StringComparison.Ordinal) ? name : name + "收入";
    }

    private static string Change(decimal change) => change switch
    {
        > 0m => $"增加{W(change)}",
        < 0m => $"减少{W(-change)}",
        _ => "持平",
    };

    private static string W(decimal amount) => PrintedCells.Quoted(amount) + "万元";
}
