using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Versioner.Testing;

/// <summary>A <see cref="PostgresTestDatabase"/> as a <see cref="TestProvider"/>: a real PostgreSQL database of its own per test.</summary>
public sealed class PostgresProvider : TestProvider
{
    private PostgresTestDatabase? _database;

    /// <summary>The connection string of this test's database (to reach it through a proxy, say).</summary>
    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("CreateAsync first.");

    /// <inheritdoc/>
    public override string? SkipReason => PostgresServer.SkipReason;

    public override async Task<DbContextOptions<TContext>> CreateAsync<TContext>()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        return OptionsFor<TContext>();
    }

    public override DbContextOptions<TContext> OptionsFor<TContext>() =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql(_database?.ConnectionString).UseVersioning().Options;

    public override void Configure(DbContextOptionsBuilder builder) => builder.UseNpgsql(_database?.ConnectionString).UseVersioning();

    /// <remarks>Read-only: every transaction of the connection is read-only, as on a hot standby.</remarks>
    public override DbConnection NewConnection(bool readOnlyAccess = false) =>
        new NpgsqlConnection(readOnlyAccess ? new NpgsqlConnectionStringBuilder(ConnectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString : ConnectionString);

    public override async Task<DbContextOptions<TContext>> CloneAsync<TContext>()
    {
        var clone = await (_database ?? throw new InvalidOperationException("CreateAsync first.")).CloneAsync();
        return new DbContextOptionsBuilder<TContext>().UseNpgsql(clone).UseVersioning().Options;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
