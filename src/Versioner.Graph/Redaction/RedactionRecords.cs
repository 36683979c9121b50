using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>Reads and writes the redaction record: the redactions, the versions each cleared, the commits it rewrote here.</summary>
internal static class RedactionRecords
{
    private const int Page = 1000;

    /// <summary>The type mapping of a redaction id column (a plain UUID).</summary>
    public static RelationalTypeMapping IdMapping(GraphStore store) =>
        store.Db.Model.FindEntityType(typeof(RedactionRow))!.FindProperty(nameof(RedactionRow.Id))!.GetRelationalTypeMapping();

    public static async Task InsertAsync(GraphStore store, RedactionRow header, IReadOnlyList<Redactor.Target> targets, IReadOnlyList<CommitId> messages, CancellationToken cancellationToken)
    {
        var map = store.Map;
        var id = IdMapping(store);
        await store.ExecuteAsync(
            $"INSERT INTO {SystemTables.Redactions} (id, author, reason, timestamp_us) VALUES (@p0, @p1, @p2, @p3)",
            [id, map.Text, map.Text, map.Long], [header.Id, header.Author, header.Reason, header.TimestampMicros], cancellationToken).ConfigureAwait(false);
        using var insert = store.Prepare(
            $"INSERT INTO {SystemTables.RedactedVersions} (redaction_id, version_id, entity_type, eternal_id, fields) VALUES (@p0, @p1, @p2, @p3, @p4)",
            id, map.VersionId, map.Text, map.EternalId, map.Text);
        foreach (var target in targets)
        {
            await insert.ExecuteAsync(cancellationToken, header.Id, target.VersionId, target.EntityType, target.EternalId, JsonSerializer.Serialize(target.Fields)).ConfigureAwait(false);
        }

        using var message = store.Prepare($"INSERT INTO {SystemTables.RedactedMessages} (redaction_id, commit_id) VALUES (@p0, @p1)", id, map.CommitId);
        foreach (var commit in messages)
        {
            await message.ExecuteAsync(cancellationToken, header.Id, commit).ConfigureAwait(false);
        }
    }

    /// <summary>The commits whose messages a redaction replaced, as recorded (commit id order).</summary>
    public static async Task<List<CommitId>> MessagesAsync(GraphStore store, Guid redactionId, CancellationToken cancellationToken) =>
        (await store.Db.Set<RedactedMessageRow>().AsNoTracking().Where(r => r.RedactionId == redactionId).Select(r => r.CommitId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(c => c)
            .ToList();

    public static Redaction ToRedaction(RedactionRow header, IEnumerable<Redactor.Target> targets, IReadOnlyList<CommitId> messages, long rewritten) => new(
        header.Id,
        header.Author,
        header.Reason,
        Timestamps.FromUnixMicroseconds(header.TimestampMicros),
        targets.Select(t => new RedactedVersion(t.VersionId, t.EntityType, t.EternalId, t.Fields)).ToArray(),
        messages,
        rewritten);

    /// <summary>The redactions of this database (all, or those with the given ids), oldest first.</summary>
    public static async Task<IReadOnlyList<Redaction>> ListAsync(GraphStore store, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var headers = store.Db.Set<RedactionRow>().AsNoTracking();
        if (only is not null)
        {
            var wanted = only.ToArray();
            headers = headers.Where(r => wanted.Contains(r.Id));
        }

        var rows = await headers.ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        // Three queries for all of them, not three per redaction (push and pull list every redaction of both sides).
        var ids = rows.Select(r => r.Id).ToArray();
        var targets = (await store.Db.Set<RedactedVersionRow>().AsNoTracking().Where(r => ids.Contains(r.RedactionId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(r => r.RedactionId, ToTarget);
        var rewritten = (await store.Db.Set<RedactedCommitRow>().AsNoTracking().Where(r => ids.Contains(r.RedactionId))
                .GroupBy(r => r.RedactionId).Select(g => new { g.Key, Count = g.LongCount() })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(g => g.Key, g => g.Count);
        var messages = (await store.Db.Set<RedactedMessageRow>().AsNoTracking().Where(r => ids.Contains(r.RedactionId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(r => r.RedactionId, r => r.CommitId);
        return rows.OrderBy(r => r.TimestampMicros).ThenBy(r => r.Id)
            .Select(header => ToRedaction(
                header,
                targets[header.Id].OrderBy(t => t.VersionId),
                [.. messages[header.Id].Order()],
                rewritten.GetValueOrDefault(header.Id)))
            .ToList();
    }

    private static Redactor.Target ToTarget(RedactedVersionRow row) =>
        new(row.VersionId, row.EntityType, row.EternalId, JsonSerializer.Deserialize<string[]>(row.Fields) ?? []);

    /// <summary>The versions a redaction cleared and which fields, as recorded (version id order).</summary>
    public static async Task<List<Redactor.Target>> TargetsAsync(GraphStore store, Guid redactionId, CancellationToken cancellationToken) =>
        (await store.Db.Set<RedactedVersionRow>().AsNoTracking().Where(r => r.RedactionId == redactionId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(ToTarget)
            .OrderBy(t => t.VersionId)
            .ToList();

    /// <summary>The commits a redaction rewrote in this database, by commit id, a page at a time.</summary>
    public static async IAsyncEnumerable<RewrittenCommit> RewrittenAsync(GraphStore store, Guid redactionId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = IdMapping(store);
        CommitId? after = null;
        while (true)
        {
            var page = await store.QueryAsync(
                store.Dialect.SelectFirst(
                    Page,
                    "commit_id, checksum",
                    after is null
                        ? $"FROM {SystemTables.RedactedCommits} WHERE redaction_id = @p0 ORDER BY {store.Dialect.IdOrder("commit_id")}"
                        : $"FROM {SystemTables.RedactedCommits} WHERE redaction_id = @p0 AND {store.Dialect.IdOrder("commit_id")} > {store.Dialect.IdOrder("@p1")} ORDER BY {store.Dialect.IdOrder("commit_id")}"),
                after is null ? [id] : [id, store.Map.CommitId],
                after is null ? [redactionId] : [redactionId, after],
                reader => new RewrittenCommit(new CommitId(GuidColumn.Read(reader, 0)), new Checksum((byte[])reader.GetValue(1))),
                cancellationToken).ConfigureAwait(false);
            foreach (var item in page)
            {
                yield return item;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1].CommitId;
        }
    }

    /// <summary>Which of <paramref name="commits"/> each redaction rewrote in this database.</summary>
    public static async Task<ILookup<CommitId, Guid>> RewritersAsync(GraphStore store, IReadOnlyCollection<CommitId> commits, CancellationToken cancellationToken)
    {
        var pairs = new List<RedactedCommitRow>();
        foreach (var chunk in commits.Chunk(500))
        {
            pairs.AddRange(await store.Db.Set<RedactedCommitRow>().AsNoTracking().Where(r => chunk.Contains(r.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return pairs.ToLookup(p => p.CommitId, p => p.RedactionId);
    }
}
