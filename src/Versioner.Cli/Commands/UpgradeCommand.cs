using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner upgrade</c>: brings a database written by an older Versioner to this version's storage format.</summary>
internal static class UpgradeCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("upgrade", "Upgrade a database written by an older Versioner to this version's storage format, which every other command needs. Keeps every commit, version and checksum; does nothing to a database already upgraded. Run it as the role that owns Versioner's tables.");
        Help.AddExamples(command,
            "versioner upgrade --db shop.db",
            "versioner upgrade --db \"Host=db;Database=shop;Username=owner\" --json");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var result = await RepositoryOpening.UpgradeAsync(run.Target(), ct);
            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("from", result.FromFormat);
                    json.WriteNumber("to", result.ToFormat);
                    json.WriteBoolean("upgraded", result.Upgraded);
                    json.WriteNumber("changeRowsIndexed", result.ChangeRowsIndexed);
                    json.WriteEndObject();
                });
            }
            else
            {
                run.Output.Line(result.Upgraded
                    ? $"Upgraded from storage format {result.FromFormat} to {result.ToFormat} ({result.ChangeRowsIndexed} change rows indexed)."
                    : $"Already in storage format {result.ToFormat}; nothing to do.");
            }

            return ExitCode.Ok;
        }, ct));

        return command;
    }
}
