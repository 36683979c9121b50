using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Versioner.Ingest.Configuration;

namespace Versioner.Ingest.Http;

/// <summary>
/// Checks the caller's API key (<c>X-Api-Key</c>) and bearer token before the endpoint runs. Every one presented must be
/// valid, also beside a valid other one; a missing one is accepted only where <see cref="AuthOptions"/> explicitly allows
/// anonymous access, so writes are never open by accident.
/// </summary>
internal sealed class AccessFilter(Access access) : IEndpointFilter
{

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var auth = http.RequestServices.GetRequiredService<IOptions<IngestOptions>>().Value.Auth;
        // Every credential of this service presented must be valid: a wrong bearer token beside a right key is refused too.
        var presented = false;
        if (http.Request.Headers.TryGetValue(IngestDefaults.ApiKeyHeader, out var key) && !string.IsNullOrEmpty(key))
        {
            presented = true;
            if (!Matches(key.ToString(), auth.ApiKeys))
            {
                return Refuse(http, auth, $"The API key in {IngestDefaults.ApiKeyHeader} is not one this service accepts. Check the key (Versioner:Auth:ApiKeys).");
            }
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization["Bearer ".Length..].Trim() is { Length: > 0 } token)
        {
            presented = true;
            if (!Matches(token, auth.BearerTokens))
            {
                return Refuse(http, auth, "The bearer token is not one this service accepts. Check the token (Versioner:Auth:BearerTokens).");
            }
        }

        if (presented)
        {
            return await next(context);
        }

        var anonymousAllowed = access == Access.Read ? auth.AllowAnonymousReads : auth.AllowAnonymousWrites;
        if (anonymousAllowed)
        {
            return await next(context); // an Authorization header of another scheme (a proxy's Basic) is not this service's
        }

        var what = access == Access.Read ? "Reading" : "Writing";
        var flag = access == Access.Read ? "AllowAnonymousReads" : "AllowAnonymousWrites";
        return Refuse(http, auth, auth.HasCredentials
            ? $"{what} needs a credential: send {IngestDefaults.ApiKeyHeader}: <key> or Authorization: Bearer <token>{NotBearer(authorization)}."
            : $"{what} needs a credential, and none is configured. Set an API key (Versioner__Auth__ApiKeys__0, sent as {IngestDefaults.ApiKeyHeader}) or a bearer token (Versioner__Auth__BearerTokens__0), or set Versioner__Auth__{flag}=true on a trusted network.");
    }

    /// <summary>What an Authorization header that is not a bearer token holds, for the refusal: its scheme, never its credential.</summary>
    private static string NotBearer(string authorization) => authorization.Trim() switch
    {
        "" => "",
        var value when value.Equals("Bearer", StringComparison.OrdinalIgnoreCase) => " (the Authorization header names Bearer but holds no token)",
        var value when value.Contains(' ', StringComparison.Ordinal) => $" (the Authorization header's scheme '{value[..value.IndexOf(' ', StringComparison.Ordinal)]}' is not accepted)",
        _ => " (the Authorization header holds no scheme)",
    };

    private static bool Matches(string presented, List<string> accepted)
    {
        // Compare fixed-length hashes in constant time, so neither length nor content leaks through timing.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var match = false;
        foreach (var candidate in accepted)
        {
            match |= CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
        }

        return match;
    }

    private static IResult Refuse(HttpContext http, AuthOptions auth, string detail)
    {
        http.Response.Headers.WWWAuthenticate = auth.BearerTokens.Count > 0
            ? $"Bearer realm=\"versioner\", ApiKey header=\"{IngestDefaults.ApiKeyHeader}\""
            : $"ApiKey header=\"{IngestDefaults.ApiKeyHeader}\", Bearer realm=\"versioner\"";
        return Problems.Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Unauthorized", detail);
    }
}

/// <summary>Puts an endpoint behind <see cref="AccessFilter"/>, and says so in its metadata (for the OpenAPI description).</summary>
internal static class AccessFilterExtensions
{
    public static RouteHandlerBuilder RequireAccess(this RouteHandlerBuilder builder, AccessFilter filter) =>
        builder.AddEndpointFilter(filter).WithMetadata(filter);
}
