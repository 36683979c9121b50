using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner diff REV1 REV2</c> (or <c>REV1..REV2</c>): what changed from one revision to another, per entity and per field.</summary>
internal static class DiffCommand
{
    public static Command Create(GlobalOptions global)
    {
        var from = new Argument<string>("REV1") { Description = "The revision to compare from, or a range REV1..REV2 (a side left empty is the default branch).", Validators = { Parsing.Revision } };
        var to = new Argument<string?>("REV2") { Description = "The revision to compare to.", Arity = ArgumentArity.ZeroOrOne, Validators = { Parsing.Revision } };
        var type = new Option<string?>("--type") { Description = "Only entities of this type." };
        var command = new Command("diff", "Show the differences from REV1 to REV2 (or over a range REV1..REV2): entities added, modified and removed, field by field.")
        {
            from, to, type,
        };

        Help.AddExamples(command,
            "versioner diff main~3 main --db shop.db",
            "versioner diff v1 topic --type Book",
            "versioner diff main topic --json",
            "versioner diff ..topic",
            "versioner diff main^ main");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var only = run.Get(type) is { } name ? (await VersionedTypes.FindAsync(repo, name, ct))?.Name ?? name : null;
            var first = run.Get(from)!;
            Revision older, newer;
            if (run.Get(to) is { } second)
            {
                (older, newer) = (Revision.Parse(first), Revision.Parse(second));
            }
            else if (RevisionRange.TryParse(first, out var range))
            {
                // A side left empty is the default branch, as git reads it as HEAD: ..main is default..main.
                (older, newer) = (range.From ?? repo.Options.DefaultBranch, range.To ?? repo.Options.DefaultBranch);
            }
            else
            {
                // No range: the engine refuses text that tries to be one (a...b) in its own words; one revision is not enough.
                Revision.Parse(first);
                throw new UsageException($"diff compares two revisions: give both (versioner diff {first} main) or a range ({first}..main).");
            }

            var diff = await repo.DiffAsync(older, newer, ct);
            if (only is not null)
            {
                diff = new Diff(diff.Where(c => string.Equals(c.EntityType, only, StringComparison.Ordinal)));
            }

            if (run.Json)
            {
                run.Output.Json(json => JsonShapes.Diff(json, diff));
            }
            else
            {
                DiffText.Print(run.Output, diff);
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
