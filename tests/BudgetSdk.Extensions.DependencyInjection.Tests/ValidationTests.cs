using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BudgetSdk.Extensions.DependencyInjection.Tests;

/// <summary>Invalid options stop the application at start-up, with messages that name the option and what it expects.</summary>
public class ValidationTests
{
    /// <summary>Starts a real host, where ValidateOnStart is enforced, and returns the validation failure.</summary>
    private static async Task<OptionsValidationException> StartFails(Action<BudgetSdkOptions> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddBudgetSdk(configure);
        using var host = builder.Build();
        return await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync());
    }

    /// <summary>A host whose options are bound from configuration, as docs/dependency-injection.md shows.</summary>
    private static IHost HostBoundTo(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.Configure<BudgetSdkOptions>(builder.Configuration.GetSection(BudgetSdkOptions.SectionName));
        builder.Services.AddBudgetSdk();
        return builder.Build();
    }

    private static string Editions => string.Join(", ", FunctionalCode.Editions);

    [Fact]
    public async Task A_host_with_valid_options_starts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddBudgetSdk(o =>
        {
            o.DefaultEdition = FunctionalCode.Editions[^1];
            o.DefaultRegion = "130324";
            o.Rounding = MidpointRounding.ToEven;
            o.Unit = MoneyUnit.Yuan;
        });
        using var host = builder.Build();

        await host.StartAsync();
        host.Services.GetRequiredService<IDisclosureBuilderFactory>().Create("434", "卢龙县人民政府办公室", 2024).Header.RegionCode.ShouldBe("130324");
        await host.StopAsync();
    }

    [Fact]
    public async Task An_edition_the_schema_lacks_fails_at_start_naming_the_editions()
    {
        FunctionalCode.Editions.ShouldNotContain(2022);

        var ex = await StartFails(o => o.DefaultEdition = 2022);

        ex.Failures.ShouldHaveSingleItem().ShouldBe($"BudgetSdk:DefaultEdition is 2022, expected one of the schema's editions {Editions} (or none, to use the budget year)");
        ex.OptionsType.ShouldBe(typeof(BudgetSdkOptions));
    }

    [Theory]
    [InlineData(MidpointRounding.ToZero)]
    [InlineData(MidpointRounding.ToNegativeInfinity)]
    [InlineData(MidpointRounding.ToPositiveInfinity)]
    public async Task A_rounding_other_than_AwayFromZero_or_ToEven_fails_at_start(MidpointRounding rounding)
    {
        var ex = await StartFails(o => o.Rounding = rounding);

        ex.Failures.ShouldHaveSingleItem().ShouldBe($"BudgetSdk:Rounding is {rounding}, expected AwayFromZero (四舍五入) or ToEven");
    }

    [Fact]
    public async Task An_undefined_unit_fails_at_start()
    {
        var ex = await StartFails(o => o.Unit = (MoneyUnit)7);

        ex.Failures.ShouldHaveSingleItem().ShouldBe("BudgetSdk:Unit is 7, expected TenThousandYuan (万元) or Yuan (元)");
    }

    [Theory]
    [InlineData("13032")]
    [InlineData("1303245")]
    [InlineData("13032a")]
    [InlineData("")]
    public async Task A_region_that_is_not_6_digits_fails_at_start(string region)
    {
        var ex = await StartFails(o => o.DefaultRegion = region);

        ex.Failures.ShouldHaveSingleItem().ShouldBe($"BudgetSdk:DefaultRegion is \"{region}\", expected a 6-digit GB/T 2260 region code such as 130324 (or none)");
    }

    [Fact]
    public async Task A_region_without_a_template_fails_at_start_naming_the_missing_parts()
    {
        // 110101 北京市东城区: the schema's templates are 河北省's (13).
        var latest = FunctionalCode.Editions.Max();
        DisclosureTemplate.TrySelect(latest, "110101", out _, out var missing).ShouldBeFalse();
        missing.ShouldContain("t1-income");

        var ex = await StartFails(o => o.DefaultRegion = "110101");

        var failure = ex.Failures.ShouldHaveSingleItem();
        failure.ShouldStartWith("BudgetSdk:DefaultRegion is 110101, but the schema has no template parts ");
        failure.ShouldContain($"{string.Join(", ", missing)} for it in edition {latest};");
        failure.ShouldContain("expected a region the schema has a template for");
    }

    [Fact]
    public async Task A_region_is_checked_against_the_default_edition_or_else_the_latest()
    {
        var earliest = FunctionalCode.Editions.Min();
        var latest = FunctionalCode.Editions.Max();
        earliest.ShouldBeLessThan(latest);

        var ex = await StartFails(o =>
        {
            o.DefaultEdition = earliest;
            o.DefaultRegion = "110101";
        });
        ex.Failures.ShouldHaveSingleItem().ShouldContain($"for it in edition {earliest};");

        // An edition the schema lacks is reported, and the region is still checked, against the latest edition.
        ex = await StartFails(o =>
        {
            o.DefaultEdition = 2022;
            o.DefaultRegion = "110101";
        });
        ex.Failures.Count().ShouldBe(2);
        ex.Failures.Last().ShouldContain($"for it in edition {latest};");
    }

    [Fact]
    public async Task Every_failure_is_reported_at_once()
    {
        var ex = await StartFails(o =>
        {
            o.DefaultEdition = 1999;
            o.Rounding = MidpointRounding.ToZero;
            o.DefaultRegion = "abc";
        });

        ex.Failures.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)])
            .ShouldBe(["BudgetSdk:DefaultEdition", "BudgetSdk:Rounding", "BudgetSdk:DefaultRegion"]);
        ex.Message.ShouldBe(string.Join("; ", ex.Failures));
        ex.Message.ShouldNotContain(".;");
    }

    [Fact]
    public void Without_a_host_the_startup_validator_that_ValidateOnStart_registers_fails()
    {
        using var provider = new ServiceCollection().AddBudgetSdk(o => o.DefaultEdition = 2022).BuildServiceProvider();

        var ex = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        ex.Message.ShouldContain("BudgetSdk:DefaultEdition is 2022");
    }

    [Fact]
    public void Without_a_host_reading_the_options_or_resolving_the_factory_fails()
    {
        using var provider = new ServiceCollection().AddBudgetSdk(o => o.Rounding = MidpointRounding.ToZero).BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BudgetSdkOptions>>().Value)
            .Message.ShouldContain("BudgetSdk:Rounding is ToZero");
        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IDisclosureBuilderFactory>())
            .Message.ShouldContain("BudgetSdk:Rounding is ToZero");
    }

    [Fact]
    public async Task Options_bound_from_configuration_are_validated_too()
    {
        using var host = HostBoundTo(new()
        {
            ["BudgetSdk:DefaultEdition"] = "2024",
            ["BudgetSdk:DefaultRegion"] = "130324",
            ["BudgetSdk:Rounding"] = "ToEven",
            ["BudgetSdk:Unit"] = "Yuan",
        });

        await host.StartAsync();
        var factory = host.Services.GetRequiredService<IDisclosureBuilderFactory>();
        factory.Settings.Edition.ShouldBe(2024);
        factory.Settings.Rounding.ShouldBe(MidpointRounding.ToEven);
        factory.Amount(2m).Yuan.ShouldBe(2m);
        factory.Create("434", "卢龙县人民政府办公室", 2024).Header.RegionCode.ShouldBe("130324");
        await host.StopAsync();

        using var invalid = HostBoundTo(new() { ["BudgetSdk:DefaultRegion"] = "1303" });
        (await Should.ThrowAsync<OptionsValidationException>(() => invalid.StartAsync())).Message.ShouldContain("BudgetSdk:DefaultRegion is \"1303\"");
    }
}
