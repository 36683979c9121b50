namespace Versioner.Ingest.Configuration;

/// <summary>
/// Who may call the HTTP API: <c>Versioner:Auth</c>. A request authenticates with one of the API keys (header
/// <c>X-Api-Key</c>) or one of the bearer tokens (<c>Authorization: Bearer ...</c>). Anonymous requests are refused
/// unless allowed here, so writes are never open by accident: with nothing configured, every write gets a 401 that
/// says how to configure a key.
/// </summary>
internal sealed class AuthOptions
{
    public List<string> ApiKeys { get; set; } = [];

    public List<string> BearerTokens { get; set; } = [];

    /// <summary>Let requests without a credential read (GET). Default false; the Development environment sets it.</summary>
    public bool AllowAnonymousReads { get; set; }

    /// <summary>Let requests without a credential write. Default false: set it only on a trusted network.</summary>
    public bool AllowAnonymousWrites { get; set; }

    public bool HasCredentials => ApiKeys.Count > 0 || BearerTokens.Count > 0;
}
