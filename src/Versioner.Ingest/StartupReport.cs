using Microsoft.Data.Sqlite;
using Npgsql;
using Versioner.Ingest.Configuration;

namespace Versioner.Ingest;

/// <summary>
/// What a newcomer needs to see when the service starts: which database it opened (the full path of a SQLite file,
/// so a file created in an unexpected working directory is noticed) and who may write and read.
/// </summary>
internal static class StartupReport
{
    public static void Log(ILogger logger, IngestOptions options)
    {
        ServiceLog.Started(logger, Database(options.Storage), options.Storage.Branch, Access(options.Auth, write: true), Access(options.Auth, write: false));
        if (options.Auth.AllowAnonymousWrites)
        {
            ServiceLog.WritesOpenToAnyone(logger);
        }
    }

    /// <summary>The database, without credentials: <c>SQLite file /abs/path/versioner.db</c> or <c>PostgreSQL database x on host:port</c>.</summary>
    public static string Database(StorageOptions storage)
    {
        if (storage.Provider == StorageProvider.PostgreSql)
        {
            var postgres = new NpgsqlConnectionStringBuilder(storage.ConnectionString);
            return $"PostgreSQL database {postgres.Database ?? postgres.Username ?? "(default)"} on {postgres.Host}:{postgres.Port}";
        }

        var file = new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
        return file is ":memory:" or "" ? $"SQLite in memory ({file})" : $"SQLite file {Path.GetFullPath(file)}";
    }

    /// <summary>Who may write (or read), in words.</summary>
    public static string Access(AuthOptions auth, bool write)
    {
        if (write ? auth.AllowAnonymousWrites : auth.AllowAnonymousReads)
        {
            return "open to anyone who can reach the service, without a credential";
        }

        if (!auth.HasCredentials)
        {
            return $"refused: no API key or bearer token is configured (set Versioner__Auth__ApiKeys__0, sent as {IngestDefaults.ApiKeyHeader})";
        }

        return $"with one of {auth.ApiKeys.Count} API key(s) ({IngestDefaults.ApiKeyHeader}) or {auth.BearerTokens.Count} bearer token(s)";
    }
}
