using Microsoft.EntityFrameworkCore;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// An empty database of its own on the test PostgreSQL server (<see cref="PostgresTestDatabase"/>), dropped afterwards,
/// with what the ingest tests read from it.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase _database;

    private PostgresDatabase(PostgresTestDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    public static async Task<PostgresDatabase> CreateAsync() => new(await PostgresTestDatabase.CreateAsync());

    /// <summary>Verifies the history the ingest service wrote here (<see cref="Repository.VerifyAsync"/>).</summary>
    public async Task<VerifyReport> VerifyAsync()
    {
        await using var db = OpenIngestContext();
        var repository = await Repository.OpenAsync(db);
        return await repository.VerifyAsync();
    }

    /// <summary>A context on the ingest service's tables here.</summary>
    internal IngestDbContext OpenIngestContext()
    {
        var builder = new DbContextOptionsBuilder<IngestDbContext>();
        StorageSetup.Configure(builder, new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = ConnectionString });
        return new IngestDbContext(builder.Options);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
