using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Building;

/// <summary>
/// The builder's way into a region's form: <c>builder.BuildForm()</c> next to Hebei's <c>builder.Build()</c>, choosing
/// the form the way the reader does (<see cref="FormCatalog.Select"/> by the header's region and year).
/// </summary>
/// <example>
/// <code>
/// var result = DisclosureBuilder.For("310107", "001", "上海市普陀区财政局", 2025, new BuildSettings { Edition = 2024 })
///     .Spend(FunctionalCode.Edition2024.行政运行_2010601, ExpenseKind.Basic, Money.FromYuan(16_093_326m))
///     .BuildForm();
/// var text = result.Layout();   // pdftotext -layout style; FormReader.Read(text) gives result.Document back
/// </code>
/// </example>
public static class FormBuilding
{
    /// <summary>
    /// Runs <see cref="FormBuild.Run"/> on the builder's facts with the form of their region and year (or the one given).
    /// </summary>
    /// <param name="builder">The builder holding the facts.</param>
    /// <param name="kind">The document kind: <c>department</c> (部门, a department with its units) or <c>unit</c> (one 预算单位).</param>
    /// <param name="form">The form; null chooses it from <see cref="FormCatalog.Shipped"/> by the header's region and year.</param>
    /// <exception cref="ArgumentException">No shipped form for the header's region and year (the message is <see cref="FormCatalog.NoFormMessage"/>'s).</exception>
    public static FormBuildResult BuildForm(this DisclosureBuilder builder, string kind = "department", FormTemplate? form = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var facts = builder.Facts;
        var region = facts.Header.RegionCode ?? string.Empty;
        form ??= FormCatalog.Shipped.Select(region, facts.Header.Year)
            ?? throw new ArgumentException(FormCatalog.Shipped.NoFormMessage(FormCatalog.RegionName(region), facts.Header.Year), nameof(builder));
        return FormBuild.Run(facts, form, kind, builder.Settings.WarningsAsErrors);
    }
}
