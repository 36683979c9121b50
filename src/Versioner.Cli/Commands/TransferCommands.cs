using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner push</c> and <c>versioner pull</c>: copy a branch's history between two databases, re-hashed on arrival.</summary>
internal static class TransferCommands
{
    public static Command Push(GlobalOptions global) => Create(global, push: true);

    public static Command Pull(GlobalOptions global) => Create(global, push: false);

    private static bool IsMissingFile(string? text) =>
        text is { Length: > 0 } && !text.Contains('=', StringComparison.Ordinal) && !File.Exists(text);

    private static Command Create(GlobalOptions global, bool push)
    {
        var other = new Argument<string>("DB2") { Description = push ? "The database to push to." : "The database to pull from." };
        var branch = new Argument<string>("BRANCH") { Description = "The branch to copy; its tags travel with it." };
        var force = new Option<bool>("-f", "--force") { Description = "Move the branch even where that drops commits it had (not a fast-forward)." };
        var create = new Option<bool>("--create")
        {
            Description = "Make DB2 an empty replica first when it is not a Versioner database yet: a new SQLite file, or Versioner's tables in an empty PostgreSQL database, with this database's versioned types (no application needed).",
        };
        var name = push ? "push" : "pull";
        var command = new Command(name, push
            ? "Copy BRANCH and the history under it to DB2, re-hashing on arrival. Refused when DB2's branch has commits this one lacks, unless --force."
            : "Copy BRANCH and the history under it from DB2 into this database, re-hashing on arrival. Refused when this branch has commits DB2's lacks, unless --force.")
        {
            other, branch, force,
        };

        if (push)
        {
            command.Options.Add(create);
            Help.AddExamples(command,
                "versioner push replica.db main --create --db shop.db",
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
            Repository there;
            var created = false;
            if (push && run.Get(create))
            {
                (there, created) = await run.OpenOrCreateReplicaAsync(run.Get(other), "DB2", here, ct);
            }
            else
            {
                try
                {
                    there = await run.OpenOtherAsync(run.Get(other), "DB2", RepositoryAccess.Write, ct);
                }
                catch (Exception e) when (push && (e is CannotOpenDatabaseException { InnerException: NotVersionerDatabaseException }
                    || (e is Versioner.Studio.Standalone.InvalidDatabaseTargetException && IsMissingFile(run.Get(other)))))
                {
                    // The README's first push goes to a replica that does not exist yet: say how to start one.
                    throw new CannotOpenDatabaseException($"{e.Message} A push copies into a Versioner database: add --create to make DB2 one first "
                        + "(a new SQLite file, or Versioner's tables in an empty PostgreSQL database, with this database's versioned types), "
                        + "or copy this database (the SQLite file, or pg_dump and pg_restore for PostgreSQL).", e);
                }
            }

            if (created && !run.Json)
            {
                run.Output.Line($"Created an empty Versioner database with {(await there.SchemaAsync(ct)).Count} versioned types to push into.");
            }

            var b = run.Get(branch)!;
            TransferResult result;
            try
            {
                result = await run.Output.WithStatusAsync($"{name}ing {b}", _ => push
                    ? here.PushAsync(there, b, run.Get(force), ct)
                    : here.PullAsync(there, b, run.Get(force), ct));
            }
            catch (VersionerException e) when (Refusal(e, push, b) is { } message)
            {
                throw new UsageException(message);
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
                    json.WriteBoolean("created", created);
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

    /// <summary>
    /// A refused transfer in the tool's words: the engine's message names the source and the target and advises a .NET
    /// caller (<c>force: true</c>, <c>target.PushAsync(source, branch)</c>); here DB2 and this database, and the options
    /// and commands to type. Null for a refusal whose engine message needs no translation.
    /// </summary>
    private static string? Refusal(VersionerException exception, bool push, string branch)
    {
        var (source, target) = push ? ("this database", "DB2") : ("DB2", "this database");
        return exception switch
        {
            NonFastForwardException e =>
                $"Branch '{branch}' in {target} is at {e.TargetHead}, which the '{branch}' of {source} does not contain. Nothing was copied. "
                + $"Merge the two histories first, or add --force to overwrite {target}'s '{branch}' (the commits only it has are then on it "
                + "no more).",
            TagConflictException { TargetIsBranch: false } e =>
                $"Tag '{e.Tag}' is at {e.SourceCommit} in {source} but at {e.TargetCommit} in {target}. Nothing was copied. "
                + $"Delete one of them (versioner tag -d {e.Tag}, with --db naming that database), or add --force to move {target}'s tag.",
            RedactionMissingException e =>
                $"{Capitalized(target)} has {e.Redactions.Count} redaction(s) that {source} lacks, and {source} still holds the content they removed: "
                + string.Join("; ", e.Redactions.Select(r => $"{r.Id} by {r.Author} ('{r.Reason}', {r.Versions.Count} version(s))"))
                + $". Nothing was copied. Carry them over first with versioner {(push ? "pull" : "push")} DB2 {branch}, then {(push ? "push" : "pull")} again.",
            _ => null,
        };
    }

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
