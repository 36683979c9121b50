using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// The ingest service as a separate process (the built Versioner.Ingest.dll), configured by environment variables,
/// so a test can kill it outright (SIGKILL: no shutdown, no flush) and start another on the same database.
/// </summary>
public sealed partial class IngestProcess : IAsyncDisposable
{
    private readonly Process _process;

    private IngestProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", IngestServer.WriterKey);
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>Starts an instance over the PostgreSQL database of <paramref name="connectionString"/> (several may share it).</summary>
    public static Task<IngestProcess> StartPostgresAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var values = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Versioner:Storage:Provider"] = "PostgreSql",
            ["Versioner:Storage:ConnectionString"] = connectionString,
        };
        return StartAsync("(unused)", values);
    }

    public static async Task<IngestProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Versioner.Ingest.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Versioner__Storage__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Versioner__Auth__ApiKeys__0"] = IngestServer.WriterKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"The service exited before listening:\n{output}"));
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new IngestProcess(process, await listening.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills the process with SIGKILL: nothing of it runs after this, like a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
