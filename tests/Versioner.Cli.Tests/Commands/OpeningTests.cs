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
