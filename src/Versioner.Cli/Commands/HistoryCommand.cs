using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;
using Versioner.Studio.Hosting;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner history ID</c>: the commits that changed one entity, newest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(GlobalOptions global)
    {
        var id = new Argument<EternalId>("ETERNAL_ID") { Description = "The entity's eternal id.", CustomParser = Parsing.EternalIdOf };
        var revision = new Option<string?>("--rev") { Description = "Whose history: a branch, tag or commit (default: the default branch).", Validators = { Parsing.Revision } };
        var count = new Option<int>("-n", "--max-count") { Description = "How many entries to list.", DefaultValueFactory = _ => 100, CustomParser = Parsing.Count };
        var command = new Command("history", "List the commits that added, modified or removed one entity, newest first, with the version each made (one retention pruned marked so, with when and by which policy).")
        {
            id, revision, count,
        };

        Help.AddExamples(command,
            "versioner history 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f --db shop.db",
            "versioner history 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f --rev topic --json");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var rev = run.Get(revision) ?? repo.Options.DefaultBranch;
            var entries = await repo.HistoryAsync(run.Get(id), rev, new LogOptions { Take = run.Get(count) }, ct);
            if (entries.Count == 0)
            {
                // As blame and cat do for an entity that is not there: an empty table would read as "never changed".
                throw new UsageException($"No commit in the history of {rev} added, changed or removed entity {run.Get(id)}: check the id (`versioner ls TYPE` lists them) or the revision (--rev).");
            }

            // A pruned version keeps its place (and id) in the history; its content is gone, as show says of it.
            var pruned = await VersionLookup.PrunedAsync(repo, entries.Where(e => e.VersionId is not null).Select(e => e.VersionId!.Value), ct);
            PrunedVersion? PrunedOf(HistoryEntry entry) => entry.VersionId is { } version && pruned.TryGetValue(version, out var mark) ? mark : null;

            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("eternalId", run.Get(id).ToString());
                    json.WriteStartArray("entries");
                    foreach (var entry in entries)
                    {
                        json.WriteStartObject();
                        json.WriteString("kind", JsonShapes.Kind(entry.Kind));
                        json.WriteString("versionId", entry.VersionId?.ToString());
                        json.WritePropertyName("pruned");
                        if (PrunedOf(entry) is { } mark)
                        {
                            json.WriteStartObject();
                            json.WriteString("prunedAt", Values.Iso(mark.PrunedAt));
                            json.WriteString("policy", mark.Policy);
                            json.WriteString("checksum", mark.Checksum.ToString());
                            json.WriteEndObject();
                        }
                        else
                        {
                            json.WriteNullValue();
                        }

                        json.WritePropertyName("commit");
                        JsonShapes.Commit(json, entry.Commit);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                return ExitCode.Ok;
            }

            run.Output.Table(
                ["Commit", "Date", "Author", "Change", "Version", "Message"],
                entries.Select(e => (IReadOnlyList<string>)[
                    e.Commit.ShortForm, Values.Time(e.Commit.Timestamp), e.Commit.Author, JsonShapes.Kind(e.Kind),
                    PrunedOf(e) is { } mark ? $"{e.VersionId} (pruned {Values.Time(mark.PrunedAt)} by '{mark.Policy}')" : e.VersionId?.ToString() ?? "", e.Commit.Subject]));
            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
