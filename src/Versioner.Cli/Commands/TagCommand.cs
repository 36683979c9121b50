using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner tag</c>: list, create and delete tags.</summary>
internal static class TagCommand
{
    public static Command Create(GlobalOptions global)
    {
        var name = new Argument<string?>("NAME") { Description = "The tag to create or delete.", Arity = ArgumentArity.ZeroOrOne };
        var revision = new Argument<string?>("REV") { Description = "The commit it names (default: the default branch's head).", Arity = ArgumentArity.ZeroOrOne, Validators = { Parsing.Revision } };
        var delete = new Option<bool>("-d", "--delete") { Description = "Delete the tag." };
        var command = new Command("tag", "List tags; with NAME, tag REV; with -d, delete a tag.")
        {
            name, revision, delete,
        };

        Help.AddExamples(command,
            "versioner tag --db shop.db",
            "versioner tag v1 main~1",
            "versioner tag -d v1");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var (n, r, d) = (run.Get(name), run.Get(revision), run.Get(delete));
            if (n is null)
            {
                if (d)
                {
                    throw new UsageException("Name the tag: versioner tag -d NAME.");
                }

                return await ListAsync(run, await run.OpenAsync(RepositoryAccess.Read, ct), ct);
            }

            if (d && r is not null)
            {
                throw new UsageException($"-d takes one tag: versioner tag -d {n}.");
            }

            var repo = await run.OpenAsync(RepositoryAccess.Write, ct);
            CommitId? target = null;
            if (d)
            {
                await repo.DeleteTagAsync(n, ct);
            }
            else
            {
                target = (await repo.CreateTagAsync(n, r ?? repo.Options.DefaultBranch, ct)).Target;
            }

            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("action", d ? "deleted" : "created");
                    json.WriteString("name", n);
                    json.WriteString("target", target?.ToString());
                    json.WriteEndObject();
                });
            }
            else
            {
                run.Output.Line(d ? $"Tag {n} deleted." : $"Tag {n} created at {target}.");
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }

    private static async Task<int> ListAsync(CommandRun run, Repository repo, CancellationToken ct)
    {
        var tags = await repo.TagsAsync(ct);
        var commits = await repo.FindCommitsAsync(tags.Select(t => t.Target), ct);
        var targets = tags.Select(t => commits[t.Target]).ToList();

        if (run.Json)
        {
            run.Output.Json(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("tags");
                for (var i = 0; i < tags.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("name", tags[i].Name);
                    json.WritePropertyName("target");
                    JsonShapes.Commit(json, targets[i]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
            return ExitCode.Ok;
        }

        run.Output.Table(["Tag", "Commit", "Date", "Message"],
            tags.Select((t, i) => (IReadOnlyList<string>)[t.Name, targets[i].ShortForm, Values.Time(targets[i].Timestamp), targets[i].Subject]));
        return ExitCode.Ok;
    }
}
