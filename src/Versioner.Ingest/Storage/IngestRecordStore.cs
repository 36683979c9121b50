using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;

namespace Versioner.Ingest.Storage;

/// <summary>
/// The hot statements on <c>ingest_versions</c> and <c>ingest_state</c>, inside the writer's transactions: the
/// idempotency lookup of a whole group in one query (the ids as one parameter, <see cref="IdListParameter"/>), and the
/// records queued and written in bulk (<see cref="BulkRowWriter"/>) before the transaction commits.
/// Parameters are typed by EF's own mappings, so values are stored exactly as EF stores them (reads use EF).
/// Statements stay prepared across transactions: call <see cref="Enlist"/> at the start of each.
/// </summary>
internal sealed class IngestRecordStore : IDisposable
{
    private static readonly string[] Columns =
    [
        nameof(IngestRecord.VersionId), nameof(IngestRecord.EntityType), nameof(IngestRecord.EternalId), nameof(IngestRecord.Operation),
        nameof(IngestRecord.StoredVersionId), nameof(IngestRecord.CommitId), nameof(IngestRecord.Author), nameof(IngestRecord.TimestampTicks),
        nameof(IngestRecord.Message), nameof(IngestRecord.Source), nameof(IngestRecord.ContentHash), nameof(IngestRecord.ReceivedTicks),
    ];

    private readonly IngestDbContext _db;
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private readonly IdListParameter _ids;
    private readonly BulkRowWriter _inserts;

    // The id columns' mappings: ids are read as EF reads them (Versioner's conversion to the engine's id type).
    private readonly RelationalTypeMapping _versionId;
    private readonly RelationalTypeMapping _eternalId;
    private readonly RelationalTypeMapping _commitId;

    public IngestRecordStore(IngestDbContext db)
    {
        _db = db;
        var record = db.Model.FindEntityType(typeof(IngestRecord))!;
        RelationalTypeMapping Mapping(string property) => record.FindProperty(property)!.GetRelationalTypeMapping();
        _versionId = Mapping(nameof(IngestRecord.VersionId));
        _eternalId = Mapping(nameof(IngestRecord.EternalId));
        _commitId = Mapping(nameof(IngestRecord.CommitId));
        _ids = IdListParameter.For(db);
        _inserts = new BulkRowWriter(db, typeof(IngestRecord), Columns);
    }

    /// <summary>Runs the next statements in the context's current transaction.</summary>
    public void Enlist()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Enlist(_db);
        }

        _inserts.Enlist();
    }

    /// <summary>Versioner's record of redacted versions (a system table of the same database).</summary>
    private const string RedactedVersions = "versioner_redacted_versions";

    /// <summary>
    /// Clears the content hash of every stored version a redaction has cleared since: SHA-256 of a short secret could
    /// otherwise be guessed back. Run when the writer starts; lookups also treat such versions as redacted meanwhile.
    /// </summary>
    public static Task<int> ClearRedactedHashesAsync(IngestDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            $"UPDATE {IngestDbContext.VersionsTable} SET content_hash = {{0}} WHERE stored_version_id IN (SELECT version_id FROM {RedactedVersions})",
            [Array.Empty<byte>()], cancellationToken);

    /// <summary>The records of those of <paramref name="versionIds"/> already stored.</summary>
    public async Task<Dictionary<Guid, IngestRecord>> FindAsync(IEnumerable<Guid> versionIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, IngestRecord>();
        var ids = versionIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return result;
        }

        var query = Prepared(
            $"SELECT v.version_id, v.entity_type, v.eternal_id, v.operation, v.commit_id, v.author, v.content_hash, "
            + $"EXISTS (SELECT 1 FROM {RedactedVersions} r WHERE r.version_id = v.stored_version_id) "
            + $"FROM {IngestDbContext.VersionsTable} v WHERE {_ids.In("v.version_id", "@p0")}",
            [_ids.Mapping]);
        await using (var reader = await query.ReaderAsync(cancellationToken, _ids.ValueOf(ids)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var record = new IngestRecord
                {
                    VersionId = Read<VersionId>(reader, 0, _versionId),
                    EntityType = reader.GetString(1),
                    EternalId = Read<EternalId>(reader, 2, _eternalId),
                    Operation = reader.GetString(3),
                    CommitId = Read<CommitId>(reader, 4, _commitId),
                    Author = reader.GetString(5),
                    ContentHash = (byte[])reader.GetValue(6),
                    Redacted = Convert.ToBoolean(reader.GetValue(7), System.Globalization.CultureInfo.InvariantCulture),
                };
                result[record.VersionId.Value] = record;
            }
        }

        return result;
    }

    /// <summary>A column read as EF reads it: the provider's value through the mapping's conversion.</summary>
    private static T Read<T>(System.Data.Common.DbDataReader reader, int ordinal, RelationalTypeMapping mapping) =>
        (T)mapping.Converter!.ConvertFromProvider(reader.GetValue(ordinal))!;

    /// <summary>Queues one record, written by <see cref="FlushAsync"/> in the same transaction as the version it describes.</summary>
    public void Add(IngestRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _inserts.Add(
            record.VersionId, record.EntityType, record.EternalId, record.Operation, record.StoredVersionId, record.CommitId, record.Author,
            record.TimestampTicks, record.Message, record.Source, record.ContentHash, record.ReceivedTicks);
    }

    /// <summary>Writes the queued records; call before committing.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => _inserts.FlushAsync(cancellationToken);

    /// <summary>Records the working commit the service writes into, so a restart resumes it.</summary>
    public async Task SaveWorkingCommitAsync(Guid workingCommit, CancellationToken cancellationToken)
    {
        var entity = _db.Model.FindEntityType(typeof(IngestStateRow))!;
        var upsert = Prepared(
            $"INSERT INTO {IngestDbContext.StateTable} (name, value) VALUES (@p0, @p1) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [entity.FindProperty(nameof(IngestStateRow.Name))!.GetRelationalTypeMapping(), entity.FindProperty(nameof(IngestStateRow.Value))!.GetRelationalTypeMapping()]);
        await upsert.ExecuteAsync(cancellationToken, IngestStateRow.WorkingCommit, workingCommit.ToString());
    }

    public void Dispose()
    {
        _inserts.Dispose();
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }

    private Statement Prepared(string sql, RelationalTypeMapping?[] mappings)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new Statement(_db, sql, mappings);
            _statements[sql] = statement;
        }

        return statement;
    }
}
