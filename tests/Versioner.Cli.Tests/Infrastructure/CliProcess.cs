using System.Diagnostics;
using System.Text.Json;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool did: its exit code and what it printed.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}

/// <summary>
/// Runs the built tool (<c>versioner.dll</c>, copied beside the tests) as a separate process, with stdout and stderr
/// redirected, as a script would run it.
/// </summary>
public static class CliProcess
{
    /// <param name="arguments">The tool's arguments.</param>
    /// <param name="environment">Variables to set (VERSIONER_DB is removed unless set here).</param>
    /// <param name="stdoutTo">A file stdout is redirected to by a shell (<c>/dev/full</c>), instead of a pipe the test reads.</param>
    public static async Task<CliResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? stdoutTo = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "versioner.dll");
        IEnumerable<string> command = stdoutTo is null ? ["dotnet", dll, .. arguments] : ["bash", "-c", $"exec dotnet \"$0\" \"$@\" > {stdoutTo}", dll, .. arguments];
        var start = new ProcessStartInfo(command.First(), command.Skip(1))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("VERSIONER_DB"); // only what a test sets
        start.Environment.Remove("VERSIONER_DEFAULT_BRANCH");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"versioner {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
