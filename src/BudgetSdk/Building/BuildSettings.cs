namespace BudgetSdk.Building;

/// <summary>How a disclosure is built: the knobs <c>BudgetSdkOptions</c> exposes to dependency injection.</summary>
public sealed record BuildSettings
{
    /// <summary>The defaults: edition = budget year, template by year and region, 四舍五入, warnings do not fail.</summary>
    public static BuildSettings Default { get; } = new();

    /// <summary>The edition of code lists and template; null uses the budget year.</summary>
    public int? Edition { get; init; }

    /// <summary>How a group total rounds a half cent (see <see cref="Amounts.Apportionment"/>): AwayFromZero (四舍五入) or ToEven.</summary>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;

    /// <summary>When true, a warning fails the build like an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// The template line sets to select from; null uses the schema's (<c>LineSets.All</c>). Set it to use templates
    /// of your own schema, e.g. a province the shipped schema does not cover.
    /// </summary>
    public IReadOnlyList<Templates.TemplateLineSet>? TemplateSets { get; init; }
}
