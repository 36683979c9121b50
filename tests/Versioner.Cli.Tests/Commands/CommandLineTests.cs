using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>The command line itself: help with examples, usage errors, engine detection; no database needed for most.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Commands => new()
    {
        "log", "show", "diff", "history", "blame", "cat", "ls", "schema", "branch", "tag", "verify", "compare", "push", "pull", "redact",
        "retention", "retention preview", "retention apply",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_help_ends_with_examples_of_that_command(string command)
    {
        var result = await CliProcess.RunAsync([.. command.Split(' '), "--help"]);

        result.ExitCode.Should().Be(0, result.ToString());
        var examples = result.Output[result.Output.IndexOf("Examples:", StringComparison.Ordinal)..];
        examples.Should().Contain($"  versioner {command} ");
    }

    [Theory]
    [InlineData("log", "log [<REV>]")]
    [InlineData("branch", "branch [<NAME> [<REV|NEW>]]")]
    [InlineData("tag", "tag [<NAME> [<REV>]]")]
    [InlineData("verify", "verify [<REV>]")]
    [InlineData("show", "show <REV>")]
    [InlineData("diff", "diff <REV1> [<REV2>]")]
    public async Task The_command_list_writes_optional_arguments_in_brackets_as_the_commands_usage_line_does(string command, string usage)
    {
        var list = await CliProcess.RunAsync(["--help"]);
        var own = await CliProcess.RunAsync([command, "--help"]);

        list.ExitCode.Should().Be(0, list.ToString());
        list.Output.Should().MatchRegex($"(?m)^  {Regex.Escape(usage)}  +[A-Z]", "the list's row of the command, then its description");
        own.Output.Should().Contain($"  versioner {usage} [options]");
    }

    [Fact]
    public async Task A_mistyped_command_exits_2_suggesting_the_right_one()
    {
        var result = await CliProcess.RunAsync(["lgo", "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("'lgo' was not matched. Did you mean one of the following?").And.Contain("log").And.Contain("versioner --help");
    }

    [Theory]
    [InlineData("log --grpah", "--grpah", "--graph", "an option of log, typed where log's REV may stand")]
    [InlineData("log --jsno", "--jsno", "--json", "an option every command takes")]
    [InlineData("schema --jsno", "--jsno", "--json", "a command without arguments, where the parser leaves the token unmatched")]
    public async Task A_mistyped_option_exits_2_suggesting_the_option_meant(string command, string typed, string meant, string because)
    {
        var result = await CliProcess.RunAsync([.. command.Split(' '), "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain($"'{typed}' was not matched. Did you mean one of the following?\n", because);
        var suggested = result.Error.Split('\n').SkipWhile(l => !l.StartsWith($"'{typed}'", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("Run ", StringComparison.Ordinal)).ToList();
        suggested.Should().Contain(meant).And.OnlyContain(s => s.StartsWith('-'), "an option's typo suggests options");
    }

    [Theory]
    [InlineData("lgo", "Unrecognized command or argument 'lgo'.", "versioner --help")]
    [InlineData("retention prevew", "Unrecognized command or argument 'prevew'.", "versioner retention --help")]
    [InlineData("", "Name a command after 'versioner': log, show, diff,", "versioner --help")]
    [InlineData("retention", "Name a command after 'versioner retention': preview, apply.", "versioner retention --help")]
    public async Task A_command_missing_or_unknown_where_one_is_needed_exits_2_with_one_error_naming_it(string command, string error, string help)
    {
        var result = await CliProcess.RunAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith($"versioner: {error}").And.Contain($"Run '{help}' for usage and examples.")
            .And.NotContain("Required command was not provided", "the command typed, or the want of one, is the one error");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task A_second_revision_is_refused_without_suggesting_an_option_for_it()
    {
        var result = await CliProcess.RunAsync(["log", "main", "main", "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be("versioner: Unrecognized command or argument 'main'.\nRun 'versioner log --help' for usage and examples.\n",
            "a revision is no typo of -n");
    }

    [Fact]
    public async Task A_malformed_option_value_exits_2_saying_how_to_write_it()
    {
        var result = await CliProcess.RunAsync(["log", "--since", "yesterday-ish", "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith("versioner: 'yesterday-ish' is not a time: write it as 2026-11-01 or 2026-11-01T12:00:00Z.",
            "a usage error starts 'versioner: ' like every other error");
    }

    [Theory]
    [InlineData("log", "-n")]
    [InlineData("ls Book", "--limit")]
    [InlineData("history 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f", "-n")]
    [InlineData("retention preview", "--keep-newest")]
    public async Task A_count_too_large_or_below_one_exits_2_saying_what_to_write(string command, string option)
    {
        foreach (var value in new[] { "99999999999", "0", "-1", "ten" })
        {
            var result = await CliProcess.RunAsync([.. command.Split(' '), option, value, "--db", "shop.db"]);

            result.ExitCode.Should().Be(2, result.ToString());
            result.Error.Should().StartWith($"versioner: {option} must be a whole number from 1 to 2147483647; got '{value}'.")
                .And.Contain($"Run 'versioner {command.Split(' ')[0]}").And.NotContain("Unhandled exception").And.NotContain("System.");
        }
    }

    [Theory]
    [InlineData("retention preview --noncurrent-for 99999999999d", "'99999999999d' is too long a duration: at most 10675199d.")]
    [InlineData("retention apply --no-archive --noncurrent-for 1e300h", "'1e300h' is too long a duration: at most 10675199d.")]
    [InlineData("retention preview --noncurrent-for Infinityd", "'Infinityd' is too long a duration: at most 10675199d.")]
    [InlineData("serve --port 99999999999", "--port must be a whole number from 0 (a free port) to 65535; got '99999999999'.")]
    [InlineData("serve --port 70000", "--port must be a whole number from 0 (a free port) to 65535; got '70000'.")]
    [InlineData("serve --port -1", "--port must be a whole number from 0 (a free port) to 65535; got '-1'.")]
    [InlineData("log --provider 5", "--provider takes sqlite or postgres; got '5'.")]
    [InlineData("log --provider mysql", "--provider takes sqlite or postgres; got 'mysql'.")]
    public async Task An_option_value_out_of_range_exits_2_saying_what_it_takes_not_a_stack_trace_or_a_type_name(string command, string message)
    {
        var result = await CliProcess.RunAsync([.. command.Split(' '), "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith($"versioner: {message}").And.Contain($"Run 'versioner {string.Join(' ', command.Split(' ').TakeWhile(t => !t.StartsWith('-')))} --help'")
            .And.NotContain("Unhandled exception").And.NotContain("System.").And.NotContain("Versioner.Studio --db");
    }

    [Theory]
    [InlineData("log --bogus", "--bogus")]
    [InlineData("branch -x", "-x")]
    [InlineData("show -v", "-v")]
    public async Task An_unknown_option_where_an_argument_may_stand_exits_2_naming_it_not_as_a_revision_or_a_name(string command, string option)
    {
        var result = await CliProcess.RunAsync([.. command.Split(' '), "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith($"versioner: Unrecognized option '{option}'").And.NotContain("Revision");
    }

    [Theory]
    [InlineData("", "'' is not a revision: it is empty.")]
    [InlineData(" ", "' ' is not a revision: it is only spaces.")]
    public async Task A_blank_revision_for_a_new_branch_is_a_usage_error_before_the_database_is_opened(string revision, string message)
    {
        var result = await CliProcess.RunAsync(["branch", "topic", revision, "--db", "shop.db"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith($"versioner: {message} A revision is a branch, tag,").And.Contain("versioner branch --help");
    }

    [Fact]
    public async Task Without_a_database_the_tool_exits_3_saying_how_to_name_one()
    {
        var result = await CliProcess.RunAsync(["log"]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().Contain("No database given: pass --db").And.Contain("VERSIONER_DB");
    }

    [Fact]
    public async Task A_database_whose_engine_cannot_be_told_needs_provider_which_then_wins()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-cli-test-{Guid.NewGuid():N}.data");
        File.WriteAllBytes(path, []);
        try
        {
            var unknown = await CliProcess.RunAsync(["log", "--db", path]);
            var named = await CliProcess.RunAsync(["log", "--db", path, "--provider", "sqlite"]);

            unknown.ExitCode.Should().Be(3, unknown.ToString());
            unknown.Error.Should().Contain("Cannot tell the engine").And.Contain("--provider sqlite|postgres");
            named.Error.Should().NotContain("Cannot tell the engine", "--provider says it: the file is opened as SQLite");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("Host=localhost;Password=hunter2;Colour=blue", "'Host=localhost;Colour=blue' is not a PostgreSQL connection string")]
    [InlineData("postgres://me:hunter2@localhost/shop", "--db: a postgres:// URL is not read; write the PostgreSQL connection string as Host=")]
    public async Task A_connection_string_neither_engine_reads_exits_3_without_echoing_the_password(string db, string message)
    {
        var result = await CliProcess.RunAsync(["log", "--db", db]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.Error.Should().StartWith($"versioner: {message}").And.NotContain("hunter2");
    }

    [Fact]
    public async Task A_file_that_is_not_a_Versioner_database_exits_3()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-cli-test-{Guid.NewGuid():N}.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)";
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var result = await CliProcess.RunAsync(["log", "--db", path]);

            result.ExitCode.Should().Be(3, result.ToString());
            result.Error.Should().StartWith("versioner: Cannot open the SQLite database");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
