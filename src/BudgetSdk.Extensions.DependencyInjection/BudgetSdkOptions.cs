using BudgetSdk.Amounts;
using BudgetSdk.Building;

namespace BudgetSdk.Extensions.DependencyInjection;

/// <summary>
/// The settings of BudgetSdk in an application: what <see cref="IDisclosureBuilderFactory"/> gives every builder it
/// creates. Set them with <c>services.AddBudgetSdk(o => …)</c>, or bind them from configuration yourself, e.g.
/// <c>services.Configure&lt;BudgetSdkOptions&gt;(configuration.GetSection(BudgetSdkOptions.SectionName))</c>.
/// They are checked when the host starts (see <c>BudgetSdkServiceCollectionExtensions.AddBudgetSdk</c>).
/// </summary>
public sealed class BudgetSdkOptions
{
    /// <summary>The configuration section these options are usually bound from, and the prefix of every validation message: <c>BudgetSdk</c>.</summary>
    public const string SectionName = "BudgetSdk";

    /// <summary>
    /// The edition of code lists and template every builder uses (<see cref="BuildSettings.Edition"/>); null (the
    /// default) uses each disclosure's budget year. When set, it must be one of <c>FunctionalCode.Editions</c>.
    /// </summary>
    public int? DefaultEdition { get; set; }

    /// <summary>
    /// The 6-digit GB/T 2260 region code (e.g. <c>130324</c> 卢龙县) of builders created without one by
    /// <see cref="IDisclosureBuilderFactory.Create(string, string, int)"/>; optional. When set, the schema must have
    /// a template for it in <see cref="DefaultEdition"/>, or in the latest edition when that is null.
    /// </summary>
    public string? DefaultRegion { get; set; }

    /// <summary>The unit <see cref="IDisclosureBuilderFactory.Amount"/> reads amounts in: 万元 (<see cref="MoneyUnit.TenThousandYuan"/>, the default) or 元.</summary>
    public MoneyUnit Unit { get; set; } = MoneyUnit.TenThousandYuan;

    /// <summary>
    /// How a group total rounds a half cent (<see cref="BuildSettings.Rounding"/>): <see cref="MidpointRounding.AwayFromZero"/>
    /// (四舍五入, the default) or <see cref="MidpointRounding.ToEven"/>; no other mode is valid.
    /// </summary>
    public MidpointRounding Rounding { get; set; } = MidpointRounding.AwayFromZero;

    /// <summary>When true, a warning fails a build like an error (<see cref="BuildSettings.WarningsAsErrors"/>).</summary>
    public bool WarningsAsErrors { get; set; }
}
