namespace Versioner;

/// <summary>
/// A <see cref="RedactionRequest"/> is incomplete or contradicts itself: nothing to redact, an empty id, a blank or
/// repeated field name, no author or no reason, an unknown scope. Every problem is listed at once. Nothing was changed.
/// </summary>
public sealed class InvalidRedactionRequestException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidRedactionRequestException(IReadOnlyList<string> problems)
        : base($"The redaction request is incomplete: {string.Join("; ", problems)}. Nothing was changed.")
    {
        IsInvalidInput = true;
        Problems = problems;
    }

    /// <summary>What to fix, one entry per problem.</summary>
    public IReadOnlyList<string> Problems { get; }
}
