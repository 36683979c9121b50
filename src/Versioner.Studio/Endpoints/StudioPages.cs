using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Versioner.Studio.Hosting;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Endpoints;

/// <summary>Renders a page for a request, with the <see cref="StudioView"/> every page gets.</summary>
internal static class StudioPages
{
    public static StudioView ViewFor(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<StudioOptions>>().Value;
        var mapping = http.GetEndpoint()?.Metadata.GetMetadata<StudioMapping>()
            ?? throw new InvalidOperationException("A Studio page ran outside MapVersionerStudio.");
        var tokens = options.ReadOnly ? null : http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var source = http.RequestServices.GetRequiredService<StudioSource>();
        return new StudioView(
            http.Request.PathBase + mapping.Prefix,
            !options.ReadOnly,
            source.DefaultBranch,
            http.User.Identity?.Name,
            tokens?.FormFieldName,
            tokens?.RequestToken);
    }

    public static IResult Render(HttpContext http, Func<StudioView, Html> page, int status = StatusCodes.Status200OK)
    {
        var view = ViewFor(http);
        // Pages show the data as it is now: never from a cache. A writable Studio's page already says so, through the
        // anti-forgery token (no-cache, no-store); set before that, the header made antiforgery log a warning on every page.
        if (string.IsNullOrEmpty(http.Response.Headers.CacheControl))
        {
            http.Response.Headers.CacheControl = "no-store";
        }

        return Results.Content(page(view).Value, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}

/// <summary>Endpoint metadata: the prefix the Studio was mapped under, for its links.</summary>
internal sealed record StudioMapping(string Prefix);
