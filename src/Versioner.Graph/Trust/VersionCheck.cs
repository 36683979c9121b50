using System.Data.Common;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Verify's version pass: every change row of a finalized commit that names a version, joined to that version's row,
/// re-hashed and compared with the checksum the change row records. One streaming query per entity type (plus one
/// for documents), so memory stays constant and no version is looked up by key.
/// </summary>
/// <remarks>
/// Reading and hashing overlap: the reading thread writes the canonical bytes of many versions into a chunk and hands
/// full chunks to a hashing task. On SQLite a plain text field goes from the database to the chunk as the UTF-8 bytes
/// SQLite holds, which are exactly the bytes of its canonical form (<c>docs/checksums.md</c>, section 1), without being
/// decoded to a .NET string and encoded back; a tampered row with bytes that are not valid text still hashes to
/// something other than its recorded checksum, so it is still found.
/// </remarks>
internal sealed class VersionCheck
{
    /// <summary>A chunk is handed to the hashing task once it holds this many bytes.</summary>
    private const int ChunkBytes = 1 << 20;

    /// <summary>Chunks in flight: one being filled, one being hashed, one queued.</summary>
    private const int Chunks = 3;

    private readonly GraphStore _store;
    private readonly Func<CommitId, bool>? _include;
    private readonly string _after;
    private readonly IProgress<VerifyProgress>? _progress;
    private readonly Channel<Chunk> _full = Channel.CreateBounded<Chunk>(Chunks);
    private readonly Channel<Chunk> _free = Channel.CreateUnbounded<Chunk>();
    private readonly List<VerifyIssue> _issues = [];
    private readonly List<(CommitId Commit, VersionId Version, string EntityType, Checksum? Recorded)> _missing = [];
    private readonly HashSet<(VersionId, string)> _missingPointers = [];

    // Found by the reading thread; _issues belongs to the hashing task until it ends.
    private readonly List<VerifyIssue> _missingPointerIssues = [];
    private readonly List<VerifyIssue> _ownerIssues = [];
    private int _chunks;
    private Chunk _current;
    private long _hashed;
    private long _found;

    private VersionCheck(GraphStore store, Func<CommitId, bool>? include, IProgress<VerifyProgress>? progress, long? afterSeq)
    {
        _store = store;
        _include = include;
        _after = afterSeq is { } seq ? FormattableString.Invariant($" AND k.id = c.commit_id AND k.seq > {seq}") : "";
        _progress = progress;
        _current = NewChunk();
    }

    /// <summary>Versions checked (including those found missing or pruned).</summary>
    public long Versions { get; private set; }

    /// <summary>Versions whose rows retention pruned (marked, so not issues); each counted once, however many commits list it.</summary>
    public long Pruned { get; private set; }

    /// <summary>
    /// Checks every version of a finalized commit (or only of those <paramref name="include"/> accepts), adding what
    /// is wrong to <paramref name="issues"/>. With <paramref name="afterSeq"/>, only change rows of commits that arrived
    /// after that point are read at all (an indexed range instead of every change row).
    /// </summary>
    public static async Task<VersionCheck> RunAsync(GraphStore store, Func<CommitId, bool>? include, List<VerifyIssue> issues, IProgress<VerifyProgress>? progress, CancellationToken cancellationToken, long? afterSeq = null)
    {
        var check = new VersionCheck(store, include, progress, afterSeq);
        var hashing = Task.Run(() => check.HashAsync(cancellationToken), cancellationToken);
        try
        {
            await store.Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var utf8 = await store.Dialect.ReadsTextAsUtf8Async(store, cancellationToken).ConfigureAwait(false);
                var restore = await store.Dialect.PrepareFullScanAsync(store, cancellationToken).ConfigureAwait(false);
                try
                {
                    foreach (var type in store.Model.Types)
                    {
                        await check.ScanTypedAsync(type, utf8, cancellationToken).ConfigureAwait(false);
                    }

                    await check.ScanDocumentsAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    if (restore is not null)
                    {
                        await restore().ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                await store.Db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }

            await check.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The reading failed (or was cancelled): let the hashing task end, then report the reading's exception.
            check._full.Writer.TryComplete();
            await hashing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        check._full.Writer.TryComplete();
        await hashing.ConfigureAwait(false);
        issues.AddRange(check._issues);
        issues.AddRange(check._missingPointerIssues);
        issues.AddRange(check._ownerIssues);
        await check.ExplainMissingAsync(issues, cancellationToken).ConfigureAwait(false);
        return check;
    }

    private async Task ScanTypedAsync(VersionedType type, bool utf8, CancellationToken cancellationToken)
    {
        var layout = TypedLayout.For(type, utf8);
        var column = (string name) => "t." + type.ColumnNames[Array.FindIndex(type.Columns, p => p.Name == name)];
        var select = string.Join(", ", type.ColumnNames.Select(c => "t." + c));
        // The row's state is worked out by SQLite or PostgreSQL, not read back column by column: whether the version
        // row is missing, and whether it is the one its change row lists (same commit and entity; the version is the join's).
        var state = $"CASE WHEN t.{type.VersionColumn} IS NULL THEN {(int)RowState.Missing} "
            + $"WHEN {column(nameof(Versioned.CommitId))} = c.commit_id AND {column(nameof(Versioned.EternalId))} = c.eternal_id THEN {(int)RowState.Listed} "
            // Only for rows another commit lists (a merge's adoptions, or tampering): one primary-key probe of their own commit.
            + $"WHEN EXISTS (SELECT 1 FROM {SystemTables.Commits} o WHERE o.id = {column(nameof(Versioned.CommitId))} AND o.state <> {(int)CommitState.Finalized} AND o.checksum IS NULL) THEN {(int)RowState.OwnedByWorkingCommit} "
            + $"ELSE {(int)RowState.Unlisted} END";
        // Each pointer field names a record that must be there (probed by its primary key, in the same pass).
        var pointers = string.Concat(type.PointerFields.Select(f =>
            $", CASE WHEN {column(f.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {SystemTables.Pointers} p WHERE p.checksum = {column(f.Name)}) THEN 1 ELSE 0 END"));
        var pointersAt = TypedOffset + type.ColumnNames.Length;
        var adoptedAt = pointersAt + type.PointerFields.Length;
        var ownerAt = TypedOffset + Array.FindIndex(type.Columns, p => p.Name == nameof(Versioned.CommitId));
        var sql = $"SELECT c.commit_id, c.version_id, c.version_checksum, c.eternal_id, {state}, {select}{pointers}, CASE WHEN c.adopted THEN 1 ELSE 0 END {From} "
            + $"LEFT JOIN {type.Table} t ON t.{type.VersionColumn} = c.version_id "
            // In a range, the type must not steer the plan onto the type's index (every change row of the type, per commit):
            // compared as an expression, it leaves each commit's change rows to the primary key.
            + $"WHERE {(_after.Length == 0 ? "c.entity_type" : _store.Dialect.Unindexed("c.entity_type"))} = @p0 AND c.version_id IS NOT NULL AND {Finalized}{_after}";
        using var statement = _store.Prepare(sql, _store.Map.Text);
        await using var reader = await statement.ReaderAsync(cancellationToken, type.Name).ConfigureAwait(false);
        var handle = _store.Dialect.Native(reader);
        var commits = new CommitCache();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!ReadChange(reader, handle, commits, out var commit, out var recorded))
            {
                continue;
            }

            var rowState = (RowState)reader.GetInt32(Offset);
            if (rowState == RowState.Missing)
            {
                _missing.Add((commit, new VersionId(GuidColumn.Read(reader, handle, 1)), type.Name, recorded));
                continue;
            }

            var owner = new CommitId(GuidColumn.Read(reader, handle, ownerAt));
            var adopted = reader.GetInt32(adoptedAt) == 1;
            if (rowState == RowState.OwnedByWorkingCommit)
            {
                _ownerIssues.Add(new VerifyIssue(VerifyIssueKind.VersionOwnerMismatch, commit, new VersionId(GuidColumn.Read(reader, handle, 1)), type.Name, "a version row of a finalized commit", $"version row of working commit {owner}"));
            }
            else if (adopted == (owner == commit))
            {
                // Not hashed: a transfer copies the version rows a commit made and not those it adopted, so a flag that
                // disagrees with the row's own commit leaves a version behind or copies it twice.
                _ownerIssues.Add(new VerifyIssue(
                    VerifyIssueKind.AdoptionMismatch, commit, new VersionId(GuidColumn.Read(reader, handle, 1)), type.Name,
                    adopted ? "made by this commit (adopted false)" : $"adopted from commit {owner} (adopted true)",
                    adopted ? "adopted true" : "adopted false"));
            }

            for (var i = 0; i < type.PointerFields.Length; i++)
            {
                if (reader.GetInt32(pointersAt + i) == 1)
                {
                    MissingPointer(reader, handle, commit, type, type.PointerFields[i]);
                }
            }

            var writer = _current.Writer;
            var start = writer.Length;
            try
            {
                layout.Write(writer, reader, handle);
                _current.Entries.Add(new Entry(start, writer.Length - start, recorded, commit, type.Name));
            }
            catch (Exception ex) when (ex is ArgumentException or VersionerException or InvalidCastException or FormatException)
            {
                // Stored values that have no canonical form (a tampered row): the version cannot match its checksum.
                writer.Truncate(start);
                _current.Entries.Add(new Entry(start, -1, recorded, commit, type.Name) { Version = new VersionId(GuidColumn.Read(reader, handle, 1)) });
            }

            await HandOffIfFullAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A version field naming a pointer record that is not there (deleted behind Versioner's back): reading the version
    /// would fail. Reported once per version and field, however many change rows list the version.
    /// </summary>
    private void MissingPointer(DbDataReader reader, NativeRow? handle, CommitId commit, VersionedType type, IProperty field)
    {
        var version = new VersionId(GuidColumn.Read(reader, handle, 1));
        if (!_missingPointers.Add((version, field.Name)))
        {
            return;
        }

        var ordinal = TypedOffset + Array.IndexOf(type.Columns, field);
        ReadOnlySpan<byte> key = handle is not null ? handle.GetBlob(ordinal) : reader.GetValue(ordinal) as byte[];
        var named = key.Length == Checksum.Length ? new Checksum(key).ToString() : Convert.ToHexStringLower(key);
        _missingPointerIssues.Add(new VerifyIssue(VerifyIssueKind.MissingRow, commit, version, type.Name, $"pointer record {named} (field {field.Name})", "no such pointer record"));
    }

    /// <summary>What the typed scan's state column says about the version row its change row names.</summary>
    private enum RowState
    {
        /// <summary>The row exists and belongs to another commit or entity than the change row says.</summary>
        Unlisted = 0,

        /// <summary>The row exists and is the one its change row lists.</summary>
        Listed = 1,

        /// <summary>No row has the version id (pruned, or lost).</summary>
        Missing = 2,

        /// <summary>The row exists and names a working commit as its own, although a finalized commit lists it.</summary>
        OwnedByWorkingCommit = 3,
    }

    private async Task ScanDocumentsAsync(CancellationToken cancellationToken)
    {
        var typed = _store.Model.Types.Select(t => t.Name).ToArray();
        var exclude = typed.Length == 0 ? "" : $" AND c.entity_type NOT IN ({string.Join(", ", typed.Select((_, i) => $"@p{i}"))})";
        var sql = $"SELECT c.commit_id, c.version_id, c.version_checksum, c.eternal_id, c.entity_type, d.entity_type, d.eternal_id, d.version_id, d.data {From} "
            + $"LEFT JOIN {SystemTables.Documents} d ON d.version_id = c.version_id "
            + $"WHERE c.version_id IS NOT NULL AND {Finalized}{_after}{exclude}";
        using var statement = _store.Prepare(sql, typed.Select(_ => (RelationalTypeMapping?)_store.Map.Text).ToArray());
        await using var reader = await statement.ReaderAsync(cancellationToken, typed.Cast<object?>().ToArray()).ConfigureAwait(false);
        var handle = _store.Dialect.Native(reader);
        var commits = new CommitCache();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!ReadChange(reader, handle, commits, out var commit, out var recorded))
            {
                continue;
            }

            var version = new VersionId(GuidColumn.Read(reader, handle, 1));
            if (reader.IsDBNull(Offset + 3))
            {
                _missing.Add((commit, version, reader.GetString(Offset), recorded));
                continue;
            }

            var entityType = reader.GetString(Offset + 1);
            var writer = _current.Writer;
            var start = writer.Length;
            try
            {
                VersionedType.DocumentContent(entityType, new EternalId(GuidColumn.Read(reader, Offset + 2)), new VersionId(GuidColumn.Read(reader, Offset + 3)), reader.GetString(Offset + 4)).Write(writer);
                _current.Entries.Add(new Entry(start, writer.Length - start, recorded, commit, entityType));
            }
            catch (Exception ex) when (ex is ArgumentException or VersionerException or System.Text.Json.JsonException or InvalidCastException or FormatException)
            {
                writer.Truncate(start);
                _current.Entries.Add(new Entry(start, -1, recorded, commit, entityType) { Version = version });
            }

            await HandOffIfFullAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The change rows (<c>c</c>) a scan reads, with their commits (<c>k</c>). A range (<see cref="_after"/>) is read from
    /// the commits' arrival order (their <c>seq</c> index), then each commit's change rows by primary key: SQLite takes a
    /// <c>CROSS JOIN</c>'s left table as the outer loop, and PostgreSQL plans it as any join, so the work follows the
    /// commits in the range, not every change row of the type.
    /// </summary>
    private string From => _after.Length == 0
        ? $"FROM {ChangeReads.ChangeSetRows(_store, "c")} JOIN {SystemTables.Commits} k ON k.id = c.commit_id"
        : $"FROM {SystemTables.Commits} k CROSS JOIN {ChangeReads.ChangeSetRows(_store, "c")}";

    /// <summary>
    /// Which commits (<c>k</c>) the scans check: finalized ones, and any that carries a checksum although its state says
    /// working (only finalize writes one: a commit flipped back, reported by <see cref="Verifier"/>, whose rows are checked
    /// all the same).
    /// </summary>
    public static readonly string Finalized = $"(k.state = {(int)CommitState.Finalized} OR k.checksum IS NOT NULL)";

    /// <summary>The columns every scan starts with: the change row's commit, version, recorded checksum and eternal id.</summary>
    private const int Offset = 4;

    /// <summary>Where a typed scan's version row starts: after the change row's columns and the row state.</summary>
    private const int TypedOffset = Offset + 1;

    /// <summary>Reads the change row's commit and recorded checksum; false when the commit is not one to check.</summary>
    private bool ReadChange(DbDataReader reader, NativeRow? handle, CommitCache commits, out CommitId commit, out Checksum? recorded)
    {
        if (!commits.TryRead(reader, handle, _include, out commit))
        {
            recorded = null;
            return false;
        }

        Versions++;
        recorded = ReadChecksum(reader, handle, 2);
        return true;
    }

    /// <summary>The recorded checksum; none (NULL), or one of the wrong length (a tampered row), reads as null.</summary>
    private static Checksum? ReadChecksum(DbDataReader reader, NativeRow? native, int ordinal)
    {
        if (native is not null)
        {
            // NULL reads as no bytes, so it needs no separate check.
            var bytes = native.GetBlob(ordinal);
            return bytes.Length == Checksum.Length ? new Checksum(bytes) : null;
        }

        return reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) is byte[] { Length: Checksum.Length } value ? new Checksum(value) : null;
    }

    /// <summary>
    /// The commit of the current change row. Rows come grouped by commit, so on SQLite the id is parsed (and the filter
    /// asked) only when its stored bytes differ from the previous row's.
    /// </summary>
    private sealed class CommitCache
    {
        private byte[] _bytes = [];
        private CommitId _commit;
        private bool _included;

        public bool TryRead(DbDataReader reader, NativeRow? handle, Func<CommitId, bool>? include, out CommitId commit)
        {
            if (handle is not null
                && (handle.TryGetBlob(0, out var bytes) || handle.TryGetText(0, out bytes))
                && bytes.SequenceEqual(_bytes))
            {
                commit = _commit;
                return _included;
            }

            commit = new CommitId(GuidColumn.Read(reader, handle, 0));
            _included = include is null || include(commit);
            _commit = commit;
            _bytes = handle is not null && (handle.TryGetBlob(0, out var stored) || handle.TryGetText(0, out stored)) ? stored.ToArray() : [];
            return _included;
        }
    }

    private async ValueTask HandOffIfFullAsync(CancellationToken cancellationToken)
    {
        if (_current.Writer.Length < ChunkBytes)
        {
            return;
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        _current = _chunks < Chunks ? NewChunk() : await _free.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        _progress?.Report(new VerifyProgress(0, Interlocked.Read(ref _hashed), Interlocked.Read(ref _found)));
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_current.Entries.Count > 0)
        {
            await _full.Writer.WriteAsync(_current, cancellationToken).ConfigureAwait(false);
        }
    }

    private Chunk NewChunk()
    {
        _chunks++;
        return new Chunk();
    }

    /// <summary>The hashing task: hashes each version in each full chunk and compares it with its recorded checksum.</summary>
    private async Task HashAsync(CancellationToken cancellationToken)
    {
        try
        {
            await HashChunksAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Unblock the reading thread, which may be waiting for room or for a free chunk.
            _full.Writer.TryComplete(ex);
            _free.Writer.TryComplete(ex);
            throw;
        }
    }

    private async Task HashChunksAsync(CancellationToken cancellationToken)
    {
        await foreach (var chunk in _full.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            Check(chunk);
            Interlocked.Add(ref _hashed, chunk.Entries.Count);
            chunk.Writer.Truncate(0);
            chunk.Entries.Clear();
            _free.Writer.TryWrite(chunk);
        }
    }

    private void Check(Chunk chunk)
    {
        var bytes = chunk.Writer.Written;
        Span<byte> digest = stackalloc byte[Checksum.Length];
        foreach (var entry in chunk.Entries)
        {
            Checksum actual = default;
            var version = entry.Version;
            if (entry.Length >= 0)
            {
                SHA256.HashData(bytes.Slice(entry.Offset, entry.Length), digest);
                actual = new Checksum(digest);
            }

            if (entry.Recorded != actual)
            {
                version = entry.Length >= 0 ? VersionIdOf(bytes.Slice(entry.Offset, entry.Length)) : version;
                _issues.Add(new VerifyIssue(VerifyIssueKind.VersionChecksumMismatch, entry.Commit, version, entry.EntityType, entry.Recorded?.ToString() ?? "(none)", actual.ToString()));
                Interlocked.Increment(ref _found);
            }
        }
    }

    /// <summary>
    /// The version id inside a version's canonical bytes: after the domain, the entity type (a length-prefixed string)
    /// and the eternal id. Read back only for a mismatch's report, so the reading thread parses no id it does not need.
    /// </summary>
    private static VersionId VersionIdOf(ReadOnlySpan<byte> content)
    {
        var at = VersionContent.Domain.Length + 1;
        at += 4 + (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(content[at..]) + 16;
        return new VersionId(new Guid(content.Slice(at, 16), bigEndian: true));
    }

    /// <summary>Missing rows: pruned by retention (marked with the recorded checksum) or lost.</summary>
    private async Task ExplainMissingAsync(List<VerifyIssue> issues, CancellationToken cancellationToken)
    {
        if (_missing.Count == 0)
        {
            return;
        }

        var marks = await PrunedMarks.FindAsync(_store, _missing.Select(m => m.Version), cancellationToken).ConfigureAwait(false);
        var pruned = new HashSet<VersionId>();
        foreach (var (commit, version, entityType, recorded) in _missing)
        {
            if (marks.TryGetValue(version, out var mark) && recorded is { } checksum && mark.Checksum == checksum)
            {
                // A version is listed again by each merge that adopts it: it is still one pruned version.
                if (pruned.Add(version))
                {
                    Pruned++;
                }
            }
            else
            {
                issues.Add(new VerifyIssue(VerifyIssueKind.MissingRow, commit, version, entityType, recorded?.ToString() ?? "(none)", mark is null ? "version row missing" : $"pruned mark records {mark.Checksum}"));
            }
        }
    }

    private sealed class Chunk
    {
        public CanonicalWriter Writer { get; } = new();

        public List<Entry> Entries { get; } = [];
    }

    /// <summary>One version in a chunk: where its canonical bytes are (length -1: it has none), and what to report.</summary>
    private readonly record struct Entry(int Offset, int Length, Checksum? Recorded, CommitId Commit, string EntityType)
    {
        public VersionId Version { get; init; }
    }

    /// <summary>How one entity type's selected row becomes canonical bytes, worked out once per scan.</summary>
    private sealed class TypedLayout
    {
        private byte[] _header = [];
        private (byte[] Name, int Ordinal, bool Utf8, Func<DbDataReader, int, object?> Read, string Field)[] _fields = [];

        private int VersionAt { get; init; }

        private int EternalAt { get; init; }

        public static TypedLayout For(VersionedType type, bool utf8)
        {
            var readers = type.ColumnReaders;
            var header = new CanonicalWriter();
            header.WriteDomain(VersionContent.Domain);
            header.WriteString(type.Name);
            var eternalAt = Array.FindIndex(type.Columns, p => p.Name == nameof(Versioned.EternalId));
            var versionAt = Array.FindIndex(type.Columns, p => p.Name == nameof(Versioned.VersionId));
            return new TypedLayout
            {
                _header = header.Written.ToArray(),
                VersionAt = versionAt,
                EternalAt = eternalAt,
                _fields = type.Fields
                    .Select(f => (Field: f, Column: Array.IndexOf(type.Columns, f)))
                    .OrderBy(f => f.Field.Name, StringComparer.Ordinal)
                    .Select(f => (NameBytes(f.Field.Name), TypedOffset + f.Column, utf8 && IsPlainText(f.Field), readers[f.Column], f.Field.Name))
                    .ToArray(),
            };
        }

        private static byte[] NameBytes(string name)
        {
            var writer = new CanonicalWriter();
            writer.WriteString(name);
            return writer.Written.ToArray();
        }

        /// <summary>A string property stored as it is (no value converter): its column holds the canonical text.</summary>
        private static bool IsPlainText(IProperty property) =>
            property.ClrType == typeof(string) && property.GetRelationalTypeMapping().Converter is null && property.GetValueConverter() is null;

        /// <summary>Writes the row's canonical bytes.</summary>
        public void Write(CanonicalWriter writer, DbDataReader reader, NativeRow? statement)
        {
            writer.WriteRaw(_header);
            writer.WriteGuid(GuidColumn.Read(reader, statement, TypedOffset + EternalAt));
            writer.WriteGuid(GuidColumn.Read(reader, statement, TypedOffset + VersionAt));
            writer.WriteUInt32((uint)_fields.Length);
            foreach (var (name, ordinal, utf8, read, field) in _fields)
            {
                writer.WriteRaw(name);
                if (utf8 && statement is not null && statement.TryGetText(ordinal, out var text))
                {
                    writer.WriteByte((byte)FieldKind.String);
                    writer.WriteBytes(text);
                }
                else if (utf8 && statement is null && !reader.IsDBNull(ordinal))
                {
                    writer.WriteByte((byte)FieldKind.String);
                    writer.WriteBytes(reader.GetFieldValue<byte[]>(ordinal));
                }
                else
                {
                    FieldValue.From(read(reader, ordinal), field).WriteTo(writer);
                }
            }
        }
    }
}
