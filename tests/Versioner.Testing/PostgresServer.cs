using Npgsql;

namespace Versioner.Testing;

/// <summary>
/// The PostgreSQL server the tests make their databases on: <c>VERSIONER_TEST_POSTGRES</c> (a connection string whose
/// database the tests may connect to and whose role may create databases and roles), by default the one
/// <c>.ci/postgres.sh</c> sets up.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "VERSIONER_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=ci";

    // Probed once per test run: a developer without the server gets one clear reason, not a connection error per test.
    private static readonly Lazy<string?> Unreachable = new(Probe);

    /// <summary>The server's connection string (a new builder each time: change it freely).</summary>
    public static NpgsqlConnectionStringBuilder Settings =>
        new(Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultServer);

    /// <summary>The server's connection string.</summary>
    public static string ConnectionString => Settings.ConnectionString;

    /// <summary>Why the server cannot be used here, with how to start one; null when it can.</summary>
    public static string? Problem => Unreachable.Value;

    /// <summary>Under CI the server must be there (an unreachable one fails the run); elsewhere its absence skips, with <see cref="Problem"/>.</summary>
    public static string? SkipReason => TestEnvironment.SkipUnlessCi(Problem);

    /// <summary>An open connection to the server's own database; an unreachable server throws with <see cref="Problem"/>'s explanation.</summary>
    public static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(Explain(ex), ex);
        }
    }

    private static string? Probe()
    {
        var server = Settings;
        server.Timeout = 3;
        server.Pooling = false;
        try
        {
            using var connection = new NpgsqlConnection(server.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return Explain(ex);
        }
    }

    private static string Explain(Exception ex)
    {
        var server = Settings;
        return $"PostgreSQL is not reachable at {server.Host}:{server.Port} as '{server.Username}' ({ex.GetBaseException().Message}); "
            + $"run `bash .ci/postgres.sh` (as root) to install and start it, or set {EnvironmentVariable} to a server's connection string.";
    }
}
