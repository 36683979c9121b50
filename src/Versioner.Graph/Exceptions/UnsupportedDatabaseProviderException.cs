namespace Versioner;

/// <summary>
/// The <c>DbContext</c> uses an EF Core provider Versioner has no dialect for. Versioner speaks SQLite
/// (<c>UseSqlite</c>) and PostgreSQL (<c>UseNpgsql</c>); the message names the provider found and the ones supported.
/// </summary>
public sealed class UnsupportedDatabaseProviderException : VersionerException
{
    /// <summary>Creates the exception for <paramref name="provider"/>, naming the <paramref name="supported"/> providers.</summary>
    public UnsupportedDatabaseProviderException(string provider, IReadOnlyList<string> supported)
        : base($"Versioner does not support the EF Core provider {provider}. It supports {string.Join(", ", supported ?? [])}: configure the context with one of them (for example optionsBuilder.UseSqlite(...).UseVersioning()).")
    {
        Provider = provider;
        Supported = supported ?? [];
    }

    /// <summary>The EF Core provider the context uses (<c>DatabaseFacade.ProviderName</c>).</summary>
    public string Provider { get; }

    /// <summary>The providers Versioner supports, each with its engine's name.</summary>
    public IReadOnlyList<string> Supported { get; }
}
