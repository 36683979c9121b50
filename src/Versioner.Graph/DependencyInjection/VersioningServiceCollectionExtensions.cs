using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Versioner;
using Versioner.DependencyInjection;

// In the namespace an app's Program.cs already imports, like EF Core's AddDbContext.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Versioner in an app's service collection.</summary>
public static class VersioningServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="AddVersioning{TContext}"/> binds <see cref="RepositoryOptions"/> from.</summary>
    public const string ConfigurationSection = "Versioner";

    /// <summary>
    /// Registers a scoped <see cref="Repository"/> over the app's <typeparamref name="TContext"/> (register the context
    /// itself with <c>AddDbContext</c>, its options ending in <c>.UseVersioning()</c>). The repository's options are bound
    /// from the <c>Versioner</c> configuration section (<c>DefaultBranch</c>, <c>InstallDatabaseGuards</c>), then
    /// <paramref name="configure"/> runs; a <see cref="TimeProvider"/> registered in the container is the clock. When the
    /// host starts, the options are validated and the repository is opened once (guards installed, the model's field
    /// sets checked against the database), so a misconfiguration stops the start instead of the first request; each
    /// scope then opens its repository without another round trip.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddDbContext&lt;ShopContext&gt;(o => o.UseSqlite("Data Source=shop.db").UseVersioning());
    /// builder.Services.AddVersioning&lt;ShopContext&gt;(o => o.DefaultBranch = "main");
    /// builder.Services.AddHealthChecks().AddVersionerHealthCheck();
    /// // in a request: app.MapGet("/log", (Repository repo) => repo.LogAsync("main"));
    /// </code>
    /// </example>
    public static IServiceCollection AddVersioning<TContext>(this IServiceCollection services, Action<RepositoryOptions>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RepositoryOptions>()
            .Configure<IServiceProvider>((o, provider) => o.TimeProvider = provider.GetService<TimeProvider>() ?? o.TimeProvider)
            .BindConfiguration(ConfigurationSection)
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RepositoryOptions>, RepositoryOptionsValidation>());
        services.TryAddSingleton<RepositoryOpening<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<RepositoryOpening<TContext>>());
        services.TryAddScoped(provider => provider.GetRequiredService<RepositoryOpening<TContext>>().Open(provider.GetRequiredService<TContext>()));
        return services;
    }
}
