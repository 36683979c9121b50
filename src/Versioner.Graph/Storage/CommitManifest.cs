using Versioner.Internal;

namespace Versioner.Storage;

/// <summary>
/// What a finalized commit changed, recorded apart from the rows that hold the changes, so that Verify can name a row
/// deleted behind Versioner's back even where nothing else names it (storage format 5; in the layout that keeps no
/// change row of a version's own, a deleted version row leaves no other trace than its commit's checksum).
/// </summary>
/// <remarks>
/// <para>
/// A change's <em>key</em> is the id of the version it makes current (made or adopted), or, for a removal, the
/// entity's eternal id: unique within a commit, since a commit changes an entity once and ids are never reused. The
/// manifest is the keys as 16 bytes each in RFC 9562 order (<see cref="IdBytes"/>), sorted as bytes, concatenated: the
/// same bytes on every engine and in every database holding the commit, and a function of what the commit records, so
/// redaction, retention and checksum migrations (which keep every id) leave it as it is.
/// </para>
/// <para>
/// It costs 16 bytes per change and one row per commit with no index but its key, and no read but Verify's. It is not
/// hashed: a write that changes both a commit's rows and its manifest is still found by the commit's checksum.
/// </para>
/// </remarks>
internal static class CommitManifest
{
    /// <summary>The key of a change: its version, or for a removal its entity.</summary>
    public static Guid Key(EternalId entity, VersionId? version) => version?.Value ?? entity.Value;

    /// <summary>The manifest of changes with <paramref name="keys"/>.</summary>
    public static byte[] Of(IEnumerable<Guid> keys)
    {
        var sorted = keys.Select(IdBytes.Of).ToList();
        sorted.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        var manifest = new byte[sorted.Count * IdBytes.Length];
        for (var i = 0; i < sorted.Count; i++)
        {
            sorted[i].CopyTo(manifest, i * IdBytes.Length);
        }

        return manifest;
    }

    /// <summary>The manifest of <paramref name="changes"/> (each change row's <see cref="Key"/>).</summary>
    public static byte[] Of(IEnumerable<ChangeRow> changes) => Of(changes.Select(c => Key(c.EternalId, c.VersionId)));

    /// <summary>
    /// The keys a stored manifest lists; null when it is not a whole number of ids (written by something else than
    /// Versioner), which Verify reports as such.
    /// </summary>
    public static IReadOnlyList<Guid>? Keys(byte[] manifest)
    {
        if (manifest.Length % IdBytes.Length != 0)
        {
            return null;
        }

        var keys = new Guid[manifest.Length / IdBytes.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = IdBytes.ToGuid(manifest.AsSpan(i * IdBytes.Length, IdBytes.Length));
        }

        return keys;
    }

    /// <summary>Records a commit's manifest: <c>@p0</c> the commit, <c>@p1</c> the manifest's bytes.</summary>
    public const string InsertSql = $"INSERT INTO {Model.SystemTables.Manifests} (commit_id, changes) VALUES (@p0, @p1)";

    /// <summary>The columns of a manifest row, in <see cref="InsertSql"/>'s order (bulk writers).</summary>
    public static readonly IReadOnlyList<string> Columns = ["commit_id", "changes"];
}
