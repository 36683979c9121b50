using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner redact</c>: removes finalized content for good, re-hashing what depended on it and keeping a record.</summary>
internal static class RedactCommand
{
    public static Command Create(GlobalOptions global)
    {
        var versions = new Option<string[]>("--version") { Description = "A version to clear (repeat for several).", AllowMultipleArgumentsPerToken = false };
        var fields = new Option<string[]>("--field") { Description = "A field to clear in those versions (repeat; default: every field that may be cleared)." };
        var sameValue = new Option<bool>("--same-value") { Description = "Clear the same value in every version of the entity that holds it, not only the named versions." };
        var messages = new Option<string[]>("--message") { Description = "A commit (full id) whose message to replace (repeat for several)." };
        var author = new Option<string>("--author") { Description = "Who redacts (recorded).", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why (recorded; an incident number, say).", Required = true };
        var command = new Command("redact", "Remove finalized content for good: fields of versions, or commit messages. Everything that depended on it is re-hashed and the redaction is recorded; push and pull carry it to other databases.")
        {
            versions, fields, sameValue, messages, author, reason,
        };

        Help.AddExamples(command,
            "versioner redact --version 0190f3a2-... --field Blurb --same-value --author sec --reason INC-4711 --db shop.db",
            "versioner redact --message 0190f3a2-... --author sec --reason \"secret in message\"");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var versionIds = Parse(run.Get(versions), text => new VersionId(text), "--version");
            var messageIds = Parse(run.Get(messages), text => new CommitId(text), "--message");
            if (versionIds.Count + messageIds.Count == 0)
            {
                throw new UsageException("Name what to redact: --version VERSION_ID (with --field NAME) or --message COMMIT_ID.");
            }

            var repo = await run.OpenAsync(RepositoryAccess.Write, ct);
            var redaction = await repo.RedactAsync(new RedactionRequest
            {
                Versions = versionIds,
                Fields = run.Get(fields) ?? [],
                Scope = run.Get(sameValue) ? RedactionScope.SameValueInEntity : RedactionScope.NamedVersions,
                Messages = messageIds,
                Author = run.Get(author)!,
                Reason = run.Get(reason)!,
            }, ct);

            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("id", redaction.Id.ToString());
                    json.WriteString("author", redaction.Author);
                    json.WriteString("reason", redaction.Reason);
                    json.WriteNumber("commitsRewritten", redaction.CommitsRewritten);
                    json.WriteStartArray("versions");
                    foreach (var v in redaction.Versions)
                    {
                        json.WriteStartObject();
                        json.WriteString("versionId", v.VersionId.ToString());
                        json.WriteString("entityType", v.EntityType);
                        json.WriteString("eternalId", v.EternalId.ToString());
                        json.WriteStartArray("fields");
                        foreach (var f in v.Fields)
                        {
                            json.WriteStringValue(f);
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("messages");
                    foreach (var m in redaction.Messages)
                    {
                        json.WriteStringValue(m.ToString());
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                run.Output.Line($"Redaction {redaction.Id}: {redaction.Versions.Count} versions cleared, {redaction.Messages.Count} messages replaced, {redaction.CommitsRewritten} commits re-hashed.");
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }

    private static List<T> Parse<T>(string[]? texts, Func<Guid, T> make, string option) =>
        (texts ?? []).Select(text => Guid.TryParse(text, out var guid)
            ? make(guid)
            : throw new UsageException($"{option} '{text}' is not a full id (a UUID): `versioner history ID --json` lists version ids, `versioner log --json` commit ids."))
        .ToList();
}
