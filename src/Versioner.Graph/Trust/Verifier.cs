using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Recomputes every checksum of a database (like <c>git fsck</c>), streaming, so memory stays constant whatever the
/// history's size: versions in one pass per entity type (<see cref="VersionCheck"/>), then commits in batches in
/// finalization order, each hashed over the version checksums its change rows record.
/// </summary>
internal static class Verifier
{
    private const int Batch = 200;

    /// <summary>Verifies in a <c>versioner.verify</c> span, counting the rows re-hashed and the time (see <see cref="VerifyUntracedAsync"/>).</summary>
    public static async Task<VerifyReport> VerifyAsync(GraphStore store, Revision? reachableFrom, IProgress<VerifyProgress>? progress, CancellationToken cancellationToken, Revision? since = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var report = await GraphTelemetry.TraceAsync(
            "versioner.verify",
            store.Db,
            null,
            () => VerifyUntracedAsync(store, reachableFrom, since, progress, cancellationToken),
            (span, r) => span.SetTag("versioner.verify.versions", r.Versions).SetTag("versioner.verify.commits", r.Commits).SetTag("versioner.verify.issues", r.Issues.Count)).ConfigureAwait(false);
        var tags = new KeyValuePair<string, object?>("db.system.name", GraphTelemetry.SystemName(store.Db));
        GraphTelemetry.VerifyRows.Add(report.Versions + report.Commits, tags);
        GraphTelemetry.VerifyDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        return report;
    }

    private static async Task<VerifyReport> VerifyUntracedAsync(GraphStore store, Revision? reachableFrom, Revision? since, IProgress<VerifyProgress>? progress, CancellationToken cancellationToken)
    {
        var issues = new List<VerifyIssue>();
        var unlisted = new HashSet<(CommitId, VersionId)>();
        var movedToWorking = new HashSet<(CommitId?, VersionId?)>();
        HashSet<CommitId>? reachable = null;
        long? afterSeq = null;
        if (reachableFrom is { } revision)
        {
            // The walk comes from the in-memory commit graph (about 40 bytes a commit), not from the database.
            var head = await store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
            var excluded = since is { } s ? await store.ResolveAsync(s, cancellationToken).ConfigureAwait(false) : null;
            var graph = await CommitGraph.ForAsync(store, cancellationToken).ConfigureAwait(false);
            reachable = [.. graph.Walk(head.Id, excluded?.Id)];
            if (excluded is not null)
            {
                afterSeq = await FirstSeqAsync(store, reachable, cancellationToken).ConfigureAwait(false) - 1;
            }
        }

        // Versions first: one streaming pass per entity type, hashed on a second thread (the bulk of the work). A range
        // (since..revision) scans only the change rows of commits that arrived no earlier than its oldest commit.
        var versions = await VersionCheck.RunAsync(store, reachable is null ? null : reachable.Contains, issues, progress, cancellationToken, afterSeq).ConfigureAwait(false);

        // Then commits: each commit hashes what its change rows record, so a tampered version shows once, not twice.
        long commits = 0;
        await foreach (var rows in BatchesAsync(store, reachable, cancellationToken).ConfigureAwait(false))
        {
            // Only this batch's parents are looked up: memory stays constant however long the history.
            var checksums = rows.ToDictionary(r => r.Id, r => Stored(r.Checksum));
            var ids = rows.Select(r => r.Id).ToArray();
            var parents = (await store.Db.Set<CommitParentRow>().AsNoTracking().Where(p => ids.Contains(p.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(p => p.CommitId);
            var places = rows.ToDictionary(r => r.Id, r => (r.Segment, r.Depth));
            var order = rows.ToDictionary(r => r.Id, r => (r.Seq, r.Generation));
            var changes = await ChangeSummariesAsync(store, places, cancellationToken).ConfigureAwait(false);
            var manifests = await store.Db.Set<ManifestRow>().AsNoTracking().Where(m => ids.Contains(m.CommitId))
                .ToDictionaryAsync(m => m.CommitId, m => m.Changes, cancellationToken).ConfigureAwait(false);
            var unrowed = new List<(CommitId Commit, Guid Key)>();
            var parentIds = parents.SelectMany(g => g).Select(p => p.ParentId).Distinct().Where(id => !checksums.ContainsKey(id)).ToArray();
            foreach (var chunk in parentIds.Chunk(500))
            {
                foreach (var parent in await store.Commits.Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.Checksum, c.Segment, c.Depth, c.Seq, c.Generation }).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    checksums[parent.Id] = Stored(parent.Checksum);
                    places[parent.Id] = (parent.Segment, parent.Depth);
                    order[parent.Id] = (parent.Seq, parent.Generation);
                }
            }

            var segmentIds = rows.Select(r => r.Segment).Distinct().ToArray();
            var segments = await store.Db.Set<SegmentRow>().AsNoTracking().Where(s => segmentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken).ConfigureAwait(false);

            // A change row of a finalized commit without a recorded checksum (never written so): the commit is hashed
            // with the version's actual checksum, as the version pass reports the row itself.
            var unrecorded = changes.Values.SelectMany(c => c.Entries).Where(e => e.Version is not null && e.Recorded is null).Select(e => (e.EntityType, e.Version!.Value)).ToArray();
            var contents = unrecorded.Length == 0
                ? []
                : await store.LoadContentsAsync(unrecorded, cancellationToken, allowPruned: true, raw: true).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var change = changes.GetValueOrDefault(row.Id) ?? new ChangeSummary();
                var listed = manifests.GetValueOrDefault(row.Id) is { } manifest ? CommitManifest.Keys(manifest) : null;
                var missing = ManifestProblems(row.Id, manifests.GetValueOrDefault(row.Id), listed, change, issues, unlisted).ToList();
                unrowed.AddRange(missing);

                // The commit is hashed over the changes its manifest lists (a row it does not list is reported as such,
                // not again as a commit that no longer hashes); each listed change once. A commit whose manifest lists a
                // change no row holds cannot be hashed at all: the missing row, named with its commit, is the finding.
                var listedSet = listed?.ToHashSet();
                var hashed = change.Entries.Where(e => listedSet is null || listedSet.Contains(e.Key)).DistinctBy(e => e.Key).ToList();
                if (missing.Count == 0)
                {
                    var added = new List<Checksum>();
                    foreach (var entry in hashed.Where(e => e.Version is not null))
                    {
                        added.Add(entry.Recorded is { } recorded ? recorded
                            : contents.TryGetValue(entry.Version!.Value, out var content) ? SafeChecksum(content) : default);
                    }

                    var expected = row.Checksum switch
                    {
                        null => "(none)",
                        { Length: Checksum.Length } bytes => new Checksum(bytes).ToString(),
                        var bytes => $"(not a checksum: {bytes.Length} bytes {Convert.ToHexStringLower(bytes)})",
                    };
                    string actualCommit;
                    try
                    {
                        actualCommit = CommitWriter.ChecksumOf(
                            parents[row.Id].OrderBy(p => p.Ordinal).Select(p => checksums.GetValueOrDefault(p.ParentId)),
                            added,
                            hashed.Where(e => e.Version is null).Select(e => e.Eternal),
                            row.Author,
                            row.Message,
                            Timestamps.FromUnixMicroseconds(row.TimestampMicros)).ToString();
                    }
                    catch (Exception ex) when (ex is ArgumentException or VersionerException)
                    {
                        actualCommit = $"(cannot be hashed: {ex.Message})";
                    }

                    if (actualCommit != expected)
                    {
                        issues.Add(new VerifyIssue(VerifyIssueKind.CommitChecksumMismatch, row.Id, null, null, expected, actualCommit));
                    }
                }

                var firstParent = parents[row.Id].Where(p => p.Ordinal == 0).Select(p => (CommitId?)p.ParentId).FirstOrDefault();
                if (PlaceProblem(row, firstParent is { } id ? places.GetValueOrDefault(id) : null, firstParent is not null, segments.GetValueOrDefault(row.Segment)) is { } problem)
                {
                    issues.Add(problem);
                }

                if (OrderProblem(row, parents[row.Id], order) is { } disorder)
                {
                    issues.Add(disorder);
                }

                // Each listed change filed at another place than its commit: snapshots there would see it, its own would not.
                foreach (var entry in hashed.Where(e => e.Segment != row.Segment || e.Depth != row.Depth))
                {
                    issues.Add(Misplaced(row.Id, row.Segment, row.Depth, entry.EntityType, entry.Eternal, entry.Version, entry.Segment, entry.Depth));
                }

                commits++;
            }

            issues.AddRange(await MissingChangesAsync(store, unrowed, movedToWorking, cancellationToken).ConfigureAwait(false));
            progress?.Report(new VerifyProgress(commits, versions.Versions, issues.Count) { Pruned = versions.Pruned });
        }

        // A row its commit's manifest does not list is named as that: whether its content still matches the checksum it
        // carries (none, for a row written behind Versioner's back) says nothing more.
        issues.RemoveAll(i => i.Kind == VerifyIssueKind.VersionChecksumMismatch && i.CommitId is { } c && i.VersionId is { } v && unlisted.Contains((c, v)));

        long pointers = 0;
        if (reachableFrom is null)
        {
            // Whole-database checks: rows no commit lists, and every pointer record.
            issues.AddRange(await DanglingVersionRowsAsync(store, cancellationToken).ConfigureAwait(false));
            issues.AddRange(await DanglingChangeRowsAsync(store, cancellationToken).ConfigureAwait(false));
            var strays = await StrayChangeRowsAsync(store, cancellationToken).ConfigureAwait(false);
            // A flipped adoption row is what the manifest's missing change is: named once, as the flag.
            var flipped = strays.Where(i => i.Kind == VerifyIssueKind.AdoptionMismatch).Select(i => (i.CommitId, i.VersionId)).ToHashSet();
            issues.RemoveAll(i => i.Kind == VerifyIssueKind.MissingRow && flipped.Contains((i.CommitId, i.VersionId)));
            issues.AddRange(strays);
            issues.AddRange(await UnfinalizedCommitsAsync(store, cancellationToken).ConfigureAwait(false));
            // A version row moved to a working commit is named as that, not again as a working change filed elsewhere.
            issues.AddRange((await MisplacedWorkingChangesAsync(store, cancellationToken).ConfigureAwait(false)).Where(i => !movedToWorking.Contains((i.CommitId, i.VersionId))));
            issues.AddRange(await IntervalMismatchesAsync(store, cancellationToken).ConfigureAwait(false));
            issues.AddRange(await EntityMismatchesAsync(store, cancellationToken).ConfigureAwait(false));
            issues.AddRange(await DanglingRefsAsync(store, cancellationToken).ConfigureAwait(false));
            pointers = await VerifyPointersAsync(store, issues, cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new VerifyProgress(commits, versions.Versions, issues.Count) { Pruned = versions.Pruned });
        return new VerifyReport(commits, versions.Versions, pointers, issues, versions.Pruned);
    }

    /// <summary>
    /// Whether a commit's place in the as-of index follows from its first parent's: one deeper, in the same segment or
    /// in one forked from the parent's segment at the parent's depth (a root: depth 0 in a segment forked from nothing).
    /// That, with the unique (segment, depth) index, makes every commit's as-of path its first-parent history.
    /// </summary>
    private static VerifyIssue? PlaceProblem(CommitRow row, (long Segment, long Depth)? parent, bool hasParent, SegmentRow? segment)
    {
        var fork = segment is null ? "a segment that does not exist" : $"segment {row.Segment} (forked from {segment.ParentSegment?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"} at depth {segment.ForkDepth})";
        var actual = $"depth {row.Depth} in {fork}";
        if (!hasParent)
        {
            return row.Depth == 0 && segment is { ParentSegment: null }
                ? null
                : new VerifyIssue(VerifyIssueKind.AsOfIndexMismatch, row.Id, null, null, "a root: depth 0 in a segment forked from nothing", actual);
        }

        if (parent is not { } p)
        {
            return null; // the parent is missing altogether: the commit's checksum shows it
        }

        var placed = row.Depth == p.Depth + 1
            && (row.Segment == p.Segment || (segment is not null && segment.ParentSegment == p.Segment && segment.ForkDepth == p.Depth));
        return placed
            ? null
            : new VerifyIssue(VerifyIssueKind.AsOfIndexMismatch, row.Id, null, null, $"depth {p.Depth + 1}, in segment {p.Segment} or one forked from it at depth {p.Depth}", actual);
    }

    /// <summary>A stored commit checksum, or the empty one when there is none or it is not 32 bytes (which no commit can be hashed with).</summary>
    private static Checksum Stored(byte[]? checksum) => checksum is { Length: Checksum.Length } ? new Checksum(checksum) : default;

    /// <summary>
    /// Whether a commit's place in the commit graph's order follows from its parents': finalized after each of them
    /// (<c>seq</c>, which the in-memory graph loads in) and of a higher generation (by which its walks are cut short).
    /// Neither is hashed; a wrong one makes reads fail (a parent not yet loaded) or answer ancestry questions wrongly.
    /// </summary>
    private static VerifyIssue? OrderProblem(CommitRow row, IEnumerable<CommitParentRow> parents, Dictionary<CommitId, (long? Seq, long Generation)> order)
    {
        if (row.Seq is not { } seq)
        {
            return new VerifyIssue(VerifyIssueKind.GraphIndexMismatch, row.Id, null, null, "a place in finalization order (seq)", "seq null");
        }

        foreach (var parent in parents)
        {
            if (!order.TryGetValue(parent.ParentId, out var before))
            {
                continue; // the parent is missing altogether: the commit's checksum shows it
            }

            // A parent without a seq is reported itself (or, working, as unfinalized), not again through each child.
            if (before.Seq is { } parentSeq && parentSeq >= seq)
            {
                return new VerifyIssue(VerifyIssueKind.GraphIndexMismatch, row.Id, null, null, $"finalized after parent {parent.ParentId} (seq above {parentSeq})", $"seq {seq}");
            }

            if (before.Generation >= row.Generation)
            {
                return new VerifyIssue(VerifyIssueKind.GraphIndexMismatch, row.Id, null, null, $"a generation above parent {parent.ParentId}'s ({before.Generation})", $"generation {row.Generation}");
            }
        }

        return null;
    }

    /// <summary>The smallest arrival order (<c>seq</c>) among <paramref name="commits"/>, or the largest long when there are none.</summary>
    private static async Task<long> FirstSeqAsync(GraphStore store, HashSet<CommitId> commits, CancellationToken cancellationToken)
    {
        var first = long.MaxValue;
        foreach (var chunk in commits.Chunk(500))
        {
            first = Math.Min(first, await store.Commits.Where(c => chunk.Contains(c.Id)).MinAsync(c => c.Seq, cancellationToken).ConfigureAwait(false) ?? long.MaxValue);
        }

        return first;
    }

    /// <summary>Finalized commits in batches: all of them in finalization order, or those reachable from a revision.</summary>
    private static async IAsyncEnumerable<List<CommitRow>> BatchesAsync(GraphStore store, HashSet<CommitId>? reachable, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (reachable is not null)
        {
            foreach (var chunk in reachable.Chunk(Batch))
            {
                yield return await store.Commits.Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            yield break;
        }

        long? after = null;
        while (true)
        {
            var last = after;
            var rows = await store.Commits.Where(c => (c.State == CommitState.Finalized || c.Checksum != null) && c.Seq != null && (last == null || c.Seq > last))
                .OrderBy(c => c.Seq).Take(Batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                break;
            }

            after = rows[^1].Seq;
            yield return rows;
        }

        // Finalized commits without a seq (finalize always writes one: erased outside Versioner), read apart: there is no
        // order to page them by, and SQLite sorts NULL first, PostgreSQL last.
        var unordered = await store.Commits.Where(c => (c.State == CommitState.Finalized || c.Checksum != null) && c.Seq == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in unordered.Chunk(Batch))
        {
            yield return [.. chunk];
        }
    }

    /// <summary>
    /// What the commit hash needs from each commit's change rows, read raw and lean (ids parsed from SQLite's bytes,
    /// checksums copied into values): the recorded version checksums, the removed eternal ids, and the versions whose
    /// change row records no checksum.
    /// </summary>
    private static async Task<Dictionary<CommitId, ChangeSummary>> ChangeSummariesAsync(GraphStore store, IReadOnlyDictionary<CommitId, (long Segment, long Depth)> places, CancellationToken cancellationToken)
    {
        var result = new Dictionary<CommitId, ChangeSummary>();
        var commits = places.Keys.ToArray();
        await store.Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var chunk in commits.Chunk(500))
            {
                var names = string.Join(", ", chunk.Select((_, i) => $"@p{i}"));
                using var statement = store.Prepare(
                    $"SELECT commit_id, eternal_id, version_id, version_checksum, entity_type, segment, depth FROM {ChangeReads.ChangeSetRows(store, "")} WHERE commit_id IN ({names})",
                    chunk.Select(_ => (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?)store.Map.CommitId).ToArray());
                await using var reader = await statement.ReaderAsync(cancellationToken, chunk.Cast<object?>().ToArray()).ConfigureAwait(false);
                var handle = store.Dialect.Native(reader);
                ChangeSummary? current = null;
                var currentId = default(CommitId);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var commit = new CommitId(GuidColumn.Read(reader, handle, 0));
                    if (current is null || commit != currentId)
                    {
                        currentId = commit;
                        if (!result.TryGetValue(commit, out current))
                        {
                            result[commit] = current = new ChangeSummary();
                        }
                    }

                    current.Rows++;
                    var eternal = new EternalId(GuidColumn.Read(reader, handle, 1));
                    VersionId? version = reader.IsDBNull(2) ? null : new VersionId(GuidColumn.Read(reader, handle, 2));
                    Checksum? recorded = null;
                    if (version is not null && !reader.IsDBNull(3))
                    {
                        // One of the wrong length (tampered) becomes the empty checksum, which no commit can be hashed with.
                        ReadOnlySpan<byte> bytes = handle is not null ? handle.GetBlob(3) : reader.GetValue(3) as byte[];
                        recorded = bytes.Length == Checksum.Length ? new Checksum(bytes) : default(Checksum);
                    }

                    current.Entries.Add(new ChangeEntry(reader.GetString(4), eternal, version, recorded, reader.GetInt64(5), reader.GetInt64(6)));
                }
            }
        }
        finally
        {
            await store.Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return result;
    }

    private sealed class ChangeSummary
    {
        /// <summary>Change rows read for the commit.</summary>
        public int Rows { get; set; }

        public List<ChangeEntry> Entries { get; } = [];
    }

    /// <summary>One change row as the commit pass needs it: <see cref="Recorded"/> null when the row records no checksum.</summary>
    private readonly record struct ChangeEntry(string EntityType, EternalId Eternal, VersionId? Version, Checksum? Recorded, long Segment, long Depth)
    {
        /// <summary>The row's <see cref="CommitManifest.Key"/>.</summary>
        public Guid Key => CommitManifest.Key(Eternal, Version);
    }

    /// <summary>A change row filed at another place than its commit's: a snapshot there would see it, its commit's would not.</summary>
    private static VerifyIssue Misplaced(CommitId commit, long segment, long depth, string entityType, EternalId eternal, VersionId? version, long actualSegment, long actualDepth) =>
        new(VerifyIssueKind.AsOfIndexMismatch, commit, version, entityType,
            FormattableString.Invariant($"{(version is null ? $"the removal of {eternal}" : $"version {version}")} filed at its commit's place: segment {segment}, depth {depth}"),
            FormattableString.Invariant($"segment {actualSegment}, depth {actualDepth}"));

    /// <summary>
    /// Holds a commit's change rows to its manifest (<see cref="CommitManifest"/>). A change row the manifest does not
    /// list is reported (<see cref="VerifyIssueKind.UnlistedVersion"/>, its version added to <paramref name="unlisted"/>);
    /// a change the manifest lists and no row holds is returned, for <see cref="MissingChangesAsync"/> to name. A commit
    /// with no manifest, or one that is not a list of ids (<paramref name="listed"/> null), is reported as a missing row
    /// of <c>versioner_manifests</c>.
    /// </summary>
    private static IEnumerable<(CommitId Commit, Guid Key)> ManifestProblems(CommitId commit, byte[]? manifest, IReadOnlyList<Guid>? listed, ChangeSummary change, List<VerifyIssue> issues, HashSet<(CommitId, VersionId)> unlisted)
    {
        if (listed is null)
        {
            issues.Add(new VerifyIssue(VerifyIssueKind.MissingRow, commit, null, null,
                $"the commit's manifest (a {SystemTables.Manifests} row listing its {change.Entries.Select(e => e.Key).Distinct().Count()} change(s))",
                manifest is null ? "no row" : $"{manifest.Length} bytes, not a list of 16-byte ids"));
            return [];
        }

        var keys = listed.ToHashSet();
        foreach (var entry in change.Entries.Where(e => !keys.Contains(e.Key)))
        {
            if (entry.Version is { } version)
            {
                unlisted.Add((commit, version));
                issues.Add(new VerifyIssue(VerifyIssueKind.UnlistedVersion, commit, version, entry.EntityType, "only the changes its manifest lists", $"version {version}, which the manifest does not list"));
            }
            else
            {
                issues.Add(new VerifyIssue(VerifyIssueKind.UnlistedVersion, commit, null, entry.EntityType, "only the changes its manifest lists", $"a removal of {entry.Eternal}, which the manifest does not list"));
            }
        }

        var present = change.Entries.Select(e => e.Key).ToHashSet();
        return listed.Where(k => !present.Contains(k)).Select(k => (commit, k));
    }

    /// <summary>
    /// Names each change a commit's manifest lists and no row holds: a removal (the key is an eternal id, whose type
    /// <c>versioner_entities</c> records) or a version (its row deleted, with its change row where one was kept).
    /// </summary>
    private static async Task<IEnumerable<VerifyIssue>> MissingChangesAsync(GraphStore store, List<(CommitId Commit, Guid Key)> missing, HashSet<(CommitId?, VersionId?)> movedToWorking, CancellationToken cancellationToken)
    {
        if (missing.Count == 0)
        {
            return [];
        }

        // A version row that names a working commit as its own (moved there, out of the guards' reach) is the listed
        // change's row, filed under the wrong commit: named as that.
        var owners = new Dictionary<Guid, (CommitId Owner, string EntityType)>();
        foreach (var chunk in missing.Select(m => (VersionId?)new VersionId(m.Key)).Distinct().Chunk(500))
        {
            var rows = await store.Changes.All.Where(ch => !ch.Adopted && chunk.Contains(ch.VersionId))
                .Join(store.Commits.Where(k => k.State != CommitState.Finalized && k.Checksum == null), ch => ch.CommitId, k => k.Id, (ch, k) => new { ch.VersionId, ch.CommitId, ch.EntityType })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                owners[row.VersionId!.Value.Value] = (row.CommitId, row.EntityType);
            }
        }

        var types = new Dictionary<Guid, string>();
        foreach (var chunk in missing.Select(m => new EternalId(m.Key)).Distinct().Chunk(500))
        {
            foreach (var entity in await store.Db.Set<EntityRow>().AsNoTracking().Where(e => chunk.Contains(e.EternalId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                types[entity.EternalId.Value] = entity.EntityType;
            }
        }

        return missing.Select(m => owners.TryGetValue(m.Key, out var owner) && movedToWorking.Add((owner.Owner, new VersionId(m.Key)))
            ? new VerifyIssue(VerifyIssueKind.VersionOwnerMismatch, m.Commit, new VersionId(m.Key), owner.EntityType, "a version row of a finalized commit", $"version row of working commit {owner.Owner}")
            : types.TryGetValue(m.Key, out var type)
            ? new VerifyIssue(VerifyIssueKind.MissingRow, m.Commit, null, type, $"the removal of {type} {m.Key}, which the commit's manifest lists", "no change row")
            : new VerifyIssue(VerifyIssueKind.MissingRow, m.Commit, new VersionId(m.Key), null, $"version {m.Key}, which the commit's manifest lists", "no row"));
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
    /// Version and document rows whose commit does not exist (possible only where foreign keys were not enforced): no
    /// read reaches them. One probe of the commits' primary key per row, a query per table; a healthy database returns
    /// nothing. (A row naming a commit whose manifest does not list it is the commit pass's <see cref="VerifyIssueKind.UnlistedVersion"/>.)
    /// </summary>
    private static async Task<List<VerifyIssue>> DanglingVersionRowsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var issues = new List<VerifyIssue>();
        foreach (var table in VersionTable.All(store))
        {
            var type = table.Type is null ? "t.entity_type" : Dialect.Literal(table.EntityType);
            issues.AddRange(await store.QueryAsync(
                $"SELECT t.{table.VersionColumn}, t.{table.CommitColumn}, {type} FROM {table.Name} t "
                    + $"WHERE NOT EXISTS (SELECT 1 FROM {SystemTables.Commits} k WHERE k.id = t.{table.CommitColumn})",
                [],
                [],
                reader => Dangling(new CommitId(GuidColumn.Read(reader, 1)), new VersionId(GuidColumn.Read(reader, 0)), reader.GetString(2), table.Type is null ? "document row" : "version row"),
                cancellationToken).ConfigureAwait(false));
        }

        return issues;
    }

    private static VerifyIssue Dangling(CommitId commit, VersionId? version, string entityType, string row) =>
        new(VerifyIssueKind.DanglingRow, commit, version, entityType, "a commit with this id", $"no such commit ({row} present)");

    /// <summary>
    /// Rows of the change table (adoptions, removals, pruned versions' rows, and tampering) whose commit does not exist:
    /// the table searched itself, a primary-key probe of the commits each. Version and document rows are
    /// <see cref="DanglingVersionRowsAsync"/>'s to name.
    /// </summary>
    private static async Task<List<VerifyIssue>> DanglingChangeRowsAsync(GraphStore store, CancellationToken cancellationToken) =>
        await store.QueryAsync(
            $"SELECT c.commit_id, c.version_id, c.entity_type FROM {SystemTables.Changes} c WHERE NOT EXISTS (SELECT 1 FROM {SystemTables.Commits} k WHERE k.id = c.commit_id)",
            [],
            [],
            reader => Dangling(new CommitId(GuidColumn.Read(reader, 0)), reader.IsDBNull(1) ? null : new VersionId(GuidColumn.Read(reader, 1)), reader.GetString(2), "change row"),
            cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Rows of the change table that nothing reads: it holds only adoptions, removals and the rows of pruned
    /// versions (<see cref="ChangeSource.VersionRowsSql"/>), so a row that is none of these (not adopted, naming a version
    /// that was not pruned) was written behind Versioner's back or left over, and reads skip it. Where the version's own
    /// row names another commit it is an adoption whose flag was flipped (<see cref="VerifyIssueKind.AdoptionMismatch"/>);
    /// otherwise a change row nothing lists (<see cref="VerifyIssueKind.UnlistedVersion"/>). One whose commit does not
    /// exist is <see cref="DanglingChangeRowsAsync"/>'s. One pass over the change table, a probe of the version rows per stray row.
    /// </summary>
    private static async Task<List<VerifyIssue>> StrayChangeRowsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        // With the commit of the version's own row: another commit's means an adoption whose flag was flipped. A probe of
        // the union per stray row (a healthy database has none), not a join the planner might build over every version.
        var no = store.Dialect.Boolean(false);
        var owner = store.Dialect.SelectFirst(1, "o.commit_id", $"FROM {ChangeSource.Rows(store, "o")} WHERE o.version_id = c.version_id AND o.adopted = {no}");
        return await store.QueryAsync(
            $"SELECT c.commit_id, c.version_id, c.entity_type, ({owner}) FROM {SystemTables.Changes} c "
                + $"WHERE c.adopted = {no} AND c.version_id IS NOT NULL "
                + $"AND c.version_id NOT IN (SELECT p.version_id FROM {SystemTables.Pruned} p) "
                + $"AND EXISTS (SELECT 1 FROM {SystemTables.Commits} k WHERE k.id = c.commit_id)",
            [],
            [],
            reader =>
            {
                var commit = new CommitId(GuidColumn.Read(reader, 0));
                var version = new VersionId(GuidColumn.Read(reader, 1));
                return !reader.IsDBNull(3) && new CommitId(GuidColumn.Read(reader, 3)) is var owner && owner != commit
                    ? new VerifyIssue(VerifyIssueKind.AdoptionMismatch, commit, version, reader.GetString(2), $"adopted from commit {owner} (adopted true)", "adopted false")
                    : new VerifyIssue(
                        VerifyIssueKind.UnlistedVersion,
                        commit,
                        version,
                        reader.GetString(2),
                        $"no change row of its own in {SystemTables.Changes} (a version's row is its only record)",
                        "a change row neither adopted nor of a pruned version, which reads skip");
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Commits whose state says working but which finalized history holds: a parent of another commit, a ref's target,
    /// or one carrying a checksum, a finalization number, or no branch (working commits have a branch and nothing else).
    /// One pass over the commits, probing two indexes for the few working ones.
    /// </summary>
    private static async Task<List<VerifyIssue>> UnfinalizedCommitsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var rows = await store.QueryAsync(
            $"SELECT k.id FROM {SystemTables.Commits} k WHERE k.state <> {(int)CommitState.Finalized} AND (k.checksum IS NOT NULL OR k.seq IS NOT NULL OR k.branch IS NULL "
                + $"OR EXISTS (SELECT 1 FROM {SystemTables.CommitParents} p WHERE p.parent_id = k.id) "
                + $"OR EXISTS (SELECT 1 FROM {SystemTables.Refs} r WHERE r.commit_id = k.id))",
            [],
            [],
            reader => new CommitId(GuidColumn.Read(reader, 0)),
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(id => new VerifyIssue(VerifyIssueKind.UnfinalizedCommit, id, null, null, "finalized (part of finalized history)", "working"))];
    }

    /// <summary>
    /// Change rows of working commits filed at another place than their commit (say, at a finalized commit's place,
    /// where that commit's snapshots would see them). Working commits are few: the query starts from them.
    /// </summary>
    private static async Task<List<VerifyIssue>> MisplacedWorkingChangesAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var rows = await store.QueryAsync(
            $"SELECT k.id, k.segment, k.depth, c.entity_type, c.eternal_id, c.version_id, c.segment, c.depth FROM {SystemTables.Commits} k JOIN {ChangeSource.Rows(store, "c")} ON c.commit_id = k.id "
                + $"WHERE NOT {VersionCheck.Finalized} AND (c.segment <> k.segment OR c.depth <> k.depth)",
            [],
            [],
            reader => Misplaced(
                new CommitId(GuidColumn.Read(reader, 0)),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetString(3),
                new EternalId(GuidColumn.Read(reader, 4)),
                reader.IsDBNull(5) ? null : new VersionId(GuidColumn.Read(reader, 5)),
                reader.GetInt64(6),
                reader.GetInt64(7)),
            cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// Finalized change rows whose validity on their segment (<see cref="ChangeRow.UntilDepth"/>) is not the depth of
    /// the entity's next finalized change there: snapshots on that segment would show a superseded version, or hide the
    /// current one. Set by finalize, not hashed, so only this check finds it changed. One pass over the change rows
    /// (through the union, the version rows with them), sorted by entity, segment and depth.
    /// </summary>
    private static async Task<List<VerifyIssue>> IntervalMismatchesAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var rows = await store.QueryAsync(
            IntervalMismatchesSql(store),
            [],
            [],
            reader => new VerifyIssue(
                VerifyIssueKind.AsOfIndexMismatch,
                new CommitId(GuidColumn.Read(reader, 0)),
                reader.IsDBNull(1) ? null : new VersionId(GuidColumn.Read(reader, 1)),
                reader.GetString(2),
                reader.IsDBNull(4) ? "current to the end of its segment (until_depth null)" : $"superseded at depth {reader.GetInt64(4)} (until_depth)",
                reader.IsDBNull(3) ? "until_depth null" : $"until_depth {reader.GetInt64(3)}"),
            cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// Eternal ids whose row in <c>versioner_entities</c> (which records each id's entity type, for references and for
    /// refusing a version of another type under the id) is missing or names another type than the id's change rows.
    /// Not hashed, so only this check finds it changed: one pass over the change rows, a primary-key probe each,
    /// grouped so an id is reported once however many versions it has.
    /// </summary>
    private static async Task<List<VerifyIssue>> EntityMismatchesAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var rows = await store.QueryAsync(
            $"SELECT c.eternal_id, c.entity_type, e.entity_type, CAST(COUNT(*) AS BIGINT) FROM {ChangeSource.Rows(store, "c")} "
                + $"LEFT JOIN {SystemTables.Entities} e ON e.eternal_id = c.eternal_id "
                + "WHERE e.eternal_id IS NULL OR e.entity_type <> c.entity_type GROUP BY c.eternal_id, c.entity_type, e.entity_type",
            [],
            [],
            reader => new VerifyIssue(
                VerifyIssueKind.EntityRowMismatch,
                null,
                null,
                reader.GetString(1),
                $"eternal id {new EternalId(GuidColumn.Read(reader, 0))} recorded as {reader.GetString(1)}",
                reader.IsDBNull(2) ? "no entity row" : $"entity row says {reader.GetString(2)} ({reader.GetInt64(3)} change row(s) say {reader.GetString(1)})"),
            cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// Branches and tags naming a commit that does not exist (possible only where foreign keys were not enforced): reads
    /// of the ref would say it is not there. Refs are few: one query.
    /// </summary>
    private static async Task<List<VerifyIssue>> DanglingRefsAsync(GraphStore store, CancellationToken cancellationToken) =>
        await store.QueryAsync(
            $"SELECT r.name, r.commit_id FROM {SystemTables.Refs} r WHERE NOT EXISTS (SELECT 1 FROM {SystemTables.Commits} k WHERE k.id = r.commit_id)",
            [],
            [],
            reader => new VerifyIssue(VerifyIssueKind.DanglingRow, new CommitId(GuidColumn.Read(reader, 1)), null, null, "a commit with this id", $"no such commit (ref '{reader.GetString(0)}' present)"),
            cancellationToken).ConfigureAwait(false);

    /// <summary>The query of <see cref="IntervalMismatchesAsync"/>: commit, version, type, the recorded and the expected <c>until_depth</c>.</summary>
    internal static string IntervalMismatchesSql(GraphStore store) =>
        // Each row's expected end is the next depth at which its entity changes on the segment in a finalized commit: one
        // sort of the places the finalized changes hold (LEAD over each entity's distinct depths on a segment), not a probe
        // per row, which through the union of the version rows would seek every arm for every row.
        $"WITH f AS (SELECT c.commit_id, c.eternal_id, c.version_id, c.entity_type, c.segment, c.depth, c.until_depth FROM {ChangeSource.Rows(store, "c")} "
        + $"JOIN {SystemTables.Commits} k ON k.id = c.commit_id WHERE k.state = {(int)CommitState.Finalized}), "
        + "n AS (SELECT p.eternal_id, p.segment, p.depth, LEAD(p.depth) OVER (PARTITION BY p.eternal_id, p.segment ORDER BY p.depth) AS expected "
        + "FROM (SELECT DISTINCT eternal_id, segment, depth FROM f) p) "
        + "SELECT f.commit_id, f.version_id, f.entity_type, f.until_depth, n.expected FROM f "
        + "JOIN n ON n.eternal_id = f.eternal_id AND n.segment = f.segment AND n.depth = f.depth "
        + "WHERE COALESCE(f.until_depth, -1) <> COALESCE(n.expected, -1)";

    /// <summary>
    /// Every pointer record, re-hashed, in batches by key; with each batch, the member rows of the same key range (so
    /// member rows of a set that has no record are found too), compared with the members its record holds.
    /// </summary>
    private static async Task<long> VerifyPointersAsync(GraphStore store, List<VerifyIssue> issues, CancellationToken cancellationToken)
    {
        long count = 0;
        byte[]? after = null;
        while (true)
        {
            var sql = after is null
                ? store.Dialect.SelectFirst(Batch, "checksum, kind, content", $"FROM {SystemTables.Pointers} ORDER BY checksum")
                : store.Dialect.SelectFirst(Batch, "checksum, kind, content", $"FROM {SystemTables.Pointers} WHERE checksum > @p0 ORDER BY checksum");
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

            var members = await MembersAsync(store, after, rows.Count == 0 ? null : rows[^1].Key, cancellationToken).ConfigureAwait(false);
            foreach (var (key, kind, content) in rows)
            {
                count++;
                var actual = PointerValue.ComputeChecksum((PointerKind)kind, content);
                var expected = new Checksum(key);
                if (actual != expected)
                {
                    issues.Add(new VerifyIssue(VerifyIssueKind.PointerChecksumMismatch, null, null, $"pointer {expected.ToString(12)}", expected.ToString(), actual.ToString()));
                    members.Remove(expected);
                    continue;
                }

                var held = (PointerKind)kind == PointerKind.Set ? EternalIdSet.FromContent(content).ToArray() : [];
                var rowsOf = members.Remove(expected, out var stored) ? stored : [];
                if (!held.Order().SequenceEqual(rowsOf.Order()))
                {
                    issues.Add(MembersMismatch(expected, $"{held.Length} member row(s) matching its record", $"{rowsOf.Count} member row(s), {rowsOf.Except(held).Count()} not in its record, {held.Except(rowsOf).Count()} missing"));
                }
            }

            foreach (var (orphan, stored) in members)
            {
                issues.Add(MembersMismatch(orphan, "no member rows (no pointer record has this key)", $"{stored.Count} member row(s)"));
            }

            if (rows.Count == 0)
            {
                return count;
            }

            after = rows[^1].Key;
        }
    }

    private static VerifyIssue MembersMismatch(Checksum set, string expected, string actual) =>
        new(VerifyIssueKind.PointerMembersMismatch, null, null, $"pointer {set.ToString(12)}", expected, actual);

    /// <summary>The member rows whose set key is after <paramref name="after"/> and up to <paramref name="through"/> (null: no bound).</summary>
    private static async Task<Dictionary<Checksum, List<EternalId>>> MembersAsync(GraphStore store, byte[]? after, byte[]? through, CancellationToken cancellationToken)
    {
        var conditions = new List<string>();
        var mappings = new List<Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?>();
        var values = new List<object?>();
        foreach (var (op, bound) in new[] { (">", after), ("<=", through) })
        {
            if (bound is not null)
            {
                conditions.Add($"set_checksum {op} @p{values.Count}");
                mappings.Add(store.Map.Bytes);
                values.Add(bound);
            }
        }

        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var rows = await store.QueryAsync(
            $"SELECT set_checksum, member FROM {SystemTables.PointerMembers}{where}",
            [.. mappings],
            [.. values],
            reader => (Set: (byte[])reader.GetValue(0), Member: new EternalId(GuidColumn.Read(reader, 1))),
            cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<Checksum, List<EternalId>>();
        foreach (var (set, member) in rows)
        {
            // A key of the wrong length (tampered) cannot name a record: it is reported under the empty checksum.
            var key = set.Length == Checksum.Length ? new Checksum(set) : default;
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(member);
        }

        return result;
    }
}
