namespace Versioner.Storage;

/// <summary>
/// A finalized commit's manifest (<c>versioner_manifests</c>): the key of every change the commit records, written once
/// when the commit is finalized (or arrives by push or pull) and never changed. See <see cref="CommitManifest"/>.
/// </summary>
internal sealed class ManifestRow
{
    public CommitId CommitId { get; set; }

    /// <summary>The changes' keys, 16 bytes each, in ascending byte order (<see cref="CommitManifest.Of(IEnumerable{Guid})"/>).</summary>
    public byte[] Changes { get; set; } = [];
}
