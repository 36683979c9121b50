using Npgsql;

namespace Versioner.Testing;

/// <summary>
/// A database of its own on <see cref="PostgresServer"/>, created empty for one test and dropped afterwards, with any
/// copies made of it (<see cref="CloneAsync"/>).
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly List<string> _clones = [];

    private PostgresTestDatabase(string name)
    {
        Name = name;
        ConnectionString = ConnectionStringOf(name);
    }

    /// <summary>The database's name: <c>versioner_test_</c> and a new GUID.</summary>
    public string Name { get; }

    /// <summary>The connection string of the database (the server's, with this database).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database.</summary>
    /// <exception cref="InvalidOperationException">The server is unreachable (the message says how to start one).</exception>
    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var database = new PostgresTestDatabase(NewName());
        await CreateDatabaseAsync(database.Name, template: null);
        return database;
    }

    /// <summary>Creates a second database holding an exact copy of this one (<c>TEMPLATE</c>), dropped with it; returns its connection string.</summary>
    public async Task<string> CloneAsync()
    {
        // A template must have no connections: release the pooled ones to this database first.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var clone = NewName();
        await CreateDatabaseAsync(clone, template: Name);
        _clones.Add(clone);
        return ConnectionStringOf(clone);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await PostgresServer.OpenAsync();
        foreach (var database in _clones.Append(Name))
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            catch (PostgresException ex)
            {
                // Cleanup must not fail a test: a database left behind (say, while autovacuum works on it and the
                // role may not end that worker) is harmless and has a unique name.
                await Console.Error.WriteLineAsync($"PostgresTestDatabase: could not drop {database}: {ex.MessageText}");
            }
        }
    }

    private static string NewName() => $"versioner_test_{Guid.NewGuid():N}";

    private static string ConnectionStringOf(string database) => new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = database }.ConnectionString;

    private static async Task CreateDatabaseAsync(string name, string? template)
    {
        await using var connection = await PostgresServer.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{(template is null ? "" : $" TEMPLATE \"{template}\"")}", connection);
        await create.ExecuteNonQueryAsync();
    }
}
