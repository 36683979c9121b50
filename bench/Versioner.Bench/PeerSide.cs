using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Versioner.Bench;

/// <summary>
/// One side of the peers scenario: a store of <see cref="RowData"/> entities with history, driven through the same
/// steps (create, remember a past point, update each once) and asked the same reads. Every read returns the row
/// count and the sum of the <c>Year</c> fields, which the scenario checks against the expected state.
/// </summary>
internal abstract class PeerSide : IAsyncDisposable
{
    /// <summary>Seconds taken by <paramref name="work"/>, by <see cref="Clock"/> (counting the server's backends on PostgreSQL).</summary>
    public abstract Task<double> TimeAsync(Func<Task> work);

    /// <summary>Creates one entity per row, in transactions (commits) of <paramref name="batch"/>; returns the seconds taken.</summary>
    public abstract Task<double> CreateAsync(RowData[] rows, int batch);

    /// <summary>Remembers the present as the past point the as-of reads look at (called between the creates and the updates).</summary>
    public abstract Task MarkPastAsync();

    /// <summary>Updates every entity once, to <see cref="RowData.Edited"/>, in transactions (commits) of <paramref name="batch"/>.</summary>
    public abstract Task<double> UpdateAsync(RowData[] rows, int batch);

    public abstract Task<(int Count, long Years)> HeadAsync();

    public abstract Task<(int Count, long Years)> AsOfAllAsync();

    /// <summary>The <c>Year</c> of entity number <paramref name="index"/> as of the past point, or null when not found.</summary>
    public abstract Task<int?> OneAsOfAsync(int index);

    /// <summary>The number of versions in the history of entity number <paramref name="index"/>.</summary>
    public abstract Task<int> HistoryCountAsync(int index);

    /// <summary>Bytes on disk of everything this side stores.</summary>
    public abstract Task<long> StorageAsync();

    /// <summary>
    /// Prints this side's bytes per table and index (<see cref="StorageBreakdown"/>) and returns its bytes once compacted
    /// (SQLite <c>VACUUM</c>, PostgreSQL <c>VACUUM FULL</c>); compacts the database, so runs last.
    /// </summary>
    public abstract Task<long> PrintStorageBreakdownAsync();

    public abstract ValueTask DisposeAsync();

    protected static (int Count, long Years) Sum<T>(List<T> rows, Func<T, int> year) => (rows.Count, rows.Sum(r => (long)year(r)));
}

/// <summary>Versioner through its public API, on either engine (the context decides).</summary>
internal sealed class VersionerSide(DbContext db, Func<Func<Task>, Task<double>> time, Func<Task<long>> storage, Func<Task<long>> breakdown, Func<ValueTask> dispose) : PeerSide
{
    private Repository _repo = null!;
    private Workspace _ws = null!;
    private Item[] _items = [];
    private Commit _past = null!;

    public async Task OpenAsync()
    {
        await db.Database.EnsureCreatedAsync();
        _repo = await Repository.OpenAsync(db);

        _ws = await _repo.CheckoutAsync("main");
    }

    public override Task<double> TimeAsync(Func<Task> work) => time(work);

    /// <summary>The context the side writes and reads through.</summary>
    public DbContext Db => db;

    /// <summary>The repository's store (the probes' plans and candidate indexes).</summary>
    public Internal.GraphStore Store => _repo.Store;

    /// <summary>The commit that was main's head before the updates (the as-of reads' point).</summary>
    public Commit Past => _past;

    /// <summary>The repository.</summary>
    public Repository Repo => _repo;

    /// <summary>The eternal id of the entity at <paramref name="index"/>.</summary>
    public EternalId EternalIdOf(int index) => _items[index].EternalId;

    public override Task<double> CreateAsync(RowData[] rows, int batch)
    {
        _items = new Item[rows.Length];
        return time(() => WriteBench.CommitAllAsync(_ws, rows, batch, _items, edited: false));
    }

    public override async Task MarkPastAsync() => _past = await _repo.FindCommitAsync("main");

    public override Task<double> UpdateAsync(RowData[] rows, int batch) => time(() => WriteBench.CommitAllAsync(_ws, rows, batch, _items, edited: true));

    public override async Task<(int Count, long Years)> HeadAsync() =>
        Sum(await (await _repo.SnapshotAsync("main")).Query<Item>().ToListAsync(), i => i.Year);

    public override async Task<(int Count, long Years)> AsOfAllAsync() =>
        Sum(await (await _repo.SnapshotAsync(_past)).Query<Item>().ToListAsync(), i => i.Year);

    public override async Task<int?> OneAsOfAsync(int index) =>
        (await (await _repo.SnapshotAsync(_past)).FindAsync<Item>(_items[index].EternalId))?.Year;

    public override async Task<int> HistoryCountAsync(int index) => (await _repo.HistoryAsync<Item>(_items[index].EternalId, "main")).Count;

    /// <summary>
    /// The diff of main's last commit (1,000 entities modified): the entities its commit changed (the commits between
    /// the two states joined to their change sets), then their change rows on both sides. Returns the entries.
    /// </summary>
    public async Task<int> DiffOfLastCommitAsync()
    {
        var head = await _repo.FindCommitAsync("main");
        return (await _repo.DiffAsync(head.Parents[0], head.Id)).Count;
    }

    public override Task<long> StorageAsync() => storage();

    public override Task<long> PrintStorageBreakdownAsync() => breakdown();

    public override async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await dispose();
    }
}

/// <summary>The SQLite peer: EF Core on a current table, a history table filled by triggers (<see cref="TriggerHistoryContext"/>).</summary>
internal sealed class TriggerSide : PeerSide
{
    private readonly string _path;
    private readonly SqliteConnection _connection;
    private readonly TriggerHistoryContext _db;
    private TriggerItem[] _items = [];
    private DateTime _past;

    /// <summary>The connection the peer's context runs on (open for the peer's whole life).</summary>
    public SqliteConnection Connection => _connection;

    public TriggerSide(string path)
    {
        _path = path;
        _connection = Sqlite.Open(path);
        Sqlite.Execute(_connection, TriggerHistoryContext.Schema);
        _db = new TriggerHistoryContext(_connection);
    }

    public override Task<double> TimeAsync(Func<Task> work) => Harness.TimeAsync(work);

    public override Task<double> CreateAsync(RowData[] rows, int batch)
    {
        _items = new TriggerItem[rows.Length];
        return TimeAsync(async () =>
        {
            for (var start = 0; start < rows.Length; start += batch)
            {
                var now = DateTime.UtcNow;
                var chunk = new TriggerItem[Math.Min(batch, rows.Length - start)];
                for (var j = 0; j < chunk.Length; j++)
                {
                    var row = rows[start + j];
                    chunk[j] = _items[start + j] = new TriggerItem { Id = Guid.CreateVersion7(), Title = row.Title, Year = row.Year, Amount = row.Amount, ValidFrom = now };
                }

                _db.Items.AddRange(chunk);
                await _db.SaveChangesAsync();
                _db.ChangeTracker.Clear();
            }
        });
    }

    public override async Task MarkPastAsync()
    {
        await Task.Delay(5);
        _past = DateTime.UtcNow;
        await Task.Delay(5);
    }

    public override Task<double> UpdateAsync(RowData[] rows, int batch) => TimeAsync(async () =>
    {
        for (var start = 0; start < rows.Length; start += batch)
        {
            var now = DateTime.UtcNow;
            var chunk = _items.AsSpan(start, Math.Min(batch, rows.Length - start)).ToArray();
            _db.Items.AttachRange(chunk);
            for (var j = 0; j < chunk.Length; j++)
            {
                var row = rows[start + j].Edited();
                chunk[j].Title = row.Title;
                chunk[j].Year = row.Year;
                chunk[j].Amount = row.Amount;
                chunk[j].ValidFrom = now;
            }

            await _db.SaveChangesAsync();
            _db.ChangeTracker.Clear();
        }
    });

    public override async Task<(int Count, long Years)> HeadAsync() => Sum(await _db.Items.AsNoTracking().ToListAsync(), i => i.Year);

    public override async Task<(int Count, long Years)> AsOfAllAsync() => Sum(await _db.Database.SqlQuery<PeerRow>($"""
        SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems" WHERE "ValidFrom" <= {_past}
        UNION ALL
        SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems_history" WHERE "ValidFrom" <= {_past} AND "ValidTo" > {_past}
        """).ToListAsync(), r => r.Year);

    public override async Task<int?> OneAsOfAsync(int index)
    {
        var id = _items[index].Id;
        var rows = await _db.Database.SqlQuery<PeerRow>($"""
            SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems" WHERE "Id" = {id} AND "ValidFrom" <= {_past}
            UNION ALL
            SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems_history" WHERE "Id" = {id} AND "ValidFrom" <= {_past} AND "ValidTo" > {_past}
            """).ToListAsync();
        return rows.Count == 1 ? rows[0].Year : null;
    }

    public override async Task<int> HistoryCountAsync(int index)
    {
        var id = _items[index].Id;
        return (await _db.Database.SqlQuery<PeerRow>($"""
            SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems" WHERE "Id" = {id}
            UNION ALL
            SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems_history" WHERE "Id" = {id}
            ORDER BY "ValidFrom" DESC
            """).ToListAsync()).Count;
    }

    public override Task<long> StorageAsync() => Task.FromResult(SqliteFileBytes(_connection, _path));

    public override Task<long> PrintStorageBreakdownAsync() => Task.FromResult(StorageBreakdown.PrintSqlite("the trigger-filled history table peer", _connection));

    /// <summary>
    /// The same creates and updates on the same schema through raw ADO.NET instead of EF Core (one prepared INSERT or
    /// UPDATE reused, a transaction per batch), on a fresh file: the peer's write floor, for the record.
    /// </summary>
    public static (double Create, double Update) RawWrites(RowData[] rows, int batch)
    {
        var path = Sqlite.NewPath("peers-trigger-raw");
        try
        {
            using var connection = Sqlite.Open(path);
            Sqlite.Execute(connection, TriggerHistoryContext.Schema);
            var ids = new Guid[rows.Length];
            double Run(string sql, Action<SqliteCommand, int, string> bind) => Harness.Time(() =>
            {
                for (var start = 0; start < rows.Length; start += batch)
                {
                    using var transaction = connection.BeginTransaction();
                    using var command = Sqlite.Prepare(connection, transaction, sql, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text);
                    var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
                    for (var i = start; i < Math.Min(start + batch, rows.Length); i++)
                    {
                        bind(command, i, now);
                        command.ExecuteNonQuery();
                    }

                    transaction.Commit();
                }
            });
            void Bind(SqliteCommand command, RowData row, Guid id, string now)
            {
                command.Parameters[0].Value = id.ToString().ToUpperInvariant();
                command.Parameters[1].Value = row.Title;
                command.Parameters[2].Value = row.Year;
                command.Parameters[3].Value = row.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters[4].Value = now;
            }

            var create = Run("""INSERT INTO "TriggerItems" ("Id", "Title", "Year", "Amount", "ValidFrom") VALUES (@p0, @p1, @p2, @p3, @p4)""", (c, i, now) => Bind(c, rows[i], ids[i] = Guid.CreateVersion7(), now));
            var update = Run("""UPDATE "TriggerItems" SET "Title" = @p1, "Year" = @p2, "Amount" = @p3, "ValidFrom" = @p4 WHERE "Id" = @p0""", (c, i, now) => Bind(c, rows[i].Edited(), ids[i], now));
            if (Convert.ToInt64(Sqlite.Scalar(connection, """SELECT COUNT(*) FROM "TriggerItems_history" """), System.Globalization.CultureInfo.InvariantCulture) != rows.Length)
            {
                throw new InvalidOperationException("raw trigger peer: the history table does not hold one row per update");
            }

            return (create, update);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
        Sqlite.Delete(_path);
    }

    /// <summary>The database file's size after a checkpoint that empties the WAL into it.</summary>
    public static long SqliteFileBytes(SqliteConnection connection, string path)
    {
        Sqlite.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        return new FileInfo(path).Length;
    }
}

/// <summary>The PostgreSQL peer: EF Core on a table under the periods extension's SYSTEM VERSIONING (<see cref="PeriodsContext"/>).</summary>
internal sealed class PeriodsSide(string connectionString) : PeerSide
{
    private const string Drop = """
        DO $$ BEGIN
            IF to_regclass('"PeriodsItems_history"') IS NOT NULL THEN
                PERFORM periods.drop_system_versioning('"PeriodsItems"', drop_behavior => 'CASCADE', purge => true);
            END IF;
            IF to_regclass('"PeriodsItems"') IS NOT NULL THEN
                PERFORM periods.drop_system_time_period('"PeriodsItems"', drop_behavior => 'CASCADE', purge => true);
            END IF;
        END $$;
        DROP TABLE IF EXISTS "PeriodsItems" CASCADE;
        """;

    /// <summary>The start of the schema a run's tables go in (the process id follows): concurrent runs do not collide.</summary>
    public const string SchemaPrefix = "peers_";

    private readonly PeriodsContext _db = new(connectionString);
    private NpgsqlConnection _connection = null!;
    private PeriodsItem[] _items = [];

    /// <summary>The connection the peer's context runs on (open once <see cref="OpenAsync"/> has run).</summary>
    public NpgsqlConnection Connection => _connection;
    private DateTime _past;

    /// <summary>Why the peer cannot run on this server (no database or no periods extension), or null when it can.</summary>
    public static async Task<string?> UnavailableAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname = 'periods'", connection);
            return (long)(await command.ExecuteScalarAsync())! == 1 ? null : "the periods extension is not created in that database";
        }
        catch (NpgsqlException ex)
        {
            return ex.GetBaseException().Message;
        }
    }

    public async Task OpenAsync()
    {
        _connection = await Postgres.OpenAsync(_db);
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath!.Split(',')[0];
        await Postgres.ExecuteAsync(_connection, $"CREATE SCHEMA IF NOT EXISTS {schema}");
        await Postgres.ExecuteAsync(_connection, Drop);
        await Postgres.ExecuteAsync(_connection, PeriodsContext.Schema);
    }

    public override Task<double> TimeAsync(Func<Task> work) => Postgres.TimeAsync(work, _connection);

    public override Task<double> CreateAsync(RowData[] rows, int batch)
    {
        _items = new PeriodsItem[rows.Length];
        return TimeAsync(async () =>
        {
            for (var start = 0; start < rows.Length; start += batch)
            {
                var chunk = new PeriodsItem[Math.Min(batch, rows.Length - start)];
                for (var j = 0; j < chunk.Length; j++)
                {
                    var row = rows[start + j];
                    chunk[j] = _items[start + j] = new PeriodsItem { Id = Guid.CreateVersion7(), Title = row.Title, Year = row.Year, Amount = row.Amount };
                }

                _db.Items.AddRange(chunk);
                await _db.SaveChangesAsync();
                _db.ChangeTracker.Clear();
            }
        });
    }

    public override async Task MarkPastAsync()
    {
        await using var command = new NpgsqlCommand("SELECT clock_timestamp()", _connection);
        _past = (DateTime)(await command.ExecuteScalarAsync())!;
    }

    public override Task<double> UpdateAsync(RowData[] rows, int batch) => TimeAsync(async () =>
    {
        for (var start = 0; start < rows.Length; start += batch)
        {
            var chunk = _items.AsSpan(start, Math.Min(batch, rows.Length - start)).ToArray();
            _db.Items.AttachRange(chunk);
            for (var j = 0; j < chunk.Length; j++)
            {
                var row = rows[start + j].Edited();
                chunk[j].Title = row.Title;
                chunk[j].Year = row.Year;
                chunk[j].Amount = row.Amount;
            }

            await _db.SaveChangesAsync();
            _db.ChangeTracker.Clear();
        }
    });

    public override async Task<(int Count, long Years)> HeadAsync() => Sum(await _db.Items.AsNoTracking().ToListAsync(), i => i.Year);

    public override async Task<(int Count, long Years)> AsOfAllAsync() => Sum(await _db.Database.SqlQuery<PeerRow>($"""
        SELECT "Id", "Title", "Year", "Amount", system_time_start AS "ValidFrom" FROM "PeriodsItems__as_of"({_past})
        """).ToListAsync(), r => r.Year);

    public override async Task<int?> OneAsOfAsync(int index)
    {
        var rows = await _db.Database.SqlQuery<PeerRow>($"""
            SELECT "Id", "Title", "Year", "Amount", system_time_start AS "ValidFrom" FROM "PeriodsItems__as_of"({_past}) WHERE "Id" = {_items[index].Id}
            """).ToListAsync();
        return rows.Count == 1 ? rows[0].Year : null;
    }

    public override async Task<int> HistoryCountAsync(int index) => (await _db.Database.SqlQuery<PeerRow>($"""
        SELECT "Id", "Title", "Year", "Amount", system_time_start AS "ValidFrom" FROM "PeriodsItems_with_history" WHERE "Id" = {_items[index].Id}
        ORDER BY system_time_start DESC
        """).ToListAsync()).Count;

    public override async Task<long> StorageAsync()
    {
        await using var command = new NpgsqlCommand("""SELECT pg_total_relation_size('"PeriodsItems"') + pg_total_relation_size('"PeriodsItems_history"')""", _connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public override Task<long> PrintStorageBreakdownAsync() => StorageBreakdown.PrintPostgresAsync("the periods peer", _connection, "PeriodsItems%");

    public override async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await Postgres.ExecuteAsync(_connection, Drop);
            await Postgres.ExecuteAsync(_connection, "DROP SCHEMA IF EXISTS " + new NpgsqlConnectionStringBuilder(connectionString).SearchPath!.Split(',')[0]);
        }

        await _db.DisposeAsync();
    }
}
