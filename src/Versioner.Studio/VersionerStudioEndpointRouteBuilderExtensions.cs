using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Versioner.Studio.Endpoints;
using Versioner.Studio.Hosting;

// In the namespace an app's Program.cs already imports, like MapGet.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps Versioner Studio's pages into an app.</summary>
public static class VersionerStudioEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Studio's pages under <paramref name="prefix"/> (for example <c>/versioner</c>), every one of them behind
    /// the authorization policy <paramref name="policy"/>: there is no way to map them for anonymous users by accident
    /// (a policy that lets everyone in must be written as such). Forms that write are protected against cross-site
    /// request forgery. Register the Studio first with
    /// <see cref="Microsoft.Extensions.DependencyInjection.VersionerStudioServiceCollectionExtensions.AddVersionerStudio{TContext}"/>.
    /// </summary>
    /// <returns>The route group of the pages, for more conventions.</returns>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> does not start with '/', or <paramref name="policy"/> is empty.</exception>
    public static RouteGroupBuilder MapVersionerStudio(this IEndpointRouteBuilder endpoints, string prefix, string policy)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        if (!prefix.StartsWith('/'))
        {
            throw new ArgumentException($"The Studio's prefix must start with '/' (for example \"/versioner\"); got \"{prefix}\".", nameof(prefix));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(policy);
        var group = endpoints.MapGroup(prefix.TrimEnd('/'));
        group.RequireAuthorization(policy)
            .WithMetadata(new StudioMapping(prefix.TrimEnd('/')))
            .AddEndpointFilter(StudioErrors.Filter)
            .AddEndpointFilter(OpenRepositoryAsync)
            .ExcludeFromDescription();
        StudioEndpoints.Map(group);
        return group;
    }

    /// <summary>Opens the request's repository before its page runs (inside the error filter, so a failure is a page too).</summary>
    private static async ValueTask<object?> OpenRepositoryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var source = context.HttpContext.RequestServices.GetRequiredService<StudioSource>();
        await source.OpenAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        return await next(context).ConfigureAwait(false);
    }
}
