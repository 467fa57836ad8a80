using BudgetSdk.Amounts;
using BudgetSdk.Building;
using Microsoft.Extensions.Options;

namespace BudgetSdk.Extensions.DependencyInjection;

/// <summary>The factory <c>AddBudgetSdk</c> registers: options read once, when the singleton is created.</summary>
internal sealed class DisclosureBuilderFactory : IDisclosureBuilderFactory
{
    private readonly string? _defaultRegion;
    private readonly MoneyUnit _unit;

    // Reading Value runs BudgetSdkOptionsValidator, so invalid options throw OptionsValidationException here even
    // where no host calls ValidateOnStart.
    public DisclosureBuilderFactory(IOptions<BudgetSdkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _defaultRegion = value.DefaultRegion;
        _unit = value.Unit;
        Settings = new BuildSettings
        {
            Edition = value.DefaultEdition,
            Rounding = value.Rounding,
            WarningsAsErrors = value.WarningsAsErrors,
        };
    }

    public BuildSettings Settings { get; }

    public DisclosureBuilder Create(string regionCode, string departmentCode, string departmentName, int year)
        => DisclosureBuilder.For(regionCode, departmentCode, departmentName, year, Settings);

    public DisclosureBuilder Create(string departmentCode, string departmentName, int year)
        => Create(
            _defaultRegion ?? throw new InvalidOperationException(
                $"{BudgetSdkOptionsValidator.Name(nameof(BudgetSdkOptions.DefaultRegion))} is not set, so a builder needs a region: "
                + "pass a 6-digit region code to Create(regionCode, departmentCode, departmentName, year), or set the option (e.g. 130324)."),
            departmentCode,
            departmentName,
            year);

    public Money Amount(decimal value) => Money.From(value, _unit);
}
