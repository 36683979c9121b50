namespace Versioner;

/// <summary>
/// An operation needs something the database engine's dialect does not provide (for example a bulk path or a list
/// bound as one parameter that only some engines have). Nothing was changed. The message names the engine, what it
/// lacks and what to do instead; where Versioner itself should have chosen another path, report it as a defect.
/// </summary>
public sealed class DatabaseFeatureUnavailableException : VersionerException
{
    /// <summary>Creates the exception for <paramref name="feature"/>, missing on <paramref name="engine"/>.</summary>
    public DatabaseFeatureUnavailableException(string engine, string feature, string instead)
        : base($"{feature} is not available on {engine}: {instead}")
    {
        Engine = engine;
        Feature = feature;
    }

    /// <summary>The database engine ("SQL Server").</summary>
    public string Engine { get; }

    /// <summary>What the engine's dialect does not provide.</summary>
    public string Feature { get; }
}
