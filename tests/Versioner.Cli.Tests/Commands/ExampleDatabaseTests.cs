using Microsoft.Data.Sqlite;
using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>The tool on the database the BookRevenue example makes (its classes are not the tool's: it reads them model-free).</summary>
public sealed class ExampleDatabaseTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"versioner-cli-example-{Guid.NewGuid():N}");

    private string Database => Path.Combine(_folder, "bookrevenue.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var example = await ExampleProcess.RunAsync(_folder);
        example.ExitCode.Should().Be(0, example.ToString());
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Log_graph_show_and_verify_read_the_example_database()
    {
        var log = await CliProcess.RunAsync(["log", "--graph", "--db", Database]);
        var show = await CliProcess.RunAsync(["show", "main", "--db", Database]);
        var verify = await CliProcess.RunAsync(["verify", "--db", Database]);

        log.ExitCode.Should().Be(0, log.ToString());
        LogTests<SqliteDatabase>.Lines(log.Output).Should().HaveCountGreaterThan(5).And.OnlyContain(l => l.StartsWith("* ", StringComparison.Ordinal));
        log.Output.Should().Contain("Add 2024 revenue");
        show.ExitCode.Should().Be(0, show.ToString());
        show.Output.Should().MatchRegex(@"\d+ entit(y|ies) changed \(\+\d+ ~\d+ -\d+\)");
        verify.ExitCode.Should().Be(0, verify.ToString());
    }
}
