using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>Naming the database: --db, VERSIONER_DB, the engine recognised from the text, and what happens when it cannot be opened.</summary>
public abstract class OpeningTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task VERSIONER_DB_names_the_database_when_db_is_not_given()
    {
        var h = await SampleHistoryAsync();

        var result = await CliProcess.RunAsync(["log", "-n", "1"], new Dictionary<string, string?> { ["VERSIONER_DB"] = Database.DbArgument });

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith(h.Merge.ShortForm);
    }

    [EngineFact]
    public async Task A_wrong_connection_string_exits_3_saying_what_to_check()
    {
        await SampleHistoryAsync();
        var (wrong, check) = typeof(TDatabase) == typeof(PostgresDatabase)
            ? (new NpgsqlConnectionStringBuilder(Database.DbArgument) { Password = "wrong-password" }.ConnectionString, "password")
            : (Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db"), "check the path");

        var result = await CliProcess.RunAsync(["log", "--db", wrong]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("versioner: ").And.Contain(check);
        result.Error.Should().NotContain("wrong-password", "a password is never echoed").And.NotContain("28P01", "the server's reason, not its code");
        File.Exists(wrong).Should().BeFalse("the tool never creates a database");
    }

    [EngineFact]
    public async Task A_database_without_Versioner_history_exits_3_saying_what_to_check_in_what_was_given()
    {
        await using var other = new TDatabase();
        await using (var db = new Model.ShelfContext(await other.CreateAsync()))
        {
            // An existing database with a table of its own and none of Versioner's (SQLite makes the file here).
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE unrelated (id INTEGER PRIMARY KEY)");
        }

        var given = typeof(TDatabase) == typeof(PostgresDatabase)
            ? new[] { (other.DbArgument, "Check that Database in the connection string names the application's database") }
            : [(other.DbArgument, "Check that the path names the application's database file"),
                ($"Data Source={other.DbArgument}", "Check that Data Source in the connection string names the application's database file")];
        foreach (var (db, check) in given)
        {
            foreach (var command in new[] { new[] { "log" }, ["serve", "--port", "0"], ["upgrade"] })
            {
                var result = await CliProcess.RunAsync([.. command, "--db", db]);

                result.ExitCode.Should().Be(3, result.ToString());
                result.Error.Should().StartWith("versioner: Cannot ").And.Contain("holds no Versioner history").And.Contain(check)
                    .And.NotContain("SQLite Error").And.NotContain("42P01", "the engine's refusal is shown, not the provider error under it")
                    .And.NotContain("inner exception", "a command-line user has no exception to look into");
                if (!db.Contains('=', StringComparison.Ordinal))
                {
                    result.Error.Should().NotContain("connection string", "a path was given");
                }
            }
        }
    }

    [EngineFact]
    public async Task An_empty_DB2_exits_3_asking_for_the_other_database_not_for_VERSIONER_DB()
    {
        foreach (var command in new[] { new[] { "push", "", "main" }, ["pull", " ", "main"], ["compare", ""] })
        {
            var result = await RunAsync(command);

            result.ExitCode.Should().Be(3, result.ToString());
            result.Error.Should().Be("versioner: No database given as DB2: pass the other database's path or connection string (a SQLite file such as replica.db, or Host=...;Database=... for PostgreSQL).\n",
                "VERSIONER_DB names the --db database, never DB2");
        }
    }
}

public sealed class SqliteOpeningTests : OpeningTests<SqliteDatabase>;

public sealed class PostgresOpeningTests : OpeningTests<PostgresDatabase>;

/// <summary>
/// A SQLite file that cannot be read at all is not called a database without Versioner's tables: the engine reads any
/// failure to read them so, and the tool says what SQLite said (a file of another kind, a lock another writer holds).
/// </summary>
public sealed class SqliteUnreadableFileTests : CliTest<SqliteDatabase>
{
    [Fact]
    public async Task A_file_that_is_not_a_SQLite_database_exits_3_saying_so()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-sqlite-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, "id,title\n1,Dune\n" + new string('x', 4096));
        try
        {
            foreach (var command in new[] { new[] { "log" }, ["branch", "topic"] })
            {
                var result = await CliProcess.RunAsync([.. command, "--db", path]);

                result.ExitCode.Should().Be(3, result.ToString());
                result.Error.Should().StartWith($"versioner: Cannot open the SQLite database {path}: the file is not a SQLite database")
                    .And.NotContain("holds no Versioner history").And.NotContain("SQLite Error");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_exits_3_saying_it_is_locked_not_that_it_has_no_history()
    {
        await SampleHistoryAsync();
        var copy = Path.Combine(Path.GetTempPath(), $"locked-{Guid.NewGuid():N}.db");
        await Db.Database.ExecuteSqlAsync($"VACUUM INTO {copy}"); // a rollback-journal copy: a writer's lock keeps readers out
        try
        {
            await using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                await writer.OpenAsync();
                await using (var begin = writer.CreateCommand())
                {
                    begin.CommandText = "PRAGMA journal_mode=DELETE; BEGIN EXCLUSIVE; INSERT INTO versioner_meta (key, value) VALUES ('held', 'by another writer')";
                    await begin.ExecuteNonQueryAsync();
                }

                var result = await CliProcess.RunAsync(["log", "--db", $"Data Source={copy};Default Timeout=1"]);

                result.ExitCode.Should().Be(3, result.ToString());
                result.Error.Should().StartWith("versioner: Cannot open the SQLite database").And.Contain("database is locked").And.Contain("try again")
                    .And.NotContain("holds no Versioner history");
            }

            var after = await CliProcess.RunAsync(["log", "-n", "1", "--db", copy]);
            after.ExitCode.Should().Be(0, "the same file reads once the lock is gone: " + after);
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
