using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Versioner;
using Versioner.DependencyInjection;

// In the namespace an app's Program.cs already imports, like AddVersioning.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a Versioner follower in an app's service collection.</summary>
public static class FollowerServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="AddVersionerFollower{TContext}"/> binds <see cref="FollowerOptions"/> from.</summary>
    public const string ConfigurationSection = "Versioner:Follower";

    /// <summary>
    /// Registers a singleton <see cref="Follower"/> reading through <typeparamref name="TContext"/> (register the context
    /// with <c>AddDbContext</c>, its options ending in <c>.UseVersioning()</c>; each check resolves one in a scope of its
    /// own) and a hosted service that runs it. Options are bound from the <c>Versioner:Follower</c> configuration section
    /// (<c>Revision</c>, <c>PollInterval</c>, <c>MaxRetryDelay</c>, <c>DegradedAfter</c>...), then
    /// <paramref name="configure"/> runs (declare the types there); a <see cref="TimeProvider"/> registered in the
    /// container is the clock. The options are validated when the host starts. Inject <see cref="Follower"/> and read
    /// <see cref="Follower.Current"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddDbContext&lt;ShopContext&gt;(o => o.UseNpgsql(connectionString).UseVersioning());
    /// builder.Services.AddVersionerFollower&lt;ShopContext&gt;(o => o.Include&lt;Book&gt;());
    /// builder.Services.AddHealthChecks().AddVersionerFollowerHealthCheck();
    /// app.MapGet("/books/{id}", (Follower follower, Guid id) => follower.Current.Find&lt;Book&gt;(new EternalId(id)));
    /// </code>
    /// </example>
    public static IServiceCollection AddVersionerFollower<TContext>(this IServiceCollection services, Action<FollowerOptions> configure)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<FollowerOptions>()
            .Configure<IServiceProvider>((o, provider) => o.TimeProvider = provider.GetService<TimeProvider>() ?? o.TimeProvider)
            .BindConfiguration(ConfigurationSection)
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowerOptions>, FollowerOptionsValidation>());
        services.TryAddSingleton(provider =>
        {
            var scopes = provider.GetRequiredService<IServiceScopeFactory>();
            return new Follower(
                () =>
                {
                    var scope = scopes.CreateAsyncScope();
                    return (scope.ServiceProvider.GetRequiredService<TContext>(), scope);
                },
                provider.GetRequiredService<IOptions<FollowerOptions>>().Value,
                provider.GetService<ILogger<Follower>>());
        });
        services.AddHostedService<FollowerService>();
        return services;
    }
}
