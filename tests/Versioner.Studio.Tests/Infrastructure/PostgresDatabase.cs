using Microsoft.EntityFrameworkCore;

namespace Versioner.Studio.Tests.Infrastructure;

/// <summary>
/// A database of its own on the test PostgreSQL server (<see cref="PostgresServer"/>), dropped afterwards; unreachable,
/// the tests skip saying so, except under CI, where they fail.
/// </summary>
public sealed class PostgresDatabase : StudioDatabase
{
    private PostgresTestDatabase? _database;

    public override string? SkipReason => PostgresServer.SkipReason;

    public override async Task<Action<DbContextOptionsBuilder>> CreateAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        var connectionString = _database.ConnectionString;
        return o => o.UseNpgsql(connectionString).UseVersioning();
    }

    public override string DbArgument => _database?.ConnectionString ?? throw new InvalidOperationException("Create the database first.");

    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
