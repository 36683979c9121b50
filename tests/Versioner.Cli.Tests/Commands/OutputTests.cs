using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>Where the output goes: a stdout that cannot be written is reported in one line with its own exit code.</summary>
public abstract class OutputTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task Output_to_a_full_disk_exits_74_saying_stdout_cannot_be_written_not_an_internal_error()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // a device that is always full is Linux's; elsewhere there is nothing to redirect to
        }

        await SampleHistoryAsync();

        foreach (var command in new[] { new[] { "log" }, ["log", "--json"], ["branch"], ["schema"], ["--help"] })
        {
            var result = await CliProcess.RunAsync([.. command, "--db", Database.DbArgument], stdoutTo: "/dev/full");

            result.ExitCode.Should().Be(74, result.ToString());
            result.Error.Should().Be("versioner: cannot write the output (No space left on device): check where stdout goes (a closed stream, a full disk).\n")
                .And.NotContain("internal error");
        }
    }
}

public sealed class SqliteOutputTests : OutputTests<SqliteDatabase>;

public sealed class PostgresOutputTests : OutputTests<PostgresDatabase>;
