using BudgetSdk.Facts;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// The sentences of sections 二、三、四 and 九, worded by the form's <c>sentences</c> template part and filled with
/// amounts taken from <see cref="Disclosure.Figures"/> so that text and tables agree: 收入 by line, 支出 by 基本 (人员 +
/// 公用) and 项目, 比上年增减 when last year's figures are known, 机关运行经费, the “三公” parts, 固定资产.
/// </summary>
internal static class OverviewSentences
{
    private const int NamedProjects = 5;

    public static string Income(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var say = new Sentences(disclosure.Template);
        var lines = f.IncomeByLine.Select(l => say.Fill("income.line", ("name", IncomeName(l.Key)), ("amount", W(l.Value))));
        return say.Fill("income", Year(disclosure), ("income", W(f.Income)), ("incomeLines", string.Join("，", lines)), ("carriedOver", W(f.CarriedOver)));
    }

    public static string Expense(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var say = new Sentences(disclosure.Template);
        var named = ProjectSummary(disclosure) is { Length: > 0 } summary ? say.Fill("expense.projects", ("projects", summary)) : string.Empty;
        return say.Fill("expense", Year(disclosure), ("department", disclosure.Header.DepartmentName), ("expense", W(f.Expense)), ("basic", W(f.Basic)),
            ("personnel", W(f.Personnel)), ("publicUse", W(f.PublicUse)), ("project", W(f.Project)), ("namedProjects", named));
    }

    /// <summary>比上年增减, or a sentence that says there is nothing to compare with.</summary>
    public static string Change(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var say = new Sentences(disclosure.Template);
        if (f.ExpenseChange is not { } total || f.BasicChange is not { } basic || f.ProjectChange is not { } project)
        {
            return say.Fill("change.none", Year(disclosure));
        }

        var narrative = disclosure.Facts.Narrative;
        return say.Fill("change", Year(disclosure), LastYear(disclosure), ("expense", W(f.Expense)), ("totalChange", Change(say, total)),
            ("basicChange", Change(say, basic)), ("basicReason", narrative.BasicChangeReason ?? say.Fill("change.basicReason")),
            ("projectChange", Change(say, project)), ("projectReason", narrative.ProjectChangeReason ?? say.Fill("change.projectReason")));
    }

    public static string OperatingFunds(Disclosure disclosure)
    {
        var say = new Sentences(disclosure.Template);
        return say.Fill("operatingFunds", Year(disclosure), ("operatingFunds", W(disclosure.Figures.OperatingFunds)),
            ("use", disclosure.Facts.Narrative.OperatingFundsUse ?? say.Fill("operatingFunds.use")));
    }

    public static string ThreePublic(Disclosure disclosure)
    {
        var f = disclosure.Figures;
        var say = new Sentences(disclosure.Template);
        var text = say.Fill("threePublic", Year(disclosure), ("threePublic", W(f.ThreePublic)), ("overseasTravel", W(f.OverseasTravel)),
            ("vehicles", W(f.Vehicles)), ("vehiclePurchase", W(f.VehiclePurchase)), ("vehicleOperation", W(f.VehicleOperation)), ("reception", W(f.Reception)));
        if (f.ThreePublicChange is { } change)
        {
            var reason = disclosure.Facts.Narrative.ThreePublicChangeReason ?? say.Fill("threePublic.reason");
            text += change == 0m
                ? say.Fill("threePublic.same", LastYear(disclosure))
                : say.Fill("threePublic.change", LastYear(disclosure), ("change", Change(say, change)), ("reason", reason));
        }

        return text;
    }

    /// <summary>上年末固定资产金额 and 本年度拟购置 (section 九).</summary>
    public static string FixedAssets(Disclosure disclosure, Assets assets, decimal total)
        => new Sentences(disclosure.Template).Fill("fixedAssets", ("department", disclosure.Header.DepartmentName), ("total", W(total)),
            ("planned", W(Math.Round(assets.PlannedPurchases.Wan, 2))));

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

    private static string Change(Sentences say, decimal change) => change switch
    {
        > 0m => say.Fill("change.up", ("amount", W(change))),
        < 0m => say.Fill("change.down", ("amount", W(-change))),
        _ => say.Fill("change.same"),
    };

    /// <summary>The <c>{year}</c> placeholder: the budget year.</summary>
    internal static (string, string) Year(Disclosure disclosure) => ("year", disclosure.Header.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The <c>{lastYear}</c> placeholder: the year before the budget year.</summary>
    internal static (string, string) LastYear(Disclosure disclosure) => ("lastYear", (disclosure.Header.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string W(decimal amount) => PrintedCells.Quoted(amount) + "万元";
}
