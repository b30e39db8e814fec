using System.Diagnostics.Metrics;
using FactCheck;
using FactCheck.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // Service registration lives in the container's namespace so it is found from it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers FactCheck in an application's services.</summary>
public static class FactCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="FactChecker"/> configured from <paramref name="configuration"/> (see
    /// <see cref="FactCheckOptions"/> for the keys; typically <c>builder.Configuration.GetSection("FactCheck")</c>),
    /// logging and metering through the application's <see cref="ILoggerFactory"/> and <see cref="IMeterFactory"/>.
    /// </summary>
    /// <remarks>
    /// <para>Registers <see cref="FactCheckerProvider"/> (a singleton that rebuilds the checker when the configuration
    /// or a reference-fact file changes), <see cref="FactChecker"/> (the provider's current checker: inject it where a
    /// document is checked) and a hosted service that calls <see cref="FactChecker.WarmUp"/> while the application
    /// starts, unless <see cref="FactCheckOptions.WarmUpAtStart"/> is off.</para>
    /// <para>The options are validated at start-up: an unknown culture, a limit out of range, an unknown rule or a fact
    /// file that does not read stops the application with a message that names it.</para>
    /// </remarks>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The FactCheck section of the configuration.</param>
    /// <param name="configure">Called on every build after the configuration is applied, to add checks of your own.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddFactChecker(this IServiceCollection services, IConfiguration configuration, Action<FactCheckerBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FactCheckOptions>().Bind(configuration).ValidateOnStart();
        return AddCore(services, configuration.GetSection("Rules"), configure);
    }

    /// <summary>Registers a <see cref="FactChecker"/> configured in code (see the overload that reads configuration).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configureOptions">Sets the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configureOptions"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddFactChecker(this IServiceCollection services, Action<FactCheckOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureOptions);
        services.AddOptions<FactCheckOptions>().Configure(configureOptions).ValidateOnStart();
        return AddCore(services, new ConfigurationBuilder().Build(), configure: null);
    }

    private static IServiceCollection AddCore(IServiceCollection services, IConfiguration rules, Action<FactCheckerBuilder>? configure)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FactCheckOptions>, FactCheckOptionsValidator>());
        services.TryAddSingleton(sp => new FactCheckerProvider(
            sp.GetRequiredService<IOptionsMonitor<FactCheckOptions>>(),
            rules,
            sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory,
            sp.GetService<ILoggerFactory>(),
            sp.GetService<IMeterFactory>(),
            configure));
        services.TryAddTransient(sp => sp.GetRequiredService<FactCheckerProvider>().Current);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, FactCheckerWarmUpService>());
        return services;
    }
}
