using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;

namespace Versioner.Ingest.Storage;

/// <summary>
/// Lets several service instances write one branch of one PostgreSQL database. Every write transaction of every
/// instance first takes a transaction-scoped advisory lock keyed by the branch (released at commit or rollback, and by
/// the server when a killed instance's connection drops), so the instances' transactions run one after the other and
/// each sees everything committed before it: the idempotency lookup, the entity checks, the working commit and its
/// pending group. The working commit is shared: <c>ingest_state</c> names it, and a writer stamp (a fresh id per
/// committed transaction) tells an instance whether another one wrote since its own last transaction, in which case
/// its cached view (the appender, the pending group) is reloaded from the database.
/// </summary>
/// <remarks>
/// Starting (creating the tables, resuming or creating the working commit) holds the same lock for the session, so
/// instances that start together do not race. See docs/ingest.md, "Several instances", for why a lock and a shared
/// working commit rather than an elected writer.
/// </remarks>
internal sealed class SharedBranch : IDisposable
{
    private readonly IngestDbContext _db;
    private readonly long _key;
    private readonly Statement _lock;
    private readonly Statement _read;
    private readonly Statement _stamp;

    public SharedBranch(IngestDbContext db, string branch)
    {
        _db = db;
        _key = KeyOf(branch);
        var state = db.Model.FindEntityType(typeof(IngestStateRow))!;
        var name = state.FindProperty(nameof(IngestStateRow.Name))!.GetRelationalTypeMapping();
        var value = state.FindProperty(nameof(IngestStateRow.Value))!.GetRelationalTypeMapping();
        _lock = new Statement(db, "SELECT pg_advisory_xact_lock(@p0)", [null]);
        _read = new Statement(db, $"SELECT name, value FROM {IngestDbContext.StateTable} WHERE name IN (@p0, @p1)", [name, name]);
        _stamp = new Statement(db,
            $"INSERT INTO {IngestDbContext.StateTable} (name, value) VALUES (@p0, @p1) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [name, value]);
    }

    /// <summary>The advisory lock's key: stable across processes (unlike <see cref="string.GetHashCode()"/>) and per branch.</summary>
    public static long KeyOf(string branch) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("versioner-ingest/" + branch)));

    /// <summary>
    /// Takes the branch's lock for the current transaction (waiting for any other instance's transaction to end), then
    /// reads the shared state as that transaction sees it.
    /// </summary>
    public async Task<State> LockAsync(CancellationToken cancellationToken)
    {
        _lock.Enlist(_db);
        await _lock.ExecuteAsync(cancellationToken, _key);
        return await ReadAsync(cancellationToken);
    }

    /// <summary>The working commit the instances write into and the stamp of the last transaction that wrote.</summary>
    public async Task<State> ReadAsync(CancellationToken cancellationToken)
    {
        _read.Enlist(_db);
        Guid? working = null;
        var writer = Guid.Empty;
        await using var reader = await _read.ReaderAsync(cancellationToken, IngestStateRow.WorkingCommit, IngestStateRow.WriterStamp);
        while (await reader.ReadAsync(cancellationToken))
        {
            var parsed = Guid.TryParse(reader.GetString(1), out var id) ? id : Guid.Empty;
            if (reader.GetString(0) == IngestStateRow.WorkingCommit)
            {
                working = parsed;
            }
            else
            {
                writer = parsed;
            }
        }

        return new State(working, writer);
    }

    /// <summary>Records that the current transaction (stamped <paramref name="stamp"/>) wrote; call before committing.</summary>
    public async Task StampAsync(Guid stamp, CancellationToken cancellationToken)
    {
        _stamp.Enlist(_db);
        await _stamp.ExecuteAsync(cancellationToken, IngestStateRow.WriterStamp, stamp.ToString());
    }

    /// <summary>
    /// Holds the branch's lock for the session until disposed: while an instance starts or checks out a new working
    /// commit, no other instance writes.
    /// </summary>
    public async Task<IAsyncDisposable> HoldAsync(CancellationToken cancellationToken)
    {
        await _db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock({0})", [_key], cancellationToken);
        return new Held(this);
    }

    public void Dispose()
    {
        _lock.Dispose();
        _read.Dispose();
        _stamp.Dispose();
    }

    /// <summary>The shared state: the working commit (null before the first start) and the last writer's stamp.</summary>
    internal readonly record struct State(Guid? Working, Guid Writer);

    private sealed class Held(SharedBranch branch) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await branch._db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock({0})", [branch._key], CancellationToken.None);
    }
}
