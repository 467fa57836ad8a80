using BudgetSdk.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the namespace of IServiceCollection, as for Microsoft's own Add… methods, so that AddBudgetSdk is found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers BudgetSdk with a service collection.</summary>
public static class BudgetSdkServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BudgetSdkOptions"/>, their validation at start-up, and <see cref="IDisclosureBuilderFactory"/>
    /// as a singleton. Calling it again registers nothing twice; each call's <paramref name="configure"/> is applied,
    /// in order.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Options are validated by <c>ValidateOnStart</c>: a host (<c>Microsoft.Extensions.Hosting</c>) fails to start with
    /// an <see cref="OptionsValidationException"/> naming every invalid option, e.g. <c>BudgetSdk:DefaultEdition</c>.
    /// Without a host, the same exception is thrown when <see cref="IOptions{TOptions}.Value"/> or the factory is first
    /// resolved, or when you call <see cref="IStartupValidator.Validate"/> yourself.
    /// </para>
    /// <para>
    /// This package does not read configuration. To bind the options from a section, add
    /// <c>Microsoft.Extensions.Options.ConfigurationExtensions</c> and call
    /// <c>services.Configure&lt;BudgetSdkOptions&gt;(configuration.GetSection(BudgetSdkOptions.SectionName))</c>
    /// before or after this method (with the configuration binding source generator for trimmed or AOT applications).
    /// </para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null leaves them as configured elsewhere or at their defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// services.AddBudgetSdk(o =>
    /// {
    ///     o.DefaultRegion = "130324";
    ///     o.DefaultEdition = 2024;
    /// });
    /// // later, from the container:
    /// var builder = factory.Create("434", "卢龙县人民政府办公室", 2024);
    /// </code>
    /// </example>
    public static IServiceCollection AddBudgetSdk(this IServiceCollection services, Action<BudgetSdkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BudgetSdkOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // The validator marks a first call, so ValidateOnStart is registered once.
        var validator = ServiceDescriptor.Singleton<IValidateOptions<BudgetSdkOptions>, BudgetSdkOptionsValidator>();
        if (!services.Any(d => d.ServiceType == validator.ServiceType && d.ImplementationType == validator.ImplementationType))
        {
            options.ValidateOnStart();
            services.Add(validator);
        }

        services.TryAddSingleton<IDisclosureBuilderFactory, DisclosureBuilderFactory>();
        return services;
    }
}
