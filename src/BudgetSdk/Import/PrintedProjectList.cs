namespace BudgetSdk.Import;

/// <summary>
/// The projects section 二 lists with their amounts after 项目支出 (<c>项目支出341.08万元，其中：招商引资经费项目45.00万元、…</c>).
/// The 2023 form may print its 项目绩效目标表 without 预算数; the list is then where the projects' amounts are.
/// </summary>
/// <param name="Total">The 项目支出 the sentence quotes.</param>
/// <param name="Complete">False when the list names only some projects: it begins with 主要 (主要为, 主要是 …) or ends with 等.</param>
/// <param name="Items">The projects in printed order.</param>
/// <param name="Sentence">The sentence, as printed.</param>
/// <param name="Line">The 1-based line of the sentence's 项目支出.</param>
public sealed record PrintedProjectList(decimal Total, bool Complete, IReadOnlyList<ListedProject> Items, string Sentence, int Line);

/// <summary>One project of a <see cref="PrintedProjectList"/>.</summary>
/// <param name="Name">The name as printed (white space removed), e.g. 招商引资经费项目.</param>
/// <param name="Amount">The amount in 万元.</param>
/// <param name="AmountText">The amount as printed (45, 38.9, 1,234.56).</param>
/// <param name="Line">The 1-based line.</param>
public sealed record ListedProject(string Name, decimal Amount, string AmountText, int Line);
