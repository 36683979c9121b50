using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;
using Versioner.Studio.Hosting;

namespace Versioner.Cli.Commands;

/// <summary>
/// <c>versioner show REV</c>: a commit's metadata and what it changed, field by field; given a version's id (as
/// <c>history</c>, <c>cat</c>, <c>verify</c> and a pinned reference print them), that version, typed or a document's,
/// with the commit that added it.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(GlobalOptions global)
    {
        var revision = new Argument<string>("REV") { Description = "The commit: a branch, tag, checksum prefix, commit id, main~2, main@{2026-11-01}; or a version id.", Validators = { Parsing.Revision } };
        var command = new Command("show", "Show a commit: its id, checksum, parents, author, time and message, then its changes against its first parent, field by field. Given a version id, show that version and the commit that added it.")
        {
            revision,
        };

        Help.AddExamples(command,
            "versioner show main --db shop.db",
            "versioner show 3f9a2c1",
            "versioner show main~1 --json",
            "versioner show 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f   # a version id: the version and the commit that added it");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var text = run.Get(revision)!;
            Commit commit;
            try
            {
                commit = await repo.FindCommitAsync(text, ct);
            }
            catch (RevisionNotFoundException) when (VersionId.TryParse(text.Trim(), out var versionId))
            {
                // Ids of commits and versions never collide: one naming no commit may name a version. An entity's
                // eternal id, the id a user is likeliest to paste here by mistake, names neither.
                var place = await VersionLookup.FindAsync(repo, versionId, null, ct)
                    ?? throw new UsageException($"Revision '{text.Trim()}' not found: no commit or version has this id. An entity's eternal id is read with versioner cat or versioner history.");
                return await ShowVersionAsync(run, repo, versionId, place, ct);
            }

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

    /// <summary>A version found by id: its type, entity and fields as of the commit that added it, and that commit.</summary>
    private static async Task<int> ShowVersionAsync(CommandRun run, Repository repo, VersionId versionId, VersionPlace place, CancellationToken ct)
    {
        // The version's row is there and names its commit; that commit's row missing is damage, not a mistyped id.
        var commit = await VersionLookup.CommitOfAsync(repo, versionId, place, ct);

        // As of the commit that added it, the version is its entity's current one: an edit in the same working commit
        // keeps the version's id, and a removal there deletes its row.
        var content = await (await repo.SnapshotAsync(place.CommitId, ct)).FindContentAsync(place.EternalId, ct);
        if (content is null || content.VersionId != versionId)
        {
            var there = content is null ? "the entity is not in that commit" : $"the entity's version as of that commit is {content.VersionId}";
            var found = $"Version {versionId} of {place.EntityType} {place.EternalId} names commit {place.CommitId} as the one that added it, but {there}: ";
            // A working commit may have been changed between the two reads (another writer removed the version); a
            // finalized one never changes.
            throw commit.IsFinalized
                ? new HistoryDamagedException(found + "the history is damaged (rows changed outside Versioner). versioner verify lists every damaged row.")
                : new UsageException(found + "another writer changed that working commit meanwhile (run this again), or its rows were changed outside Versioner.");
        }

        if (run.Json)
        {
            run.Output.Json(json =>
            {
                json.WriteStartObject();
                json.WritePropertyName("version");
                JsonShapes.Content(json, content);
                json.WritePropertyName("commit");
                JsonShapes.Commit(json, commit);
                json.WriteEndObject();
            });
            return ExitCode.Ok;
        }

        run.Output.Line("version ", versionId.ToString());
        run.Output.Line($"Entity:  {content.EntityType} {content.EternalId}");
        run.Output.Line($"Commit:  {(commit.IsFinalized ? commit.ShortForm : $"{commit.Id} (working)")}, which added it: {commit.Author}, {Values.Time(commit.Timestamp)}, {commit.Message.Split('\n')[0].TrimEnd('\r')}");
        run.Output.Line();
        foreach (var (field, value) in content.Fields)
        {
            run.Output.Line($"    {field}: {Values.Format(value)}");
        }

        return ExitCode.Ok;
    }
}
