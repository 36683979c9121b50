using System.CommandLine;
using System.Globalization;
using Versioner.Cli.Opening;
using Versioner.Cli.Running;
using Versioner.Studio.Standalone;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner serve</c>: Versioner Studio, the browser UI, over the database, on the loopback interface.</summary>
internal static class ServeCommand
{
    public static Command Create(GlobalOptions global)
    {
        var write = new Option<bool>("--write") { Description = "Allow staging, finalizing, merging and discarding in the browser (read-only without it)." };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0 picks a free one; the address is printed).", DefaultValueFactory = _ => 5150, CustomParser = Parsing.Port };
        var command = new Command("serve", "Open Versioner Studio over the database: branches, the log with its graph, commits field by field, blame, rows as of any revision, staging, merges and Verify in a browser. Listens on 127.0.0.1 only; Ctrl+C stops it.")
        {
            write,
            port,
        };
        Help.AddExamples(command,
            "versioner serve --db shop.db",
            "versioner serve --db \"Host=localhost;Database=shop;Username=me\" --write --port 8080");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var target = run.Target();
            await run.OpenAsync(RepositoryAccess.Read, ct); // a database that cannot be opened exits 3, as for every command
            string[] arguments = ["--db", target.ConnectionString, "--port", run.Get(port).ToString(CultureInfo.InvariantCulture), "--default-branch", run.DefaultBranch, .. run.Get(write) ? ["--write"] : Array.Empty<string>()];
            // The command line owns Ctrl+C: its token stops the Studio, so the run ends at once with 0 (a stopped server).
            return await StandaloneProgram.RunAsync(arguments, "versioner", ct) switch
            {
                0 => ExitCode.Ok,
                StandaloneProgram.UsageError => ExitCode.Usage,
                _ => ExitCode.CannotOpen,
            };
        }, ct));
        return command;
    }
}
