using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner log</c>: commits newest first, optionally with the lanes of merges.</summary>
internal static class LogCommand
{
    public static Command Create(GlobalOptions global)
    {
        var revision = new Argument<string?>("REV") { Description = "Where to start: a branch, tag, commit (main~2: two first parents back; main^2: a merge's second parent) or range a..b (default: the default branch; so is a side of a range left empty, as in ..main).", Arity = ArgumentArity.ZeroOrOne, Validators = { Parsing.Revision } };
        var count = new Option<int>("-n", "--max-count") { Description = "How many commits to list.", DefaultValueFactory = _ => 20, CustomParser = Parsing.Count };
        var graph = new Option<bool>("--graph") { Description = "Draw the lanes of branches and merges left of the commits, like git log --graph." };
        var firstParent = new Option<bool>("--first-parent") { Description = "Follow only first parents: the branch's own line." };
        var author = new Option<string?>("--author") { Description = "Only commits by this author (exact match)." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only commits at or after this time (2026-11-01 or 2026-11-01T12:00:00Z).", CustomParser = Parsing.Time };
        var until = new Option<DateTimeOffset?>("--until") { Description = "Only commits before this time.", CustomParser = Parsing.Time };
        var entity = new Option<string?>("--entity") { Description = "Only commits that change an entity of this type." };
        var command = new Command("log", "List commits, newest first.")
        {
            revision, count, graph, firstParent, author, since, until, entity,
        };
        Help.AddExamples(command,
            "versioner log --db shop.db",
            "versioner log topic --graph -n 50",
            "versioner log main --first-parent --author ada --since 2026-11-01",
            "versioner log v1..main --entity Book --json",
            "versioner log ..topic",
            "versioner log main^2");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            if (run.Get(entity) is { } only)
            {
                await VersionedTypes.CheckNameAsync(repo, only, ct);
            }

            // Text of one revision or a range (RevisionRange): the engine reads a range's empty side as the default
            // branch, as git reads it as HEAD, and refuses a...b.
            var log = await repo.LogAsync(run.Get(revision) ?? repo.Options.DefaultBranch, new LogOptions
            {
                Take = run.Get(count),
                FirstParentOnly = run.Get(firstParent),
                Author = run.Get(author),
                Since = run.Get(since),
                Until = run.Get(until),
                EntityType = run.Get(entity),
            }, ct);

            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteStartArray("commits");
                    foreach (var commit in log)
                    {
                        JsonShapes.Commit(json, commit);
                    }

                    json.WriteEndArray();
                    json.WriteBoolean("hasMore", log.HasMore);
                    json.WriteEndObject();
                });
                return ExitCode.Ok;
            }

            var lanes = run.Get(graph) ? new GraphLanes() : null;
            foreach (var commit in log)
            {
                var text = $" {Values.Time(commit.Timestamp)}  {commit.Author}  {commit.Subject}";
                if (lanes is null)
                {
                    run.Output.Line(commit.ShortForm, text);
                    continue;
                }

                var (lines, at) = lanes.Next(commit.Id, commit.Parents);
                for (var i = 0; i < lines.Count; i++)
                {
                    if (i == at)
                    {
                        run.Output.Line(lines[i] + " " + commit.ShortForm, text);
                    }
                    else
                    {
                        run.Output.Line(lines[i]);
                    }
                }
            }

            if (log.HasMore)
            {
                run.Output.Line($"(more: -n {log.Count * 2} lists more)");
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
