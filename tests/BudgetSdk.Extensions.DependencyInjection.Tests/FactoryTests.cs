using BudgetSdk.Amounts;
using BudgetSdk.Building;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BudgetSdk.Extensions.DependencyInjection.Tests;

/// <summary>What the factory gives the builders it creates, and what AddBudgetSdk registers.</summary>
public class FactoryTests
{
    private static IDisclosureBuilderFactory Factory(Action<BudgetSdkOptions>? configure = null)
        => new ServiceCollection().AddBudgetSdk(configure).BuildServiceProvider().GetRequiredService<IDisclosureBuilderFactory>();

    [Fact]
    public void Builders_carry_the_configured_settings()
    {
        var factory = Factory(o =>
        {
            o.DefaultEdition = 2023;
            o.Rounding = MidpointRounding.ToEven;
            o.WarningsAsErrors = true;
        });

        var builder = factory.Create("130324", "434", "卢龙县人民政府办公室", 2024);

        var expected = new BuildSettings { Edition = 2023, Rounding = MidpointRounding.ToEven, WarningsAsErrors = true };
        factory.Settings.ShouldBe(expected);
        builder.Settings.ShouldBe(expected);
        builder.Header.RegionCode.ShouldBe("130324");
        builder.Header.DepartmentCode.ShouldBe("434");
        builder.Header.DepartmentName.ShouldBe("卢龙县人民政府办公室");
        builder.Header.Year.ShouldBe(2024);
        builder.Facts.Edition.ShouldBe(2023);
    }

    [Fact]
    public void Without_options_builders_get_the_library_defaults()
    {
        var factory = Factory();

        factory.Settings.ShouldBe(BuildSettings.Default);
        factory.Create("130324", "434", "卢龙县人民政府办公室", 2024).Facts.Edition.ShouldBe(2024);
        factory.Amount(267.58m).ShouldBe(Money.FromWan(267.58m));
    }

    [Fact]
    public void Create_without_a_region_uses_DefaultRegion()
    {
        var builder = Factory(o => o.DefaultRegion = "130324").Create("434", "卢龙县人民政府办公室", 2024);

        builder.Header.ShouldBe(new Facts.DisclosureHeader("130324", "434", "卢龙县人民政府办公室", 2024));
    }

    [Fact]
    public void Create_without_a_region_and_no_DefaultRegion_throws_naming_the_option()
    {
        var factory = Factory();

        var ex = Should.Throw<InvalidOperationException>(() => factory.Create("434", "卢龙县人民政府办公室", 2024));

        ex.Message.ShouldContain("BudgetSdk:DefaultRegion");
        ex.Message.ShouldContain("is not set");
    }

    [Theory]
    [InlineData(MoneyUnit.TenThousandYuan, 1.5, 15000)]
    [InlineData(MoneyUnit.Yuan, 1.5, 1.5)]
    public void Amount_reads_the_configured_unit(MoneyUnit unit, decimal value, decimal yuan)
    {
        Factory(o => o.Unit = unit).Amount(value).Yuan.ShouldBe(yuan);
    }

    [Fact]
    public void Amount_rejects_a_negative_value()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Factory().Amount(-1m));
    }

    [Fact]
    public void Adding_twice_registers_one_factory_and_one_validator_and_applies_both_configurations()
    {
        var services = new ServiceCollection()
            .AddBudgetSdk(o => o.DefaultRegion = "130324")
            .AddBudgetSdk(o => o.WarningsAsErrors = true);

        services.Count(d => d.ServiceType == typeof(IDisclosureBuilderFactory)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<BudgetSdkOptions>)).ShouldBe(1);

        using var provider = services.BuildServiceProvider();
        provider.GetServices<IDisclosureBuilderFactory>().Count().ShouldBe(1);
        provider.GetRequiredService<IDisclosureBuilderFactory>().ShouldBeSameAs(provider.GetRequiredService<IDisclosureBuilderFactory>());
        var options = provider.GetRequiredService<IOptions<BudgetSdkOptions>>().Value;
        options.DefaultRegion.ShouldBe("130324");
        options.WarningsAsErrors.ShouldBeTrue();
    }

    [Fact]
    public void A_factory_registered_first_is_kept()
    {
        var mine = Factory();
        var services = new ServiceCollection().AddSingleton(mine).AddBudgetSdk();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IDisclosureBuilderFactory>().ShouldBeSameAs(mine);
    }
}
