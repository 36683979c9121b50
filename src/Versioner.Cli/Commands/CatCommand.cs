using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner cat ID</c>: one entity as of a revision, as JSON.</summary>
internal static class CatCommand
{
    public static Command Create(GlobalOptions global)
    {
        var id = new Argument<EternalId>("ETERNAL_ID") { Description = "The entity's eternal id.", CustomParser = Parsing.EternalIdOf };
        var revision = new Option<string?>("--rev") { Description = "As of which revision (default: the default branch).", Validators = { Parsing.Revision } };
        var command = new Command("cat", "Print one entity as it was at a revision, as JSON: its type, ids and fields (the same with or without --json).")
        {
            id, revision,
        };

        Help.AddExamples(command,
            "versioner cat 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f --db shop.db",
            "versioner cat 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f --rev main~2");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var rev = run.Get(revision) ?? repo.Options.DefaultBranch;
            var snapshot = await repo.SnapshotAsync(rev, ct);
            var content = await snapshot.FindContentAsync(run.Get(id), ct)
                ?? throw new UsageException($"No entity {run.Get(id)} as of {rev}: it does not exist there (yet, or any more); `versioner history {run.Get(id)}` shows when it changed.");
            run.Output.Json(json => JsonShapes.Content(json, content));
            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
