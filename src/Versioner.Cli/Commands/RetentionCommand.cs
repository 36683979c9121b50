using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner retention preview|apply</c>: prunes (or archives) versions no branch holds any more.</summary>
internal static class RetentionCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("retention", "Prune versions that are no longer current on any branch: after a time, beyond the newest N, or both. Preview first; apply writes them to an archive file before pruning.");
        Help.AddExamples(command,
            "versioner retention preview --noncurrent-for 90d --keep-newest 5 --db shop.db",
            "versioner retention apply --noncurrent-for 90d --archive pruned-2026-12.jsonl");
        command.Subcommands.Add(Create(global, apply: false));
        command.Subcommands.Add(Create(global, apply: true));
        return command;
    }

    private static Command Create(GlobalOptions global, bool apply)
    {
        var noncurrentFor = new Option<TimeSpan?>("--noncurrent-for") { Description = "Prune versions noncurrent on every branch for longer than this (90d, 12h, 30m).", CustomParser = Parsing.Duration };
        var keepNewest = new Option<int?>("--keep-newest") { Description = "Keep this many newest noncurrent versions of each entity.", CustomParser = Parsing.OptionalCount };
        var policyName = new Option<string?>("--name") { Description = "The policy's name, recorded with each pruned version (default: retention)." };
        var archive = new Option<FileInfo?>("--archive") { Description = "The file to write the pruned versions to before they go (must not exist yet)." };
        var noArchive = new Option<bool>("--no-archive") { Description = "Prune without keeping the pruned content anywhere." };
        var command = apply
            ? new Command("apply", "Prune now. Name an --archive file for the pruned content, or say --no-archive.")
            : new Command("preview", "Count what apply would prune, changing nothing.");
        Help.AddExamples(command, apply
            ? "versioner retention apply --noncurrent-for 90d --archive pruned.jsonl --db shop.db"
            : "versioner retention preview --keep-newest 5 --db shop.db --json");
        command.Options.Add(noncurrentFor);
        command.Options.Add(keepNewest);
        command.Options.Add(policyName);
        if (apply)
        {
            command.Options.Add(archive);
            command.Options.Add(noArchive);
        }

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var policy = new RetentionPolicy
            {
                NoncurrentFor = run.Get(noncurrentFor),
                KeepNewest = run.Get(keepNewest),
                Name = run.Get(policyName) ?? RetentionPolicy.DefaultName,
            };
            if (policy.NoncurrentFor is null && policy.KeepNewest is null)
            {
                throw new UsageException("Say what to prune: --noncurrent-for 90d, --keep-newest 5, or both.");
            }

            RetentionResult result;
            if (!apply)
            {
                var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
                result = await repo.PreviewRetentionAsync(policy, ct);
            }
            else
            {
                var file = run.Get(archive);
                if (file is null == !run.Get(noArchive))
                {
                    throw new UsageException("Name an archive file for the pruned content (--archive pruned.jsonl), or say --no-archive to prune without one.");
                }

                if (file is { Exists: true })
                {
                    throw new UsageException($"{file.FullName} exists: name a new archive file, so no earlier archive is overwritten.");
                }

                var repo = await run.OpenAsync(RepositoryAccess.Write, ct);
                if (file is null)
                {
                    result = await repo.ApplyRetentionAsync(policy, null, ct);
                }
                else
                {
                    FileStream stream;
                    try
                    {
                        stream = new FileStream(file.FullName, FileMode.CreateNew, FileAccess.Write);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        throw new UsageException($"Cannot create the archive file {file.FullName}: {e.Message} Name a new file in a folder that exists and may be written; nothing was pruned.");
                    }

                    try
                    {
                        result = await repo.ApplyRetentionAsync(policy, stream, ct);
                        await stream.DisposeAsync();
                    }
                    catch
                    {
                        await stream.DisposeAsync();
                        file.Delete(); // nothing was pruned: an archive of it would mislead
                        throw;
                    }
                }
            }

            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteBoolean("preview", result.IsPreview);
                    json.WriteString("policy", result.Policy);
                    json.WriteNumber("versions", result.Versions);
                    json.WriteNumber("archived", result.Archived);
                    json.WriteNumber("pointers", result.Pointers);
                    json.WriteStartObject("versionsByType");
                    foreach (var (type, count) in result.VersionsByType.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        json.WriteNumber(type, count);
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                });
            }
            else
            {
                var verb = result.IsPreview ? "Would prune" : "Pruned";
                var byType = string.Join(", ", result.VersionsByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
                run.Output.Line($"{verb} {result.Versions} versions{(byType.Length > 0 ? $" ({byType})" : "")} and {result.Pointers} pointer records; {result.Archived} archived.");
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
