using System.Diagnostics;
using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary><c>versioner serve</c>: the Studio over the database, on loopback, read-only unless asked.</summary>
public abstract class ServeTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task Serve_opens_the_Studio_over_the_database_on_loopback_read_only()
    {
        var h = await SampleHistoryAsync();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "versioner.dll"), "serve", "--db", Database.DbArgument, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            while (line is not null && !line.Contains("http://127.0.0.1:", StringComparison.Ordinal));

            if (line is null)
            {
                Assert.Fail($"serve printed no address; stderr: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            var banner = line!;
            banner.Should().Contain("read-only");
            var url = banner[banner.IndexOf("http://127.0.0.1:", StringComparison.Ordinal)..].Split(' ', ',')[0];
            using var http = new HttpClient();
            var log = await http.GetStringAsync(new Uri(new Uri(url), "log"), timeout.Token);
            log.Should().Contain(h.Merge.ShortForm);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [EngineFact]
    public async Task Serve_over_a_database_that_cannot_be_opened_exits_3()
    {
        var result = await CliProcess.RunAsync(["serve", "--db", Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db")]);

        result.ExitCode.Should().Be(3, result.ToString());
    }
}

public sealed class SqliteServeTests : ServeTests<SqliteDatabase>;

public sealed class PostgresServeTests : ServeTests<PostgresDatabase>;
