using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Recomputes every checksum of a database (like <c>git fsck</c>), streaming: commits in batches in finalization
/// order, versions loaded per batch, so memory stays constant whatever the history's size.
/// </summary>
internal static class Verifier
{
    private const int Batch = 200;

    public static async Task<VerifyReport> VerifyAsync(GraphStore store, Revision? reachableFrom, IProgress<VerifyProgress>? progress, CancellationToken cancellationToken)
    {
        var issues = new List<VerifyIssue>();
        long commits = 0, versions = 0, pruned = 0;
        await foreach (var rows in BatchesAsync(store, reachableFrom, cancellationToken).ConfigureAwait(false))
        {
            // Only this batch's parents are looked up: memory stays constant however long the history.
            var checksums = rows.ToDictionary(r => r.Id, r => r.Checksum is null ? default : new Checksum(r.Checksum));
            var ids = rows.Select(r => r.Id).ToArray();
            var parents = (await store.Db.Set<CommitParentRow>().AsNoTracking().Where(p => ids.Contains(p.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(p => p.CommitId);
            var changes = (await store.ChangeRowsAsync(ids, cancellationToken).ConfigureAwait(false)).ToLookup(c => c.CommitId);
            var parentIds = parents.SelectMany(g => g).Select(p => p.ParentId).Distinct().Where(id => !checksums.ContainsKey(id)).ToArray();
            foreach (var chunk in parentIds.Chunk(500))
            {
                foreach (var parent in await store.Commits.Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.Checksum }).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    checksums[parent.Id] = parent.Checksum is null ? default : new Checksum(parent.Checksum);
                }
            }

            var all = changes.SelectMany(g => g).Where(c => c.VersionId is not null).ToArray();
            var contents = await store.LoadContentsAsync(all.Select(c => (c.EntityType, c.VersionId!.Value)), cancellationToken, allowPruned: true, raw: true).ConfigureAwait(false);
            // Only when rows are missing: which of them retention pruned (marked), as opposed to lost.
            var marks = all.Any(c => !contents.ContainsKey(c.VersionId!.Value))
                ? await PrunedMarks.FindAsync(store, all.Select(c => c.VersionId!.Value).Where(id => !contents.ContainsKey(id)), cancellationToken).ConfigureAwait(false)
                : [];
            foreach (var row in rows)
            {
                var added = new List<Checksum>();
                foreach (var change in changes[row.Id].Where(c => c.VersionId is not null))
                {
                    versions++;
                    var recorded = change.VersionChecksum is null ? (Checksum?)null : new Checksum(change.VersionChecksum);
                    if (!contents.TryGetValue(change.VersionId!.Value, out var content))
                    {
                        if (marks.TryGetValue(change.VersionId.Value, out var mark) && recorded is { } recordedChecksum && mark.Checksum == recordedChecksum)
                        {
                            pruned++;
                        }
                        else
                        {
                            issues.Add(new VerifyIssue(VerifyIssueKind.MissingRow, row.Id, change.VersionId, change.EntityType, recorded?.ToString() ?? "(none)", mark is null ? "version row missing" : $"pruned mark records {mark.Checksum}"));
                        }

                        if (change.VersionChecksum is not null)
                        {
                            added.Add(new Checksum(change.VersionChecksum));
                        }

                        continue;
                    }

                    // Compared as values: formatting two hex strings per version would cost about as much as the hash.
                    var actual = SafeChecksum(content);
                    if (recorded != actual)
                    {
                        issues.Add(new VerifyIssue(VerifyIssueKind.VersionChecksumMismatch, row.Id, change.VersionId, change.EntityType, recorded?.ToString() ?? "(none)", actual.ToString()));
                    }

                    // The commit hashes what its change rows record, so a tampered version shows once, not twice.
                    added.Add(change.VersionChecksum is null ? actual : new Checksum(change.VersionChecksum));
                }

                var expected = row.Checksum is null ? "(none)" : new Checksum(row.Checksum).ToString();
                string actualCommit;
                try
                {
                    actualCommit = new CommitContent(
                        parents[row.Id].OrderBy(p => p.Ordinal).Select(p => checksums.GetValueOrDefault(p.ParentId)),
                        added,
                        changes[row.Id].Where(c => c.VersionId is null).Select(c => c.EternalId),
                        row.Author,
                        row.Message,
                        Timestamps.FromUnixMicroseconds(row.TimestampMicros)).ComputeChecksum().ToString();
                }
                catch (Exception ex) when (ex is ArgumentException or VersionerException)
                {
                    actualCommit = $"(cannot be hashed: {ex.Message})";
                }

                if (actualCommit != expected)
                {
                    issues.Add(new VerifyIssue(VerifyIssueKind.CommitChecksumMismatch, row.Id, null, null, expected, actualCommit));
                }

                commits++;
            }

            progress?.Report(new VerifyProgress(commits, versions, issues.Count) { Pruned = pruned });
        }

        long pointers = 0;
        if (reachableFrom is null)
        {
            // Whole-database checks: rows no commit lists, and every pointer record.
            issues.AddRange(await UnlistedVersionsAsync(store, cancellationToken).ConfigureAwait(false));
            pointers = await VerifyPointersAsync(store, issues, cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new VerifyProgress(commits, versions, issues.Count) { Pruned = pruned });
        return new VerifyReport(commits, versions, pointers, issues, pruned);
    }

    /// <summary>Finalized commits in batches: all of them in finalization order, or those reachable from a revision.</summary>
    private static async IAsyncEnumerable<List<CommitRow>> BatchesAsync(GraphStore store, Revision? reachableFrom, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (reachableFrom is { } revision)
        {
            var head = await store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
            var graph = await CommitGraph.ForAsync(store, cancellationToken).ConfigureAwait(false);
            foreach (var chunk in graph.Walk(head.Id, null).Chunk(Batch))
            {
                yield return await store.Commits.Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            yield break;
        }

        long? after = null;
        while (true)
        {
            var last = after;
            var rows = await store.Commits.Where(c => c.State == CommitState.Finalized && (last == null || c.Seq > last))
                .OrderBy(c => c.Seq).Take(Batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                yield break;
            }

            after = rows[^1].Seq;
            yield return rows;
        }
    }

    private static Checksum SafeChecksum(VersionContent content)
    {
        try
        {
            return content.ComputeChecksum();
        }
        catch (ArgumentException)
        {
            return default;
        }
    }

    /// <summary>
    /// Version rows that claim a finalized commit none of whose change rows names them (added behind Versioner's back).
    /// The probe goes through the change rows' primary key (commit, eternal id): there is no index on version_id, and
    /// without the key SQLite scanned every change row per version (minutes at 50,000 versions).
    /// </summary>
    private static async Task<List<VerifyIssue>> UnlistedVersionsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var issues = new List<VerifyIssue>();
        var changes = store.Db.Set<ChangeRow>();
        var commits = store.Db.Set<CommitRow>();
        foreach (var type in store.Model.Types)
        {
            var unlisted = await type.Set(store.Db)
                .Where(v => commits.Any(c => c.Id == v.CommitId && c.State == CommitState.Finalized)
                    && !changes.Any(ch => ch.CommitId == v.CommitId && ch.EternalId == v.EternalId && ch.VersionId == (VersionId?)v.VersionId))
                .Select(v => new { v.VersionId, v.CommitId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            issues.AddRange(unlisted.Select(u => new VerifyIssue(VerifyIssueKind.UnlistedVersion, u.CommitId, u.VersionId, type.Name, "no such version", "version row present")));
        }

        var documents = await store.Db.Set<DocumentRow>().AsNoTracking()
            .Where(d => commits.Any(c => c.Id == d.CommitId && c.State == CommitState.Finalized)
                && !changes.Any(ch => ch.CommitId == d.CommitId && ch.EternalId == d.EternalId && ch.VersionId == (VersionId?)d.VersionId))
            .Select(d => new { d.VersionId, d.CommitId, d.EntityType })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        issues.AddRange(documents.Select(d => new VerifyIssue(VerifyIssueKind.UnlistedVersion, d.CommitId, d.VersionId, d.EntityType, "no such version", "version row present")));
        return issues;
    }

    private static async Task<long> VerifyPointersAsync(GraphStore store, List<VerifyIssue> issues, CancellationToken cancellationToken)
    {
        long count = 0;
        byte[]? after = null;
        while (true)
        {
            var sql = after is null
                ? $"SELECT checksum, kind, content FROM {SystemTables.Pointers} ORDER BY checksum LIMIT {Batch}"
                : $"SELECT checksum, kind, content FROM {SystemTables.Pointers} WHERE checksum > @p0 ORDER BY checksum LIMIT {Batch}";
            var rows = await store.QueryAsync(
                sql,
                after is null ? [] : [store.Map.Bytes],
                after is null ? [] : [after],
                reader => (
                    Key: (byte[])reader.GetValue(0),
                    Kind: Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                    // A tampered row may not even hold bytes any more (SQLite is dynamically typed): hash what is there.
                    Content: reader.GetValue(2) switch
                    {
                        byte[] bytes => bytes,
                        var other => System.Text.Encoding.UTF8.GetBytes(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                    }),
                cancellationToken).ConfigureAwait(false);

            if (rows.Count == 0)
            {
                return count;
            }

            foreach (var (key, kind, content) in rows)
            {
                count++;
                var actual = PointerValue.ComputeChecksum((PointerKind)kind, content);
                var expected = new Checksum(key);
                if (actual != expected)
                {
                    issues.Add(new VerifyIssue(VerifyIssueKind.PointerChecksumMismatch, null, null, $"pointer {expected.ToString(12)}", expected.ToString(), actual.ToString()));
                }
            }

            after = rows[^1].Key;
        }
    }
}
