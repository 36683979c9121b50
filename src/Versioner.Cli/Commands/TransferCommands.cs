using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner push</c> and <c>versioner pull</c>: copy a branch's history between two databases, re-hashed on arrival.</summary>
internal static class TransferCommands
{
    public static Command Push(GlobalOptions global) => Create(global, push: true);

    public static Command Pull(GlobalOptions global) => Create(global, push: false);

    private static Command Create(GlobalOptions global, bool push)
    {
        var other = new Argument<string>("DB2") { Description = push ? "The database to push to." : "The database to pull from." };
        var branch = new Argument<string>("BRANCH") { Description = "The branch to copy; its tags travel with it." };
        var force = new Option<bool>("-f", "--force") { Description = "Move the branch even where that drops commits it had (not a fast-forward)." };
        var name = push ? "push" : "pull";
        var command = new Command(name, push
            ? "Copy BRANCH and the history under it to DB2, re-hashing on arrival. Refused when DB2's branch has commits this one lacks, unless --force."
            : "Copy BRANCH and the history under it from DB2 into this database, re-hashing on arrival. Refused when this branch has commits DB2's lacks, unless --force.")
        {
            other, branch, force,
        };

        if (push)
        {
            Help.AddExamples(command,
                "versioner push replica.db main --db shop.db",
                "versioner push \"Host=backup;Database=shop;Username=ci;Password=ci\" main --force");
        }
        else
        {
            Help.AddExamples(command,
                "versioner pull replica.db main --db shop.db",
                "versioner pull upstream.db topic --json");
        }

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var here = await run.OpenAsync(RepositoryAccess.Write, ct);
            var there = await run.OpenOtherAsync(run.Get(other), "DB2", RepositoryAccess.Write, ct);
            var b = run.Get(branch)!;
            TransferResult result;
            try
            {
                result = await run.Output.WithStatusAsync($"{name}ing {b}", _ => push
                    ? here.PushAsync(there, b, run.Get(force), ct)
                    : here.PullAsync(there, b, run.Get(force), ct));
            }
            catch (NonFastForwardException e)
            {
                throw new UsageException(push
                    ? $"{e.Message} From the command line: pull first (versioner pull DB2 {b}) and merge, or add --force to overwrite DB2's {b}."
                    : $"{e.Message} From the command line: push yours first, or add --force to overwrite this database's {b}.");
            }
            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("branch", result.Branch);
                    json.WriteString("head", result.Head.ToString());
                    json.WriteNumber("commits", result.Commits);
                    json.WriteNumber("versions", result.Versions);
                    json.WriteNumber("pruned", result.Pruned);
                    json.WriteBoolean("forced", result.Forced);
                    json.WriteStartArray("tags");
                    foreach (var tag in result.Tags)
                    {
                        json.WriteStringValue(tag.Name);
                    }

                    json.WriteEndArray();
                    json.WriteNumber("redactions", result.Redactions.Count);
                    json.WriteEndObject();
                });
            }
            else
            {
                run.Output.Line($"{(push ? "Pushed" : "Pulled")} {result.Branch}: {result.Commits} commits, {result.Versions} versions{(result.Forced ? " (forced)" : "")}; head {result.Head}.");
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
