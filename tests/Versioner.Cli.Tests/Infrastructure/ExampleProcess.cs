using System.Diagnostics;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>Runs the BookRevenue example (built beside the tests) in a folder, where it leaves its bookrevenue.db.</summary>
public static class ExampleProcess
{
    public static async Task<CliResult> RunAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BookRevenue.dll")])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new CliResult(process.ExitCode, await output, await error);
    }
}
