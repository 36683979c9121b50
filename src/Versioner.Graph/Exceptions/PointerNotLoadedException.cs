namespace Versioner;

/// <summary>
/// The content of a pointer value (<see cref="EternalIdSet"/>, <see cref="LargeText"/>) was read, but its entity was
/// loaded outside Versioner's API (a <c>DbSet</c> query or a projection), so only its checksum is there. Read through a
/// snapshot or <c>repository.FindVersionAsync</c>, or call <c>repository.LoadPointers(entities)</c>.
/// </summary>
public sealed class PointerNotLoadedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public PointerNotLoadedException(Checksum pointer)
        : base($"The content of pointer record {pointer.ToString(12)} was not loaded: the entity was read outside Versioner's API "
            + "(a DbSet query or a projection). Read it through a snapshot (snapshot.Query<T>(), FindAsync) or repository.FindVersionAsync, or call repository.LoadPointers(entities).")
    {
        Pointer = pointer;
    }

    /// <summary>The pointer record's checksum.</summary>
    public Checksum Pointer { get; }
}
