using System.Globalization;
using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Templates;
using Microsoft.Extensions.Options;

namespace BudgetSdk.Extensions.DependencyInjection;

/// <summary>
/// Checks <see cref="BudgetSdkOptions"/> against the schema compiled into BudgetSdk. Hand-written rather than
/// DataAnnotations so that it stays trim- and AOT-safe. Every message names the option (<c>BudgetSdk:Name</c>),
/// what it is, and what was expected; all failures are reported together (the exception's message joins them with <c>; </c>, so none ends in a full stop).
/// </summary>
internal sealed class BudgetSdkOptionsValidator : IValidateOptions<BudgetSdkOptions>
{
    public ValidateOptionsResult Validate(string? name, BudgetSdkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var editions = FunctionalCode.Editions;
        if (options.DefaultEdition is { } edition && !editions.Contains(edition))
        {
            failures.Add($"{Name(nameof(options.DefaultEdition))} is {Text(edition)}, expected one of the schema's editions {string.Join(", ", editions)} (or none, to use the budget year)");
        }

        if (options.Rounding is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven))
        {
            failures.Add($"{Name(nameof(options.Rounding))} is {options.Rounding}, expected {nameof(MidpointRounding.AwayFromZero)} (四舍五入) or {nameof(MidpointRounding.ToEven)}");
        }

        if (options.Unit is not (MoneyUnit.Yuan or MoneyUnit.TenThousandYuan))
        {
            failures.Add($"{Name(nameof(options.Unit))} is {options.Unit}, expected {nameof(MoneyUnit.TenThousandYuan)} (万元) or {nameof(MoneyUnit.Yuan)} (元)");
        }

        if (options.DefaultRegion is { } region)
        {
            if (region.Length != 6 || !region.All(char.IsAsciiDigit))
            {
                failures.Add($"{Name(nameof(options.DefaultRegion))} is \"{region}\", expected a 6-digit GB/T 2260 region code such as 130324 (or none)");
            }
            else if (editions.Count > 0)
            {
                // An invalid edition was reported above; the region is still checked, against the latest edition.
                var year = options.DefaultEdition is { } e && editions.Contains(e) ? e : editions.Max();
                if (!DisclosureTemplate.TrySelect(year, region, out _, out var missing))
                {
                    failures.Add($"{Name(nameof(options.DefaultRegion))} is {region}, but the schema has no template parts {string.Join(", ", missing)} for it in edition {Text(year)}; expected a region the schema has a template for, in its own right or through its province");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The name of an option as configuration spells it, e.g. <c>BudgetSdk:DefaultRegion</c>.</summary>
    internal static string Name(string option) => BudgetSdkOptions.SectionName + ":" + option;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
