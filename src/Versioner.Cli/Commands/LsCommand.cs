using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner ls TYPE</c>: the entities of one type as of a revision, a page at a time.</summary>
internal static class LsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var type = new Argument<string>("TYPE") { Description = "The versioned type (as `versioner schema` names it)." };
        var revision = new Option<string?>("--rev") { Description = "As of which revision (default: the default branch).", Validators = { Parsing.Revision } };
        var where = new Option<string[]>("--where") { Description = "Only entities whose field has this value, written FIELD=VALUE as text output prints it (repeat: all must hold)." };
        var limit = new Option<int>("--limit") { Description = "How many entities to print (a page).", DefaultValueFactory = _ => 50, CustomParser = Parsing.Count };
        var after = new Option<EternalId?>("--after") { Description = "Start after this eternal id (the last of the previous page).", CustomParser = r => Parsing.EternalIdOf(r) };
        var command = new Command("ls", "List the entities of one type as of a revision, ordered by eternal id, a page at a time.")
        {
            type, revision, where, limit, after,
        };
        Help.AddExamples(command,
            "versioner ls Book --db shop.db",
            "versioner ls Book --rev v1 --where AuthorId=0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f --json",
            "versioner ls Book --limit 100 --after 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var conditions = (run.Get(where) ?? []).Select(text => text.Split('=', 2) is [var field, var value] && field.Length > 0
                ? (Field: field, Value: value)
                : throw new UsageException($"--where '{text}' is not FIELD=VALUE: write it as Title=Dune.")).ToList();
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var entityType = run.Get(type)!;
            var known = await VersionedTypes.FindAsync(repo, entityType, ct); // null: documents, whose fields are their own
            foreach (var (field, _) in conditions)
            {
                if (known is not null && !known.Fields.Any(f => f.Name == field))
                {
                    throw new UsageException($"{entityType} has no field '{field}'; its fields are: {string.Join(", ", known.Fields.Select(f => f.Name))}.");
                }
            }

            var snapshot = await repo.SnapshotAsync(run.Get(revision) ?? repo.Options.DefaultBranch, ct);
            var page = new List<VersionContent>();
            var start = run.Get(after);
            var more = false;
            await foreach (var content in snapshot.ContentsAsync(entityType, ct))
            {
                if (start is { } s && content.EternalId.CompareTo(s) <= 0)
                {
                    continue;
                }

                if (!conditions.All(c => content.TryGetValue(c.Field, out var value) && Values.Plain(value) == c.Value))
                {
                    continue;
                }

                if (page.Count == run.Get(limit))
                {
                    more = true;
                    break;
                }

                page.Add(content);
            }

            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("entityType", entityType);
                    json.WriteStartArray("entities");
                    foreach (var content in page)
                    {
                        JsonShapes.Content(json, content);
                    }

                    json.WriteEndArray();
                    json.WriteBoolean("hasMore", more);
                    json.WriteEndObject();
                });
                return ExitCode.Ok;
            }

            var fields = known?.Fields.Select(f => f.Name).ToList()
                ?? page.SelectMany(c => c.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            run.Output.Table(["EternalId", .. fields], page.Select(c => (IReadOnlyList<string>)[c.EternalId.ToString(), .. fields.Select(f => c.TryGetValue(f, out var v) ? Values.Format(v) : "")]));
            if (more)
            {
                run.Output.Line($"(more: --after {page[^1].EternalId})");
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
