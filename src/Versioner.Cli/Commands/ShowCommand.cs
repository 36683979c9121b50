using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner show REV</c>: a commit's metadata and what it changed, field by field.</summary>
internal static class ShowCommand
{
    public static Command Create(GlobalOptions global)
    {
        var revision = new Argument<string>("REV") { Description = "The commit: a branch, tag, checksum prefix, commit id, main~2, main@{2026-11-01}.", Validators = { Parsing.Revision } };
        var command = new Command("show", "Show a commit: its id, checksum, parents, author, time and message, then its changes against its first parent, field by field.")
        {
            revision,
        };

        Help.AddExamples(command,
            "versioner show main --db shop.db",
            "versioner show 3f9a2c1",
            "versioner show main~1 --json");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var commit = await repo.FindCommitAsync(run.Get(revision)!, ct);
            Diff? diff = commit.Parents.Count > 0 ? await repo.DiffAsync(commit.Parents[0], commit.Id, ct) : null;
            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WritePropertyName("commit");
                    JsonShapes.Commit(json, commit);
                    json.WritePropertyName("diff");
                    if (diff is null)
                    {
                        json.WriteNullValue();
                    }
                    else
                    {
                        JsonShapes.Diff(json, diff);
                    }

                    json.WriteEndObject();
                });
                return ExitCode.Ok;
            }

            run.Output.Line("commit ", commit.IsFinalized ? commit.Checksum.ToString() : $"{commit.Id} (working)");
            run.Output.Line($"Id:      {commit.Id}");
            if (commit.Parents.Count > 1)
            {
                run.Output.Line($"Merge:   {string.Join(' ', commit.Parents.Select(p => p.ToString()))}");
            }
            else if (commit.Parents.Count == 1)
            {
                run.Output.Line($"Parent:  {commit.Parents[0]}");
            }

            run.Output.Line($"Author:  {commit.Author}");
            run.Output.Line($"Date:    {Values.Time(commit.Timestamp)}");
            run.Output.Line();
            foreach (var line in commit.Message.Split('\n'))
            {
                run.Output.Line("    " + line.TrimEnd('\r'));
            }

            run.Output.Line();
            if (diff is null)
            {
                run.Output.Line("(the first commit: no parent to compare with)");
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
