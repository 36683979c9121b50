using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner branch</c>: list, create, delete and rename branches, as <c>git branch</c> does.</summary>
internal static class BranchCommand
{
    public static Command Create(GlobalOptions global)
    {
        var name = new Argument<string?>("NAME") { Description = "The branch to create, delete or rename.", Arity = ArgumentArity.ZeroOrOne };
        var second = new Argument<string?>("REV|NEW") { Description = "Where a new branch starts (default: the default branch), or with -m the new name.", Arity = ArgumentArity.ZeroOrOne };
        var delete = new Option<bool>("-d", "--delete") { Description = "Delete the branch (refused while its commits are on no other branch, unless --force)." };
        var move = new Option<bool>("-m", "--move") { Description = "Rename branch NAME to NEW." };
        var force = new Option<bool>("-f", "--force") { Description = "With -d: delete even if its commits are on no other branch." };
        var command = new Command("branch", "List branches; with NAME, create one at REV; with -d, delete one; with -m, rename one.")
        {
            name, second, delete, move, force,
        };

        // Without -m the second argument is a revision: a blank one is refused as every command refuses one, before
        // anything is opened. With -m it is the new name, whose rule the engine applies.
        command.Validators.Add(result =>
        {
            if (!result.GetValue(move) && result.GetResult(second) is { } revision)
            {
                Parsing.Revision(revision);
            }
        });

        Help.AddExamples(command,
            "versioner branch --db shop.db",
            "versioner branch topic main~2",
            "versioner branch -m topic feature",
            "versioner branch -d feature --force");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var (n, s, d, m) = (run.Get(name), run.Get(second), run.Get(delete), run.Get(move));
            if (d && m)
            {
                throw new UsageException("-d and -m cannot be used together: delete or rename, one at a time.");
            }

            if (n is null)
            {
                if (d || m || run.Get(force))
                {
                    throw new UsageException("Name the branch: versioner branch -d NAME, or versioner branch -m OLD NEW.");
                }

                return await ListAsync(run, await run.OpenAsync(RepositoryAccess.Read, ct), ct);
            }

            if (d && s is not null)
            {
                throw new UsageException($"-d takes one branch: versioner branch -d {n}.");
            }

            if (m && s is null)
            {
                throw new UsageException($"Give the new name: versioner branch -m {n} NEW.");
            }

            var repo = await run.OpenAsync(RepositoryAccess.Write, ct);
            if (d)
            {
                await repo.DeleteBranchAsync(n, run.Get(force), ct);
                Report(run, "deleted", n, null);
                return ExitCode.Ok;
            }

            var branch = m ? await repo.RenameBranchAsync(n, s!, ct) : await repo.CreateBranchAsync(n, s ?? repo.Options.DefaultBranch, ct);
            Report(run, m ? "renamed" : "created", branch.Name, branch.Head, m ? n : null);
            return ExitCode.Ok;
        }, ct));
        return command;
    }

    private static async Task<int> ListAsync(CommandRun run, Repository repo, CancellationToken ct)
    {
        var branches = await repo.BranchesAsync(ct);
        var commits = await repo.FindCommitsAsync(branches.Select(b => b.Head), ct);
        var heads = branches.Select(b => commits[b.Head]).ToList();

        if (run.Json)
        {
            run.Output.Json(json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("branches");
                for (var i = 0; i < branches.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("name", branches[i].Name);
                    json.WritePropertyName("head");
                    JsonShapes.Commit(json, heads[i]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
            return ExitCode.Ok;
        }

        run.Output.Table(["Branch", "Head", "Date", "Message"],
            branches.Select((b, i) => (IReadOnlyList<string>)[b.Name, heads[i].ShortForm, Values.Time(heads[i].Timestamp), heads[i].Subject]));
        return ExitCode.Ok;
    }

    private static void Report(CommandRun run, string action, string name, CommitId? head, string? oldName = null)
    {
        if (run.Json)
        {
            run.Output.Json(json =>
            {
                json.WriteStartObject();
                json.WriteString("action", action);
                json.WriteString("name", name);
                json.WriteString("head", head?.ToString());
                json.WriteEndObject();
            });
        }
        else
        {
            run.Output.Line(head is null ? $"Branch {name} {action}."
                : oldName is not null ? $"Branch {oldName} renamed to {name} (at {head})."
                : $"Branch {name} {action} at {head}.");
        }
    }
}
