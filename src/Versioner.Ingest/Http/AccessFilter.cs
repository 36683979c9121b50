using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Versioner.Ingest.Configuration;

namespace Versioner.Ingest.Http;

/// <summary>
/// Checks the caller's API key (<c>X-Api-Key</c>) or bearer token before the endpoint runs. A presented credential
/// must be valid; a missing one is accepted only where <see cref="AuthOptions"/> explicitly allows anonymous access,
/// so writes are never open by accident.
/// </summary>
internal sealed class AccessFilter(Access access) : IEndpointFilter
{

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var auth = http.RequestServices.GetRequiredService<IOptions<IngestOptions>>().Value.Auth;
        var (scheme, credential) = Credential(http.Request);
        if (credential is not null)
        {
            var valid = scheme == "key" ? Matches(credential, auth.ApiKeys) : Matches(credential, auth.BearerTokens);
            return valid
                ? await next(context)
                : Refuse(http, auth, scheme == "key"
                    ? $"The API key in {IngestDefaults.ApiKeyHeader} is not one this service accepts. Check the key (Versioner:Auth:ApiKeys)."
                    : "The bearer token is not one this service accepts. Check the token (Versioner:Auth:BearerTokens).");
        }

        var anonymousAllowed = access == Access.Read ? auth.AllowAnonymousReads : auth.AllowAnonymousWrites;
        if (anonymousAllowed)
        {
            return await next(context);
        }

        var what = access == Access.Read ? "Reading" : "Writing";
        var flag = access == Access.Read ? "AllowAnonymousReads" : "AllowAnonymousWrites";
        return Refuse(http, auth, auth.HasCredentials
            ? $"{what} needs a credential: send {IngestDefaults.ApiKeyHeader}: <key> or Authorization: Bearer <token>."
            : $"{what} needs a credential, and none is configured. Set an API key (Versioner__Auth__ApiKeys__0, sent as {IngestDefaults.ApiKeyHeader}) or a bearer token (Versioner__Auth__BearerTokens__0), or set Versioner__Auth__{flag}=true on a trusted network.");
    }

    private static (string? Scheme, string? Credential) Credential(HttpRequest request)
    {
        if (request.Headers.TryGetValue(IngestDefaults.ApiKeyHeader, out var key) && !string.IsNullOrEmpty(key))
        {
            return ("key", key.ToString());
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return ("bearer", authorization["Bearer ".Length..].Trim());
        }

        return (null, null);
    }

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
