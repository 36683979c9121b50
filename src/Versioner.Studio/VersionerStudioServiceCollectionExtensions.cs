using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Versioner;
using Versioner.Studio;
using Versioner.Studio.Hosting;

// In the namespace an app's Program.cs already imports, like AddVersioning.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Versioner Studio, the browser UI over a Versioner repository.</summary>
public static class VersionerStudioServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Studio over the app's <typeparamref name="TContext"/>: its pages read and write through the scoped
    /// <see cref="Repository"/> that <see cref="VersioningServiceCollectionExtensions.AddVersioning{TContext}"/> registers
    /// (call that too), and a value typed into a merge resolution is checked against the entity's CLR property. Map the
    /// pages with <see cref="Microsoft.AspNetCore.Builder.VersionerStudioEndpointRouteBuilderExtensions.MapVersionerStudio"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddVersioning&lt;ShopContext&gt;();
    /// builder.Services.AddVersionerStudio&lt;ShopContext&gt;();
    /// builder.Services.AddAuthorization(o => o.AddPolicy("editors", p => p.RequireRole("editor")));
    /// // ...
    /// app.MapVersionerStudio("/versioner", "editors");
    /// </code>
    /// </example>
    public static IServiceCollection AddVersionerStudio<TContext>(this IServiceCollection services, Action<StudioOptions>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<StudioOptions>()
            .Validate(o => o.LogPageSize is >= 1 and <= 500, "StudioOptions.LogPageSize: must be between 1 and 500.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddScoped<StudioSource, TypedModelSource<TContext>>();
        AddCommon(services);
        return services;
    }

    /// <summary>What every way of running the Studio needs: anti-forgery and authorization.</summary>
    internal static void AddCommon(IServiceCollection services)
    {
        services.AddAntiforgery();
        services.AddAuthorization();
    }
}
