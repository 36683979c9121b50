using Npgsql;
using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>
/// The engine's refusals reach a command-line user in the tool's words: the options and commands to type
/// (<c>--force</c>, <c>versioner pull</c>, <c>versioner verify</c>), never the calls a .NET caller would make
/// (<c>force: true</c>, <c>PushAsync</c>, <c>RepositoryOptions</c>) nor the provider's error text.
/// </summary>
public abstract class EngineAdviceTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task A_write_to_a_read_only_database_exits_2_saying_it_is_read_only_not_which_option_to_open_with()
    {
        await SampleHistoryAsync();
        var readOnly = typeof(TDatabase) == typeof(PostgresDatabase)
            ? new NpgsqlConnectionStringBuilder(Database.DbArgument) { Options = "-c default_transaction_read_only=on" }.ConnectionString
            : $"Data Source={Database.DbArgument};Mode=ReadOnly";

        var result = await CliProcess.RunAsync(["branch", "topic2", "--db", readOnly]);
        var read = await CliProcess.RunAsync(["log", "-n", "1", "--db", readOnly]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith("versioner: The database refused to be written: it is read-only").And.Contain("Nothing was changed")
            .And.NotContain("RepositoryOptions").And.NotContain("SQLite Error").And.NotContain("25006");
        read.ExitCode.Should().Be(0, "a reading command opens it read-only: " + read);
        (await Repo.Branches.FindAsync("topic2")).Should().BeNull();
    }

    [EngineFact]
    public async Task A_push_refused_for_a_tag_at_another_commit_there_says_to_add_force()
    {
        var h = await SampleHistoryAsync();
        var (other, otherRepo) = await OtherDatabaseAsync();
        (await RunAsync("push", other.DbArgument, "main")).ExitCode.Should().Be(0);
        await Repo.Tags.CreateAsync("v1", h.Added.Id.ToString());
        await otherRepo.Tags.CreateAsync("v1", h.Merge.Id.ToString());

        var refused = await RunAsync("push", other.DbArgument, "main");
        var pulled = await RunAsync("pull", other.DbArgument, "main");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().StartWith($"versioner: Tag 'v1' is at {h.Added.Id} in this database but at {h.Merge.Id} in DB2. Nothing was copied.")
            .And.Contain("add --force to move DB2's tag").And.NotContain("force: true");
        pulled.Error.Should().Contain($"at {h.Merge.Id} in DB2 but at {h.Added.Id} in this database").And.Contain("add --force to move this database's tag");
    }

    [EngineFact]
    public async Task A_push_refused_for_redactions_only_there_says_which_command_carries_them_over()
    {
        var h = await SampleHistoryAsync();
        var (other, otherRepo) = await OtherDatabaseAsync();
        (await RunAsync("push", other.DbArgument, "main")).ExitCode.Should().Be(0);
        await otherRepo.RedactAsync(new RedactionRequest { Messages = [h.Repriced.Id], Author = "eve", Reason = "a secret in the message" });

        var refused = await RunAsync("push", other.DbArgument, "main");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().StartWith("versioner: DB2 has 1 redaction(s) that this database lacks").And.Contain("'a secret in the message'")
            .And.Contain("Carry them over first with versioner pull DB2 main, then push again.").And.NotContain("PushAsync");
        (await RunAsync("pull", other.DbArgument, "main")).ExitCode.Should().Be(0, "the pull the message names carries them over");
        var again = await RunAsync("push", other.DbArgument, "main");
        again.ExitCode.Should().Be(0, again.ToString());
    }

    [EngineFact]
    public async Task A_push_of_a_tampered_history_exits_65_saying_to_run_versioner_verify()
    {
        await SampleHistoryAsync();
        var (other, _) = await OtherDatabaseAsync();
        await Db.TamperAsync("UPDATE \"Books\" SET \"Title\" = 'Emma (pirated)' WHERE \"Title\" = 'Emma'");

        var refused = await RunAsync("push", other.DbArgument, "main");

        refused.ExitCode.Should().Be(65, "damage, not a refused request: " + refused);
        refused.Error.Should().StartWith("versioner: Commit ").And.Contain("failed verification on arrival").And.Contain("versioner verify");
    }

    [EngineFact]
    public async Task Reading_an_entity_whose_row_was_deleted_exits_65_saying_to_run_versioner_verify()
    {
        var h = await SampleHistoryAsync();
        await Db.TamperAsync("DELETE FROM \"Books\" WHERE \"Title\" = 'Emma'");

        var result = await RunAsync("cat", h.Emma.EternalId.ToString());

        result.ExitCode.Should().Be(65, "damage: " + result);
        result.Error.Should().StartWith("versioner: ").And.Contain("versioner verify").And.NotContain("   at ");
    }

    [EngineFact]
    public async Task A_type_without_a_usable_description_says_to_start_the_application_not_which_call_to_make()
    {
        var h = await SampleHistoryAsync();
        await Db.TamperAsync("DELETE FROM versioner_meta WHERE key = 'schema:Book'");
        await Db.TamperAsync("UPDATE versioner_meta SET value = '{{\"name\": \"Author\", broken' WHERE key = 'schema:Author'");

        // A read of each type, and a write, which needs every type readable (the first undescribed one is named).
        foreach (var (command, type) in new[] { (new[] { "cat", h.Dune.EternalId.ToString() }, "Book"), (["cat", h.Frank.EternalId.ToString()], "Author"), (["branch", "fix"], null) })
        {
            var result = await RunAsync(command);

            result.ExitCode.Should().Be(2, result.ToString());
            var named = type ?? (result.Error.Contains("read Book", StringComparison.Ordinal) ? "Book" : "Author");
            result.Error.Should().StartWith($"versioner: The tool needs to read {named} for this, and cannot without the application's classes")
                .And.Contain($"Start the application once with this version of Versioner: opening the database with its model records {named}'s description again")
                .And.NotContain("Repository.").And.NotContain("OpenAsync").And.NotContain("(context)");
        }
    }

    [EngineFact]
    public async Task A_type_with_versions_but_no_description_is_not_called_unknown_and_no_read_of_it_is_partial()
    {
        await SampleHistoryAsync();
        await Db.TamperAsync("DELETE FROM versioner_meta WHERE key = 'schema:Book'");

        var listed = await RunAsync("ls", "Book");
        var diffed = await RunAsync("diff", "main~1", "main", "--type", "Book");
        var logged = await RunAsync("log", "--entity", "Book", "--json");
        var unknown = await RunAsync("ls", "Nope");
        var blank = await RunAsync("log", "--entity", " ");

        // A log filtered by the type refuses too: the type's versions are rows of a table the tool cannot read, so the
        // commits it could find would be only those that removed or adopted one.
        foreach (var result in new[] { listed, diffed, logged })
        {
            result.ExitCode.Should().Be(2, result.ToString());
            result.Error.Should().StartWith("versioner: The tool needs to read Book for this, and cannot without the application's classes")
                .And.Contain("Start the application once").And.NotContain("No versioned type");
        }

        unknown.ExitCode.Should().Be(2, unknown.ToString());
        unknown.Error.Should().StartWith("versioner: No versioned type 'Nope' in this database; it has: Author");
        blank.ExitCode.Should().Be(2, blank.ToString());
        blank.Error.Should().StartWith("versioner: The type's name is empty").And.NotContain("The value cannot be");
    }

    [EngineFact]
    public async Task Reading_an_entity_whose_pointer_record_was_deleted_exits_65_saying_to_run_versioner_verify()
    {
        var h = await SampleHistoryAsync();
        // Dune's shelves are a set, stored as a pointer record its version names.
        await Db.TamperAsync(typeof(TDatabase) == typeof(PostgresDatabase)
            ? "DELETE FROM versioner_pointers"
            : "PRAGMA foreign_keys = OFF; DELETE FROM versioner_pointers");

        var result = await RunAsync("cat", h.Dune.EternalId.ToString());

        result.ExitCode.Should().Be(65, "damage, not a refused request: " + result);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("versioner: Pointer record ").And.Contain("is missing").And.Contain("versioner verify").And.NotContain("   at ");
    }

    [EngineFact]
    public async Task A_read_failing_on_a_table_of_versioners_dropped_outside_Versioner_exits_65_naming_it_and_verify()
    {
        await SampleHistoryAsync();
        await Db.TamperAsync(typeof(TDatabase) == typeof(PostgresDatabase)
            ? "DROP TABLE versioner_pointers CASCADE"
            : "PRAGMA foreign_keys = OFF; DROP TABLE versioner_pointers");

        var result = await RunAsync("ls", "Book");

        result.ExitCode.Should().Be(65, "damage, not a refused request: " + result);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("versioner: Table versioner_pointers, which Versioner reads, is missing from the database: it was dropped or renamed outside Versioner "
            + "(or the migration that creates it was not applied), so the history it holds cannot be read. Nothing of the operation was committed. "
            + "Restore the table from a backup, then run repository.VerifyAsync() (or `versioner verify`) to list every damaged row." + Environment.NewLine);
    }

    [EngineFact]
    public async Task A_versioned_types_table_dropped_outside_Versioner_exits_65_naming_it_and_verify_as_verify_does()
    {
        var h = await SampleHistoryAsync();
        await Db.TamperAsync(typeof(TDatabase) == typeof(PostgresDatabase)
            ? "DROP TABLE \"Books\" CASCADE"
            : "PRAGMA foreign_keys = OFF; DROP TABLE \"Books\"");

        var ls = await RunAsync("ls", "Book");
        var cat = await RunAsync("cat", h.Dune.EternalId.ToString());
        var verify = await RunAsync("verify");

        foreach (var result in new[] { ls, cat, verify })
        {
            result.ExitCode.Should().Be(65, "damage, not a refused request or a typo: " + result);
            result.Error.Should().StartWith("versioner: Table Books, which Versioner reads, is missing from the database: it was dropped or renamed outside Versioner")
                .And.Contain("versioner verify").And.NotContain("   at ");
        }
    }
}

public sealed class SqliteEngineAdviceTests : EngineAdviceTests<SqliteDatabase>;

public sealed class PostgresEngineAdviceTests : EngineAdviceTests<PostgresDatabase>;
