using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
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
        using var process = StartServe();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var banner = await ReadAddressAsync(process, timeout.Token);
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
    public async Task Serve_shows_the_default_branch_the_command_line_names()
    {
        var h = await SampleHistoryAsync();
        using var process = StartServe("--default-branch", "topic");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var banner = await ReadAddressAsync(process, timeout.Token);
            var url = banner[banner.IndexOf("http://127.0.0.1:", StringComparison.Ordinal)..].Split(' ', ',')[0];
            using var http = new HttpClient();
            var log = await http.GetStringAsync(new Uri(new Uri(url), "log"), timeout.Token);
            log.Should().Contain(h.EmmaOnTopic.ShortForm).And.NotContain(h.Merge.ShortForm, "the log without a revision is topic's");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [EngineFact]
    public async Task Serve_on_a_port_another_program_holds_exits_2_naming_the_port()
    {
        await SampleHistoryAsync();
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var result = await RunAsync("serve", "--port", port.ToString(CultureInfo.InvariantCulture));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be($"versioner: port {port} on 127.0.0.1 is in use (another Studio, or another program): choose another with --port N, or --port 0 for a free one.{Environment.NewLine}",
            "one line saying what to do, not an internal error with the host's stack trace");
    }

    [EngineFact]
    public async Task Serve_stops_at_once_with_exit_0_when_told_to_stop()
    {
        await SampleHistoryAsync();
        using var process = StartServe();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await ReadAddressAsync(process, timeout.Token);

            // What a service manager sends; Ctrl+C (SIGINT) takes the same path, through the command line's cancellation.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            await process.WaitForExitAsync(timeout.Token);
            // Before, the Studio did not see the command line's cancellation: after 2 seconds the command line gave up
            // on it and forced 143 (130 for Ctrl+C), at times with an unhandled exception from its signal handler.
            process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync(timeout.Token));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [EngineFact]
    public async Task Serve_over_a_database_that_cannot_be_opened_exits_3()
    {
        var result = await CliProcess.RunAsync(["serve", "--db", Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db")]);

        result.ExitCode.Should().Be(3, result.ToString());
    }

    private Process StartServe(params string[] more) => Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "versioner.dll"), "serve", "--db", Database.DbArgument, "--port", "0", .. more])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    })!;

    /// <summary>The banner line with the Studio's address, once it listens.</summary>
    private static async Task<string> ReadAddressAsync(Process process, CancellationToken cancellationToken)
    {
        string? line;
        do
        {
            line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        }
        while (line is not null && !line.Contains("http://127.0.0.1:", StringComparison.Ordinal));

        return line ?? throw new InvalidOperationException($"serve printed no address; stderr: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
    }
}

public sealed class SqliteServeTests : ServeTests<SqliteDatabase>;

public sealed class PostgresServeTests : ServeTests<PostgresDatabase>;
