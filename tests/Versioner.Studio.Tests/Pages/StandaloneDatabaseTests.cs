using Microsoft.Data.Sqlite;
using Versioner.Studio.Standalone;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// <c>--db</c> of the standalone Studio is read as the command line reads it (<see cref="DatabaseTarget"/>): the same
/// engine detection, the same refusals, never a password in a message.
/// </summary>
public sealed class StandaloneDatabaseTests
{
    [Fact]
    public void A_connection_string_neither_engine_reads_is_refused_without_echoing_the_password()
    {
        var act = () => StandaloneDatabase.Parse("Host=localhost;Password=hunter2;Colour=blue", write: false);

        act.Should().Throw<InvalidDatabaseTargetException>()
            .WithMessage("'Host=localhost;Colour=blue' is not a PostgreSQL connection string: PostgreSQL's connection strings have no setting 'Colour'. Write it as Host=...;Port=5432;Database=...;Username=...;Password=... (each setting as Name=value, separated by semicolons).")
            .Which.Message.Should().NotContain("hunter2");
    }

    [Fact]
    public async Task A_malformed_connection_string_is_refused_saying_which_setting_is_wrong_and_how_to_write_one_not_in_the_drivers_words()
    {
        foreach (var (db, expected) in new[]
        {
            ("Host=localhost;Database", "'Host=localhost;Database' is not a PostgreSQL connection string: 'Database' is not a setting (Name=value). Write it as Host=...;Port=5432;Database=...;Username=...;Password=... (each setting as Name=value, separated by semicolons)."),
            ("Host=localhost;Port=five;Password=hunter2", "'Host=localhost;Port=five' is not a PostgreSQL connection string: 'five' is not a value Port takes. Write it as Host=...;Port=5432;Database=...;Username=...;Password=... (each setting as Name=value, separated by semicolons)."),
            ("Host='localhost;Database=shop", "'Host='localhost;Database=shop' is not a PostgreSQL connection string: the quote that opens the value of Host is not closed. Write it as Host=...;Port=5432;Database=...;Username=...;Password=... (each setting as Name=value, separated by semicolons)."),
            ("Data Source=shop.db;Mode=sometimes", "'Data Source=shop.db;Mode=sometimes' is not a SQLite connection string: 'sometimes' is not a value Mode takes. Give the file's path (shop.db), or write Data Source=PATH (each setting as Name=value, separated by semicolons)."),
        })
        {
            var error = Console.Error;
            using var captured = new StringWriter();
            Console.SetError(captured);
            try
            {
                var code = await StandaloneProgram.RunAsync(["--db", db, "--port", "0"], "Versioner Studio", CancellationToken.None);

                code.Should().Be(1, db);
                captured.ToString().Should().Be($"Versioner Studio: {expected}{Environment.NewLine}", db);
            }
            finally
            {
                Console.SetError(error);
            }
        }
    }

    [Fact]
    public void A_postgres_URL_is_refused_saying_to_write_a_connection_string()
    {
        var act = () => StandaloneDatabase.Parse("postgres://me:hunter2@localhost/shop", write: false);

        act.Should().Throw<InvalidDatabaseTargetException>().WithMessage("--db: a postgres:// URL is not read; write * as Host=...*")
            .Which.Message.Should().NotContain("hunter2");
    }

    [Fact]
    public void A_missing_SQLite_file_is_refused_naming_its_full_path_and_is_not_created()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-studio-missing-{Guid.NewGuid():N}.db");

        var act = () => StandaloneDatabase.Parse(path, write: true);

        act.Should().Throw<InvalidDatabaseTargetException>().WithMessage($"No SQLite database at {path}: check the path*");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task A_SQLite_file_without_Versioner_history_is_refused_saying_to_check_the_path_not_a_connection_string()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-studio-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)";
            await create.ExecuteNonQueryAsync();
        }

        var error = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            var code = await StandaloneProgram.RunAsync(["--db", path, "--port", "0"], "Versioner Studio", CancellationToken.None);

            code.Should().Be(1);
            captured.ToString().Should().Be(
                $"Versioner Studio: Cannot open SQLite {path}: the file holds no Versioner history (none of Versioner's tables). Check that the path names the application's database file, the one it opens with Versioner.{Environment.NewLine}");
        }
        finally
        {
            Console.SetError(error);
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_file_that_is_no_database_is_refused_in_words_for_an_opening_not_a_write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-studio-notes-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, "These are notes, not a SQLite database. ".PadRight(4096, '.'));
        try
        {
            var (code, error) = await RunStandaloneAsync(path);

            code.Should().Be(1);
            error.Should().Be(
                $"Versioner Studio: Cannot open SQLite {path}: the file is not a SQLite database (SQLite: file is not a database). Check that the path names the application's database file.{Environment.NewLine}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_file_another_writer_holds_locked_is_refused_saying_to_try_again_not_that_nothing_was_committed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-studio-locked-{Guid.NewGuid():N}.db");
        try
        {
            await using (var writer = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await writer.OpenAsync();
                await using var begin = writer.CreateCommand();
                begin.CommandText = "PRAGMA journal_mode=DELETE; CREATE TABLE versioner_meta (key TEXT PRIMARY KEY, value TEXT); BEGIN EXCLUSIVE; INSERT INTO versioner_meta VALUES ('held', 'by another writer');";
                await begin.ExecuteNonQueryAsync();

                var (code, error) = await RunStandaloneAsync($"Data Source={path};Default Timeout=1");

                code.Should().Be(1);
                error.Should().Be(
                    $"Versioner Studio: Cannot open SQLite {path}: another connection holds a lock on it (database is locked) and did not release it in time. Nothing was read; try again when the other writer is done.{Environment.NewLine}");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<(int Code, string Error)> RunStandaloneAsync(string db)
    {
        var error = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            var code = await StandaloneProgram.RunAsync(["--db", db, "--port", "0"], "Versioner Studio", CancellationToken.None);
            return (code, captured.ToString());
        }
        finally
        {
            Console.SetError(error);
        }
    }

    [Fact]
    public void A_file_whose_engine_cannot_be_told_needs_provider_which_then_wins()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-studio-{Guid.NewGuid():N}.data");
        File.WriteAllBytes(path, []);
        try
        {
            var unknown = () => StandaloneDatabase.Parse(path, write: false);
            var named = StandaloneDatabase.Parse(path, write: false, DatabaseProvider.Sqlite);

            unknown.Should().Throw<InvalidDatabaseTargetException>().WithMessage("Cannot tell the engine of *--provider sqlite|postgres.");
            named.Description.Should().Be($"SQLite {path}");
            using var connection = (SqliteConnection)named.NewConnection();
            new SqliteConnectionStringBuilder(connection.ConnectionString).Mode.Should().Be(SqliteOpenMode.ReadOnly, "without --write the file is opened read-only");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
