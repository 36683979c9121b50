namespace Versioner;

/// <summary>
/// A version id the caller chose (<see cref="Workspace.SaveAsync{T}(T, VersionId, CancellationToken)"/>,
/// <see cref="Workspace.SaveDocumentAsync(string, EternalId, System.Text.Json.JsonElement, VersionId?, CancellationToken)"/>)
/// cannot be used: a stored version already has it, or the entity already has another version in the working
/// commit. Nothing was written. Choose a new id for each version, or finalize before saving a second version.
/// </summary>
public sealed class DuplicateVersionIdException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public DuplicateVersionIdException(VersionId versionId, string message)
        : base(message)
    {
        VersionId = versionId;
    }

    /// <summary>The version id that was asked for.</summary>
    public VersionId VersionId { get; }
}
