using System.Diagnostics.CodeAnalysis;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Writing;
using BudgetSdk.Rules;

namespace BudgetSdk.Forms.Deriving;

/// <summary>
/// The builder's fact rules, then <see cref="FormDerivation.Derive"/>: a form document, or every problem that prevents one.
/// The path of a form given as data, independent of Hebei's templates (<c>DisclosureBuilder.Build()</c> derives Hebei's nine tables through Hebei's form, with Hebei's rules).
/// </summary>
/// <example>
/// <code>
/// var builder = DisclosureBuilder.For("310107", "001", "上海市普陀区财政局", 2025, new BuildSettings { Edition = 2024 })
///     .Spend(FunctionalCode.Edition2024.行政运行_2010601, ExpenseKind.Basic, Money.FromYuan(16_093_326m));
/// var form = FormCatalog.Shipped.Select("310107", 2025)!;
/// var result = FormBuild.Run(builder.Facts, form);
/// </code>
/// </example>
public static class FormBuild
{
    /// <summary>
    /// Runs the fact rules that hold in every form (codes of the edition and leaves, 基本支出 by 经济分类 = by 功能分类, the
    /// projects, indicators, procurement and assets) and, when none fails, derives the form's tables.
    /// </summary>
    /// <remarks>
    /// Left out, because they describe Hebei's 表样 rather than the facts: the rule that the region and year have a Hebei
    /// template (BDR0003 on the header; the form stands for it), the T1 expense line and T9 row rules (they only run with a
    /// Hebei template), and, when no project is stated, the rule that projects add up to 项目支出 (BDR0202: a form without a
    /// project table, like Shanghai's, needs no projects). A Hebei form's fiscal-kind rule (BDR0104) also lets
    /// 单位预留机动经费 (<see cref="ExpenseKind.Reserve"/>) be paid from 财政拨款, as Jiangsu's form prints it. The soft
    /// checks of Hebei's narrative figures are not run.
    /// </remarks>
    /// <param name="facts">The facts, e.g. <c>DisclosureBuilder.Facts</c>.</param>
    /// <param name="form">The region's form, e.g. from <see cref="Schema.FormCatalog.Select"/>.</param>
    /// <param name="kind">The document kind: <c>department</c> or <c>unit</c>.</param>
    /// <param name="warningsAsErrors">When true, a warning fails like an error.</param>
    public static FormBuildResult Run(DisclosureFacts facts, FormTemplate form, string kind = "department", bool warningsAsErrors = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(form);
        var context = new RuleContext(facts, null, Array.Empty<string>());
        FactRuleChecks.Check(context);
        var problems = context.Problems.Where(p => !IsHebeiFormRule(p, facts)).ToList();
        if (!form.AppliesTo(facts.Header.RegionCode ?? string.Empty, facts.Header.Year))
        {
            problems.Add(new Problem(RuleCatalog.Template.Id, Severity.Error, "header", $"the form {form.Id} does not apply to region {facts.Header.RegionCode} in {facts.Header.Year}", $"a region under {form.Region} in {form.Years}", $"{facts.Header.RegionCode} {facts.Header.Year}"));
        }

        if (form.Kinds.All(k => k.Id != kind))
        {
            problems.Add(new Problem(RuleCatalog.Template.Id, Severity.Error, "kind", $"the form {form.Id} prints no document kind '{kind}'", string.Join(", ", form.Kinds.Select(k => k.Id)), kind));
        }

        problems.AddRange(UnsplitBasic(facts, form, kind));
        var failing = problems.Any(p => p.Severity == Severity.Error || warningsAsErrors);
        return failing ? new FormBuildResult(null, problems) : new FormBuildResult(FormDerivation.Derive(facts, form, kind), problems);
    }

    /// <summary>
    /// Where the form prints 基本支出 by function as 人员经费 and 公用经费 (a 单位预算's 财务收支预算总表), each 基本支出 fact needs
    /// its <see cref="Spending.Part"/>: without it the amount would be in neither column, and the 类 would not add up.
    /// </summary>
    private static IEnumerable<Problem> UnsplitBasic(DisclosureFacts facts, FormTemplate form, string kind)
    {
        var split = form.Tables.SelectMany(t => t.Sides.SelectMany(s => s.Columns
                .Where(c => c.PrintsFor(kind) && c.Select.Part is not null && t.Select.Narrow(c.Select).Measure is FactMeasure.Spending or FactMeasure.Inherit)
                .Select(c => $"{t.Id}.{s.Id}.{c.Id}")))
            .FirstOrDefault();
        if (split is null)
        {
            yield break;
        }

        foreach (var spending in facts.Spending.Where(s => s.Kind == ExpenseKind.Basic && s.Part is null))
        {
            yield return new Problem(RuleCatalog.Template.Id, Severity.Error, $"spending/{spending.Code.Code}",
                $"the form {form.Id} prints 基本支出 by function as 人员经费 and 公用经费 ({split}); this 基本支出 of {spending.Code.Code} is neither",
                "Spending.Part = Personnel or PublicUse", "no part");
        }
    }

    private static bool IsHebeiFormRule(Problem problem, DisclosureFacts facts)
        => (problem.RuleId == RuleCatalog.Template.Id && problem.Location == "header")
            || (problem.RuleId == RuleCatalog.ProjectsTotal.Id && facts.Projects.Count == 0)
            || (problem.RuleId == RuleCatalog.FiscalKind.Id && problem.Actual == nameof(ExpenseKind.Reserve));
}

/// <summary>The outcome of <see cref="FormBuild.Run"/>: a form document, or every problem that prevents one.</summary>
/// <param name="Document">The derived document; null when an error (or, with warnings as errors, a warning) was found.</param>
/// <param name="Problems">Every problem found, in rule order.</param>
public sealed record FormBuildResult(FormDocument? Document, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when a document was derived.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null;

    /// <summary>
    /// The derived document printed as <c>pdftotext -layout</c> text (<see cref="LayoutWriter.Write"/>), the way the
    /// region's published documents print; <c>FormReader.Read</c> reads it back to <see cref="Document"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No document was derived (see <see cref="Problems"/>).</exception>
    public string Layout()
        => Document is { } document ? LayoutWriter.Write(document) : throw new InvalidOperationException($"no document was derived: {Problems.Count} problem(s), the first {Problems.FirstOrDefault()}");
}
