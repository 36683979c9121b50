using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>
/// <c>versioner upgrade</c> on a database written by the previous Versioner (storage format 1, the Graph tests'
/// fixture): every other command refuses it with directions to this command; the upgrade keeps the history, and a
/// second run has nothing to do.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"versioner-cli-format1-{Guid.NewGuid():N}.db");

    public UpgradeTests() => File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "format1.sqlite.db"), _path);

    [Fact]
    public async Task A_format_1_database_is_refused_with_directions_until_upgrade_which_keeps_its_history()
    {
        var refused = await CliProcess.RunAsync(["log", "--db", _path]);
        refused.ExitCode.Should().Be(3, refused.ToString());
        refused.Error.Should().Contain("storage format 1").And.Contain("Upgrade it once with versioner upgrade (--db naming this database)")
            .And.NotContain("Repository.", "a command-line user is told the command to type, not the call to make");

        var upgrade = await CliProcess.RunAsync(["upgrade", "--db", _path]);
        upgrade.ExitCode.Should().Be(0, upgrade.ToString());
        upgrade.Output.Should().StartWith("Upgraded from storage format 1 to 7");

        var again = await CliProcess.RunAsync(["upgrade", "--db", _path, "--json"]);
        again.ExitCode.Should().Be(0, again.ToString());
        again.Output.Should().Contain("\"upgraded\": false");

        var log = await CliProcess.RunAsync(["log", "--db", _path]);
        log.ExitCode.Should().Be(0, log.ToString());
        log.Output.Should().Contain("merge pr 2").And.Contain("merge feature").And.Contain("remove book 3");
        var verify = await CliProcess.RunAsync(["verify", "--db", _path]);
        verify.ExitCode.Should().Be(0, verify.ToString());
    }

    [Fact]
    public async Task An_upgrade_that_needs_a_type_the_database_does_not_describe_says_to_upgrade_from_the_application_not_which_call_to_make()
    {
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM versioner_meta WHERE key = 'schema:Tag'";
            await delete.ExecuteNonQueryAsync();
        }

        var upgrade = await CliProcess.RunAsync(["upgrade", "--db", _path]);

        upgrade.ExitCode.Should().Be(3, upgrade.ToString());
        upgrade.Error.Should().Be($"versioner: Cannot upgrade the SQLite database {_path}: it holds versions of Tag, and it records no description of Tag "
            + "(its table and columns) that the tool can read; the application's model has one. Upgrade it from the application (Versioner's storage "
            + "upgrade, run with the application's model), or open it once from the application with the Versioner it was written with, which "
            + "records Tag's description, and run versioner upgrade again. Nothing was changed.\n");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
