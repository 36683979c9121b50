using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// The commit graph in one <see cref="DbContext"/>: commit rows, revisions, ancestry paths and as-of queries.
/// Shared by <see cref="Repository"/>, <see cref="Workspace"/> and <see cref="Snapshot"/>.
/// </summary>
internal sealed partial class GraphStore
{
    public GraphStore(DbContext db, RepositoryOptions options)
    {
        Db = db;
        Options = options;
        Dialect = Dialect.For(db);
        Model = VersionedModel.For(db);
        Map = new Mappings(db);
    }

    public DbContext Db { get; }

    /// <summary>The engine's dialect, chosen once from the context's EF provider: every SQL difference goes through it.</summary>
    public Dialect Dialect { get; }

    public RepositoryOptions Options { get; }

    public VersionedModel Model { get; }

    public Mappings Map { get; }

    /// <summary>Rows this store has written with binary COPY (diagnostics: tests and the benchmark check the bulk path ran).</summary>
    public long RowsCopied { get; set; }

    /// <summary>Versions in one save from which PostgreSQL gets binary COPY (the benchmark moves it to find the crossover).</summary>
    public int CopyThreshold { get; set; } = NewRows.CopyThreshold;

    /// <summary>New rows a save buffers before writing them (tests move it down to cross chunk boundaries).</summary>
    public int BulkChunkSize { get; set; } = NewRows.ChunkSize;

    /// <summary>
    /// Change rows from which a finalized commit keeps its working commit's private segment instead of moving every
    /// row into its parent's segment (tests move it down to exercise that shape).
    /// </summary>
    public int PrivateSegmentFrom { get; set; } = 50_000;

    public IQueryable<CommitRow> Commits => Db.Set<CommitRow>().AsNoTracking();

    /// <summary>
    /// Refuses a write (<paramref name="operation"/>, as its public method is named) through a read-only opening
    /// (<see cref="RepositoryOptions.ReadOnly"/>), or through one without the application's model that cannot read
    /// every type it holds; before anything is sent.
    /// </summary>
    public void EnsureWritable(string operation)
    {
        if (Options.ReadOnly)
        {
            throw new ReadOnlyRepositoryException(operation);
        }

        EnsureComplete();
    }

    /// <summary>Refuses an operation over every type (writes, Verify, transfer) when this opening cannot read one of them.</summary>
    public void EnsureComplete()
    {
        foreach (var (name, reason) in Model.Undescribed)
        {
            throw new UndescribedTypeException(name, reason);
        }
    }

    /// <summary>Every read of the change rows, by shape (<see cref="ChangeReads"/>): the one place storage format 4 changes them.</summary>
    public ChangeReads Changes => field ??= new ChangeReads(this);

    /// <summary>Runs <paramref name="work"/> in a transaction (or the caller's), committing only if it completes.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Db.Database.CurrentTransaction is not null)
        {
            return await work().ConfigureAwait(false);
        }

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work().ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Statement Prepare(string sql, params Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings) => new(Db, sql, mappings);

    /// <summary>
    /// Parameters <c>@p0</c>, <c>@p1</c>... typed and converted by EF's mappings, for raw SQL that EF materializes
    /// (<c>FromSqlRaw</c>).
    /// </summary>
    public System.Data.Common.DbParameter[] Parameters(Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] mappings, object?[] values) =>
        Parameters(mappings, values, i => $"@p{i}");

    /// <summary>Parameters named by <paramref name="name"/>, typed and converted by EF's mappings.</summary>
    public System.Data.Common.DbParameter[] Parameters(Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] mappings, object?[] values, Func<int, string> name)
    {
        using var command = Db.Database.GetDbConnection().CreateCommand();
        var parameters = new System.Data.Common.DbParameter[mappings.Length];
        for (var i = 0; i < mappings.Length; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, name(i), null, nullable: true);
            parameters[i].Value = Statement.ToProvider(values[i], mappings[i]) ?? DBNull.Value;
        }

        return parameters;
    }

    public async Task<int> ExecuteAsync(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, CancellationToken cancellationToken)
    {
        await Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var statement = Prepare(sql, mappings);
            return await statement.ExecuteAsync(cancellationToken, values).ConfigureAwait(false);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether a hot read joins a lookup into the statement that uses it rather than running it first: on a database
    /// server (<see cref="Dialect.FoldsLookups"/>), and where the dialect keeps statements while the connection is open
    /// (SQLite), when it is: the larger statement is then prepared once, not at every call.
    /// </summary>
    public bool FoldsLookups => Dialect.FoldsLookups || (Dialect.KeepsStatements && Db.Database.GetDbConnection().State == System.Data.ConnectionState.Open);

    /// <summary>Runs a raw query on the context's connection and transaction, reading each row with <paramref name="read"/>.</summary>
    public Task<List<T>> QueryAsync<T>(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, Func<System.Data.Common.DbDataReader, T> read, CancellationToken cancellationToken) =>
        QueryAsync(sql, mappings, values, read, keep: false, cancellationToken);

    /// <summary>
    /// <see cref="QueryAsync{T}(string, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[], object?[], Func{System.Data.Common.DbDataReader, T}, CancellationToken)"/>
    /// for a hot read of fixed text (a handful of texts per type): where the dialect keeps statements
    /// (<see cref="Dialect.KeepsStatements"/>), its statement stays prepared on the open connection for the next call
    /// (<see cref="KeptStatements"/>). Elsewhere as any raw query (Npgsql keeps a prepared statement per text itself).
    /// </summary>
    public Task<List<T>> QueryKeptAsync<T>(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, Func<System.Data.Common.DbDataReader, T> read, CancellationToken cancellationToken) =>
        QueryAsync(sql, mappings, values, read, keep: Dialect.KeepsStatements, cancellationToken);

    private async Task<List<T>> QueryAsync<T>(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, Func<System.Data.Common.DbDataReader, T> read, bool keep, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await ReadAsync(sql, mappings, values, (reader, _) => rows.Add(read(reader)), keep, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// <see cref="QueryKeptAsync{T}"/> for a reader that folds the rows itself: <paramref name="read"/> is called for
    /// each row with the statement's native row where the dialect has one (<see cref="Dialect.Native"/>, SQLite: ids
    /// and bytes read in place), so a hot read makes no list of row objects in between.
    /// </summary>
    public Task ReadKeptAsync(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, Action<System.Data.Common.DbDataReader, Storage.Dialects.NativeRow?> read, CancellationToken cancellationToken) =>
        ReadAsync(sql, mappings, values, read, keep: Dialect.KeepsStatements, cancellationToken);

    private async Task ReadAsync(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, Action<System.Data.Common.DbDataReader, Storage.Dialects.NativeRow?> read, bool keep, CancellationToken cancellationToken)
    {
        await Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var kept = keep ? KeptStatements.For(Db, sql, mappings) : null;
            using var owned = kept is null ? Prepare(sql, mappings) : null;
            await using var reader = await (kept ?? owned!).ReaderAsync(cancellationToken, values).ConfigureAwait(false);
            var native = Dialect.Native(reader);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                read(reader, native);
            }
        }
        finally
        {
            await Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private string? _databaseId;

    /// <summary>This database's identity: a UUID stored in the database on first use (keys in-process caches).</summary>
    public async Task<string> DatabaseIdAsync(CancellationToken cancellationToken)
    {
        if (_databaseId is not null)
        {
            return _databaseId;
        }

        var stored = await Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key == "database_id").Select(m => m.Value)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return _databaseId = stored;
        }

        if (Options.ReadOnly)
        {
            // Nothing may be written: an identity of this opening only (its caches are not shared with other openings).
            return _databaseId = Guid.NewGuid().ToString();
        }

        await ExecuteAsync(
            InsertMetaSql(Dialect), [Map.Text, Map.Text], ["database_id", Guid.NewGuid().ToString()], cancellationToken).ConfigureAwait(false);
        return _databaseId = await Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key == "database_id").Select(m => m.Value)
            .FirstAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The key of this database's in-process caches (<see cref="CommitGraph"/>, <see cref="SegmentChains"/>): its stored
    /// identity (<see cref="DatabaseIdAsync"/>) and where it lives, since a copy (a file copied, a database made from a
    /// template) carries the same stored identity but must not share them.
    /// </summary>
    public async Task<string> CacheKeyAsync(CancellationToken cancellationToken)
    {
        var connection = Db.Database.GetDbConnection();
        return $"{await DatabaseIdAsync(cancellationToken).ConfigureAwait(false)}|{connection.DataSource}|{connection.Database}";
    }

    /// <summary>
    /// A <c>versioner_meta</c> entry (<c>@p0</c> key, <c>@p1</c> value), unless one with its key is there. The column
    /// <c>key</c> is quoted: T-SQL reserves the word.
    /// </summary>
    internal static string InsertMetaSql(Dialect dialect) =>
        dialect.InsertIfAbsent(SystemTables.Meta, [MetaKey, "value"], [MetaKey], "VALUES (@p0, @p1)");

    /// <summary><c>versioner_meta</c>'s key column, quoted (a reserved word in T-SQL; a plain identifier elsewhere).</summary>
    internal const string MetaKey = "\"key\"";

    /// <summary>A unique-key violation: another transaction took the same slot (a commit position, a sequence number).</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception.GetBaseException() is System.Data.Common.DbException db && Dialect.Known.Any(d => d.IsUniqueViolation(db));
}
