using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner;

// Reading history: log, entity history, diff, ancestry, blame.
public sealed partial class Repository
{
    /// <summary>
    /// The commits of a revision's history, newest first, one page at a time, filtered as <paramref name="options"/>
    /// say (<see cref="LogOptions.Exclude"/> leaves out another revision's history, as a range does).
    /// </summary>
    /// <returns>At most <see cref="LogOptions.Take"/> commits (100 unless set); <see cref="CommitLog.HasMore"/> says whether more follow.</returns>
    /// <exception cref="RevisionNotFoundException">The revision, or the excluded one, names nothing.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (a revision, a range or text) decides; no call is ambiguous.")]
    public Task<CommitLog> LogAsync(Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => LogCoreAsync(revision, options?.Exclude, options ?? new LogOptions(), cancellationToken));

    /// <summary>
    /// The commits <see cref="RevisionRange.To"/> has and <see cref="RevisionRange.From"/> lacks (<c>git log a..b</c>),
    /// newest first, one page at a time, filtered as <paramref name="options"/> say. A side left empty is
    /// <see cref="RepositoryOptions.DefaultBranch"/> (<c>..topic</c>, <c>topic..</c>), as git reads it as HEAD.
    /// </summary>
    /// <returns>At most <see cref="LogOptions.Take"/> commits (100 unless set); <see cref="CommitLog.HasMore"/> says whether more follow.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> set <see cref="LogOptions.Exclude"/> too: a range has one side to leave out.</exception>
    /// <exception cref="RevisionNotFoundException">A side of the range names nothing.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (a revision, a range or text) decides; no call is ambiguous.")]
    public Task<CommitLog> LogAsync(RevisionRange range, LogOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (options?.Exclude is { } exclude)
        {
            throw new ArgumentException($"The range {range} leaves out {range.From?.ToString() ?? Options.DefaultBranch}'s history, and options.Exclude {exclude}'s: give one (a range, or a revision and Exclude).", nameof(options));
        }

        return ProviderErrors.RunAsync(() => LogCoreAsync(range.To ?? Options.DefaultBranch, range.From ?? Options.DefaultBranch, options ?? new LogOptions(), cancellationToken));
    }

    /// <summary>
    /// The log of revision text as a user writes it: one revision (<c>main</c>, <c>main~2</c>, <c>v1^2</c>), read as
    /// <see cref="LogAsync(Revision, LogOptions?, CancellationToken)"/> does, or a range (<c>a..b</c>, <c>..topic</c>,
    /// <c>topic..</c>), read as <see cref="LogAsync(RevisionRange, LogOptions?, CancellationToken)"/> does.
    /// </summary>
    /// <returns>At most <see cref="LogOptions.Take"/> commits (100 unless set); <see cref="CommitLog.HasMore"/> says whether more follow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is a range and <paramref name="options"/> set <see cref="LogOptions.Exclude"/> too.</exception>
    /// <exception cref="InvalidRevisionException">The text is no revision or range: a range of three dots (<c>a...b</c>) or two <c>..</c>, or malformed.</exception>
    /// <exception cref="RevisionNotFoundException">The revision, or a side of the range, names nothing.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (a revision, a range or text) decides; no call is ambiguous.")]
    public Task<CommitLog> LogAsync(string revision, LogOptions? options = null, CancellationToken cancellationToken = default) =>
        RevisionRange.TryParse(revision, out var range)
            ? LogAsync(range, options, cancellationToken)
            : LogAsync(Revision.Parse(revision), options, cancellationToken);

    private async Task<CommitLog> LogCoreAsync(Revision revision, Revision? exclude, LogOptions options, CancellationToken cancellationToken)
    {
        if (options.FirstParentOnly)
        {
            var (_, path) = await _store.ResolveWithPathAsync(revision, cancellationToken).ConfigureAwait(false);
            var ranges = path.Ranges;
            if (exclude is { } excludedRevision)
            {
                // What the excluded side reaches is left out, through any parents, as git's a..b leaves it out with
                // --first-parent: first the places both first-parent paths share, then, on what is left of the line, the
                // commits the excluded side reaches through merges (a topic merged into it), found by binary search.
                var (excludedRow, excludedPath) = await _store.ResolveWithPathAsync(excludedRevision, cancellationToken).ConfigureAwait(false);
                var other = excludedPath.Ranges.ToDictionary(r => r.Segment);
                ranges = path.Ranges
                    .Select(r => other.TryGetValue(r.Segment, out var o) ? r with { After = Math.Max(r.After, o.UpTo) } : r)
                    .Where(r => r.UpTo > r.After)
                    .ToArray();
                if (ranges.Count > 0
                    && (await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false)).NewestReached(ranges, excludedRow.Id) is { } reached)
                {
                    var (at, depth) = reached;
                    ranges = depth < ranges[at].UpTo ? [.. ranges.Take(at), ranges[at] with { After = depth }] : [.. ranges.Take(at)];
                }
            }

            var rows = IsFiltered(options)
                ? await FirstParentPageAsync(ranges, options, cancellationToken).ConfigureAwait(false)
                : await FirstParentWindowAsync(ranges, options, cancellationToken).ConfigureAwait(false);
            return await PageAsync(rows, options.Take, cancellationToken).ConfigureAwait(false);
        }

        var head = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var excluded = exclude is { } x ? await _store.ResolveAsync(x, cancellationToken).ConfigureAwait(false) : null;
        var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
        var filtered = IsFiltered(options) ? Filter(_store.Commits.Where(c => c.State == CommitState.Finalized), options) : null;
        var page = new List<CommitRow>();
        var skip = options.Skip;
        using var walk = graph.Walk(head.Id, excluded?.Id).GetEnumerator();
        if (filtered is null)
        {
            // Unfiltered, every commit the walk yields is an entry (the graph holds finalized commits only): the skipped
            // ones are passed over in memory, and only the page's rows (and the one after it) are read.
            for (; skip > 0 && walk.MoveNext(); skip--)
            {
            }
        }

        while (page.Count <= options.Take)
        {
            // Filtered, a batch is read through the filter; unfiltered, a batch is what the page still needs.
            var batch = new List<CommitId>();
            var size = filtered is null ? options.Take + 1 - page.Count : 256;
            while (batch.Count < size && walk.MoveNext())
            {
                batch.Add(walk.Current);
            }

            if (batch.Count == 0)
            {
                break;
            }

            var rows = filtered is null
                ? await _store.CommitRowsAsync(batch, cancellationToken).ConfigureAwait(false)
                : (await filtered.Where(c => batch.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
            foreach (var id in batch)
            {
                if (!rows.TryGetValue(id, out var match))
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                page.Add(match);
                if (page.Count > options.Take)
                {
                    break;
                }
            }
        }

        // Parents from the graph: the page's commits are finalized ones it holds (no second query for parent links).
        var hasMore = page.Count > options.Take;
        return new CommitLog(graph.ToCommits(hasMore ? page[..options.Take] : page), hasMore);
    }

    private static bool IsFiltered(LogOptions options) =>
        options.Author is not null || options.Since is not null || options.Until is not null || options.EntityType is not null || options.EternalId is not null;

    /// <summary>
    /// An unfiltered first-parent page (and the row after it): on a first-parent path every depth is one commit, so the
    /// page is the depths <c>Skip</c> to <c>Skip + Take</c> below the head, found by arithmetic over the ranges (newest
    /// first) and read as depth windows of the few ranges that hold them: bounded by the page, not by the path's length
    /// or the page's depth (no <c>OFFSET</c>).
    /// </summary>
    private async Task<List<CommitRow>> FirstParentWindowAsync(IReadOnlyList<PathRange> ranges, LogOptions options, CancellationToken cancellationToken)
    {
        var skip = options.Skip;
        var need = (long)options.Take + 1;
        var windows = new List<PathRange>();
        foreach (var range in ranges)
        {
            var count = range.UpTo - range.After;
            if (skip >= count)
            {
                skip -= count;
                continue;
            }

            var upTo = range.UpTo - skip;
            skip = 0;
            var after = Math.Max(range.After, upTo - need);
            windows.Add(new PathRange(range.Segment, after, upTo));
            need -= upTo - after;
            if (need == 0)
            {
                break;
            }
        }

        if (windows.Count == 0)
        {
            return [];
        }

        return await AncestryPath.Within<CommitRow>(_store, SystemTables.Commits, windows, withLowerBound: true, "path")
            .Where(c => c.State == CommitState.Finalized).OrderByDescending(c => c.Depth)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A filtered first-parent page (and the row after it): the ranges are read newest first, a batch at a time (the
    /// batch doubling), each batch's matches newest first up to what the page still needs, until the page is full or
    /// the path ends. A page near the head of a long path reads a few ranges, not all of them.
    /// </summary>
    private async Task<List<CommitRow>> FirstParentPageAsync(IReadOnlyList<PathRange> ranges, LogOptions options, CancellationToken cancellationToken)
    {
        var page = new List<CommitRow>();
        var skip = options.Skip;
        var batch = 8;
        for (var start = 0; start < ranges.Count && page.Count <= options.Take; start += batch, batch *= 2)
        {
            var slice = ranges.Skip(start).Take(batch).ToArray();
            var want = skip + options.Take + 1 - page.Count;
            var inSlice = AncestryPath.Within<CommitRow>(_store, SystemTables.Commits, slice, withLowerBound: true, "path");
            var rows = await Filter(inSlice.Where(c => c.State == CommitState.Finalized), options).OrderByDescending(c => c.Depth)
                .Take((int)Math.Min(want, int.MaxValue))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count <= skip)
            {
                skip -= rows.Count;
                continue;
            }

            page.AddRange(rows.Skip((int)skip));
            skip = 0;
        }

        return page;
    }

    /// <summary>A log page from up to one row more than it shows: that row, when there, says more follow.</summary>
    private async Task<CommitLog> PageAsync(List<CommitRow> rows, int take, CancellationToken cancellationToken)
    {
        var hasMore = rows.Count > take;
        return new CommitLog(await _store.ToCommitsAsync(hasMore ? rows[..take] : rows, cancellationToken).ConfigureAwait(false), hasMore);
    }

    private IQueryable<CommitRow> Filter(IQueryable<CommitRow> commits, LogOptions options)
    {
        if (options.Author is { } author)
        {
            commits = commits.Where(c => c.Author == author);
        }

        if (options.Since is { } since)
        {
            var micros = Timestamps.ToUnixMicroseconds(since);
            commits = commits.Where(c => c.TimestampMicros >= micros);
        }

        if (options.Until is { } until)
        {
            var micros = Timestamps.ToUnixMicroseconds(until);
            commits = commits.Where(c => c.TimestampMicros < micros);
        }

        var changes = _store.Changes.ChangeSets;
        if (options.EntityType is { } entityType)
        {
            // A type this opening cannot read: its versions' rows are in a table it does not know, so the commits found
            // would be only those that removed or adopted one.
            _store.Model.ThrowIfUndescribed(entityType);
            commits = commits.Where(c => changes.Any(ch => ch.CommitId == c.Id && ch.EntityType == entityType));
        }

        if (options.EternalId is { } eternalId)
        {
            commits = commits.Where(c => changes.Any(ch => ch.CommitId == c.Id && ch.EternalId == eternalId));
        }

        return commits;
    }

    /// <summary>True when <paramref name="ancestor"/> is in <paramref name="descendant"/>'s history (or is it).</summary>
    public Task<bool> IsAncestorAsync(Revision ancestor, Revision descendant, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => IsAncestorCoreAsync(ancestor, descendant, cancellationToken));

    private async Task<bool> IsAncestorCoreAsync(Revision ancestor, Revision descendant, CancellationToken cancellationToken)
    {
        var a = await _store.ResolveAsync(ancestor, cancellationToken).ConfigureAwait(false);
        var b = await _store.ResolveAsync(descendant, cancellationToken).ConfigureAwait(false);
        return (await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false)).IsAncestor(a.Id, b.Id);
    }

    /// <summary>
    /// The best common ancestors of two commits (git's <c>merge-base --all</c>): usually one; several on criss-cross
    /// histories, where a merge combines them into a virtual base (git's recursive strategy); none for unrelated
    /// histories.
    /// </summary>
    public Task<IReadOnlyList<Commit>> MergeBasesAsync(Revision one, Revision two, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => MergeBasesCoreAsync(one, two, cancellationToken));

    private async Task<IReadOnlyList<Commit>> MergeBasesCoreAsync(Revision one, Revision two, CancellationToken cancellationToken)
    {
        var a = await _store.ResolveAsync(one, cancellationToken).ConfigureAwait(false);
        var b = await _store.ResolveAsync(two, cancellationToken).ConfigureAwait(false);
        var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
        var ids = graph.MergeBases(a.Id, b.Id);
        var rows = await _store.CommitRowsAsync(ids, cancellationToken).ConfigureAwait(false);
        return graph.ToCommits(ids.Select(id => rows[id]).ToArray());
    }

    /// <summary>
    /// For each field of an entity's current version at <paramref name="revision"/>, the commit that last set that
    /// value (git blame, per field). A value taken over by a merge is blamed on the commit that made it.
    /// </summary>
    /// <exception cref="EntityNotFoundException">The entity is not in that snapshot.</exception>
    /// <exception cref="VersionPrunedException">Retention pruned the entity's version at that revision. (Older pruned versions only end the search: a field is then blamed on the oldest stored version holding its value.)</exception>
    public Task<IReadOnlyList<FieldBlame>> BlameAsync(EternalId eternalId, Revision revision, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => BlameCoreAsync(eternalId, revision, cancellationToken));

    private async Task<IReadOnlyList<FieldBlame>> BlameCoreAsync(EternalId eternalId, Revision revision, CancellationToken cancellationToken)
    {
        var (_, path) = await _store.ResolveWithPathAsync(revision, cancellationToken).ConfigureAwait(false);
        var changes = await _store.Changes.OnPathAsync(path, eternalId, cancellationToken).ConfigureAwait(false);
        if (changes.Count == 0 || changes[0].VersionId is null)
        {
            throw new EntityNotFoundException(changes.FirstOrDefault()?.EntityType ?? "Entity", eternalId.Value, $"is not in the snapshot at {revision}");
        }

        // The run of versions since the entity last appeared; older history cannot explain current values. Versions
        // retention pruned end it too: a field is blamed on the oldest version still stored that holds its value.
        var run = changes.TakeWhile(c => c.VersionId is not null).ToList();
        var contents = await _store.LoadContentsAsync(run.Select(c => (c.EntityType, c.VersionId!.Value)), cancellationToken, allowPruned: true).ConfigureAwait(false);
        if (!contents.TryGetValue(run[0].VersionId!.Value, out var current))
        {
            await PrunedMarks.ThrowIfPrunedAsync(_store, [run[0].VersionId!.Value], cancellationToken).ConfigureAwait(false);
            throw GraphStore.MissingRow(run[0].VersionId!.Value);
        }

        run = run.TakeWhile(c => contents.ContainsKey(c.VersionId!.Value)).ToList();
        var origins = await OriginsAsync(run, cancellationToken).ConfigureAwait(false);
        var blamed = new List<(string Field, FieldValue Value, CommitId Commit)>();
        foreach (var (field, value) in current.Fields)
        {
            var index = 0;
            // An older version lacking the field (a document without that member) did not hold this value, null or not.
            while (index + 1 < run.Count && contents[run[index + 1].VersionId!.Value].TryGetValue(field, out var older) && older == value)
            {
                index++;
            }

            blamed.Add((field, value, origins[run[index].VersionId!.Value]));
        }

        var commitIds = blamed.Select(b => b.Commit).Distinct().ToArray();
        var rows = await _store.Commits.Where(c => commitIds.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var commits = (await _store.ToCommitsAsync(rows, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id);
        return blamed.Select(b => new FieldBlame(b.Field, b.Value, commits[b.Commit])).ToArray();
    }

    private async Task<Dictionary<VersionId, CommitId>> OriginsAsync(List<ChangeRow> run, CancellationToken cancellationToken)
    {
        // A version's origin is the commit that made it: the change row that introduced it and was not adopted.
        var versionIds = run.Select(c => c.VersionId!.Value).Distinct().ToArray();
        var origins = new Dictionary<VersionId, CommitId>();
        foreach (var chunk in versionIds.Chunk(500))
        {
            var rows = await _store.Changes.MakersOf(chunk)
                .Select(c => new { c.VersionId, c.CommitId }).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                origins[row.VersionId!.Value] = row.CommitId;
            }
        }

        foreach (var change in run)
        {
            origins.TryAdd(change.VersionId!.Value, change.CommitId);
        }

        return origins;
    }

    /// <summary>
    /// The commits in a revision's history that added, modified or removed one entity, newest first, with the version
    /// each left current.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> set a filter other than <see cref="LogOptions.Take"/> and <see cref="LogOptions.Skip"/>.</exception>
    public Task<IReadOnlyList<HistoryEntry>> HistoryAsync(EternalId eternalId, Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () => (await HistoryCoreAsync(eternalId, revision, options, null, cancellationToken).ConfigureAwait(false)).Entries);

    /// <summary>
    /// The history's entries and, when <paramref name="type"/> is given and its versions can be read from the history
    /// statement's own rows (<see cref="VersionedType.ReadsRows"/>, a path written inline), the entries' versions read in
    /// that statement (joined by key); otherwise null, and the caller loads them.
    /// </summary>
    private async Task<(IReadOnlyList<HistoryEntry> Entries, Dictionary<VersionId, Versioned>? Versions)> HistoryCoreAsync(
        EternalId eternalId, Revision revision, LogOptions? options, VersionedType? type, CancellationToken cancellationToken)
    {
        options ??= new LogOptions();
        if (options.UnappliedFilters(nameof(HistoryAsync), firstParentOnly: true) is { } unapplied)
        {
            throw new ArgumentException(unapplied, nameof(options));
        }

        await _store.Changes.ThrowIfUndescribedAsync(eternalId, cancellationToken).ConfigureAwait(false);
        var joined = type is { ReadsRows: true } ? type : null;

        // A branch or tag (the usual revision): its head, the entity's changes on its path, their commits and parent links
        // (and versions) in one statement, when the head's segment forks from nothing (a linear history, or a branch line
        // placed whole) and the entity has changes there (GraphStore.FoldsLookups: on a database server; on SQLite while
        // the statement stays prepared). Nothing found: the general form below resolves the revision and decides (a ref
        // wins over a commit id of the same text there too).
        if (_store.FoldsLookups && revision.CommitId is null && revision.Text is { } name && name.IndexOfAny(['~', '@']) < 0)
        {
            var onRef = await InlineHistoryAsync(HistoryOnRefJoin, "1 = 1", [_store.Map.Text], [name]).ConfigureAwait(false);
            if (onRef.Changes.Count > 0)
            {
                return Entries(onRef);
            }
        }

        var (_, path) = await _store.ResolveWithPathAsync(revision, cancellationToken).ConfigureAwait(false);
        // Raw SQL on this hot path: the entity's changes on the path through ix_versioner_changes_entity_path, with their
        // commits and parent links (and versions) in the same statement, kept prepared where the dialect keeps statements;
        // EF would re-translate the path condition on every call. On a path bound as data, the entity's own changes, kept
        // when on the path, then their commits.
        if (path.IsInline)
        {
            var (inPath, boundMappings, bounds) = path.Sql(_store, "ch", 2);
            return Entries(await InlineHistoryAsync("", inPath, boundMappings, bounds).ConfigureAwait(false));
        }

        List<(CommitId CommitId, VersionId? VersionId)> listed = [.. (await _store.Changes.OnPathAsync(path, eternalId, cancellationToken).ConfigureAwait(false))
            .Skip((int)Math.Min(options.Skip, int.MaxValue)).Take(options.Take + 1).Select(c => (c.CommitId, c.VersionId))];
        var listedCommits = await _store.CommitsByIdAsync(listed.Select(c => c.CommitId).ToArray(), cancellationToken).ConfigureAwait(false);
        return Entries((listed, listedCommits, null));

        (IReadOnlyList<HistoryEntry>, Dictionary<VersionId, Versioned>?) Entries(
            (List<(CommitId CommitId, VersionId? VersionId)> Changes, Dictionary<CommitId, Commit> Commits, Dictionary<VersionId, Versioned>? Versions) found)
        {
            var (changes, commits, versions) = found;
            var entries = new List<HistoryEntry>();
            Dictionary<VersionId, Versioned>? shown = versions is null ? null : [];
            for (var i = 0; i < Math.Min(changes.Count, options.Take); i++)
            {
                var change = changes[i];
                var kind = change.VersionId is null ? ChangeKind.Removed
                    : i + 1 >= changes.Count || changes[i + 1].VersionId is null ? ChangeKind.Added
                    : ChangeKind.Modified;
                entries.Add(new HistoryEntry(commits[change.CommitId], kind, change.VersionId));
                if (change.VersionId is { } id && versions is not null && versions.TryGetValue(id, out var version) && shown!.TryAdd(id, version))
                {
                    Model.PointerScope.Bind(Context, version);
                }
            }

            return (entries, shown);
        }

        // The page of the entity's changes HistorySql reads (the join's and condition's parameters from @p2), with their
        // commits and the versions of the joined type (null when there is none; a version of another type or pruned is
        // not in them). Read as the rows come, in the statement's order or not: a commit's columns (and version) once, at
        // its first row, each further row a parent link; then newest first by depth (unique on a first-parent path),
        // parents by ordinal.
        async Task<(List<(CommitId CommitId, VersionId? VersionId)> Changes, Dictionary<CommitId, Commit> Commits, Dictionary<VersionId, Versioned>? Versions)> InlineHistoryAsync(
            string join, string where, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] boundMappings, object?[] bounds)
        {
            var map = _store.Map;
            var found = new List<FoundChange>();
            var byId = new Dictionary<CommitId, FoundChange>();
            await _store.ReadKeptAsync(
                HistorySql(_store, join, where, (long)options.Take + 1, joined, type),
                [map.EternalId, map.Long, .. boundMappings],
                [eternalId, options.Skip, .. bounds],
                (reader, native) =>
                {
                    var id = new CommitId(GuidColumn.Read(reader, native, 0));
                    if (!byId.TryGetValue(id, out var change))
                    {
                        // The columns a Commit keeps (HistorySql selects no others).
                        var row = new CommitRow
                        {
                            Id = id,
                            State = (CommitState)Columns.Int64(reader, native, 1),
                            Checksum = Columns.Bytes(reader, native, 2),
                            Author = Columns.String(reader, native, 3),
                            Message = Columns.String(reader, native, 4),
                            TimestampMicros = Columns.Int64(reader, native, 5),
                            Depth = Columns.Int64(reader, native, 6),
                        };
                        change = new FoundChange(row, GuidColumn.ReadNullable(reader, native, 7) is { } version ? new VersionId(version) : null, joined?.Read(Context, reader, 10));
                        byId.Add(id, change);
                        found.Add(change);
                    }

                    if (GuidColumn.ReadNullable(reader, native, 8) is { } parent)
                    {
                        change.Parents.Add(((int)Columns.Int64(reader, native, 9), new CommitId(parent)));
                    }
                },
                cancellationToken).ConfigureAwait(false);

            found.Sort((a, b) => b.Row.Depth.CompareTo(a.Row.Depth));
            var list = new List<(CommitId CommitId, VersionId? VersionId)>(found.Count);
            var byCommit = new Dictionary<CommitId, Commit>(found.Count);
            var versions = joined is null ? null : new Dictionary<VersionId, Versioned>();
            foreach (var change in found)
            {
                list.Add((change.Row.Id, change.VersionId));
                var parents = change.Parents;
                if (parents.Count > 1)
                {
                    parents.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
                }

                var ids = new CommitId[parents.Count];
                for (var i = 0; i < ids.Length; i++)
                {
                    ids[i] = parents[i].Parent;
                }

                byCommit[change.Row.Id] = new Commit(change.Row, ids);
                if (change.Version is { } version)
                {
                    versions![version.VersionId] = version;
                }
            }

            return (list, byCommit, versions);
        }
    }

    /// <summary>A change a history statement read: its commit's row, the version it left current (and that version when read in the statement), its commit's parent links as they came.</summary>
    private sealed record FoundChange(CommitRow Row, VersionId? VersionId, Versioned? Version)
    {
        public List<(int Ordinal, CommitId Parent)> Parents { get; } = new(1);
    }

    /// <summary>
    /// Joins a history statement's change rows (<c>ch</c>) to the head of ref <c>@p2</c> when that head's segment forks from
    /// nothing: the rows on its segment up to its depth, so the ref's resolve and the history are one statement.
    /// </summary>
    internal const string HistoryOnRefJoin =
        $"JOIN (SELECT hc.segment, hc.depth FROM {SystemTables.Refs} r JOIN {SystemTables.Commits} hc ON hc.id = r.commit_id "
        + $"JOIN {SystemTables.Segments} s ON s.id = hc.segment WHERE r.name = @p2 AND s.parent_segment IS NULL) head "
        + "ON ch.segment = head.segment AND ch.depth <= head.depth";

    /// <summary>
    /// Entity <c>@p0</c>'s change rows (<c>ch</c>, joined to what <paramref name="join"/> names and kept where
    /// <paramref name="where"/> holds), the newest <paramref name="take"/> of them after skipping <c>@p1</c>, each with
    /// its commit and parent links (a row per link, with its ordinal), and with the version's columns of
    /// <paramref name="joined"/> when given. With <paramref name="of"/>, the entity's type (a typed history), only that
    /// type's rows and the change table's are read (an eternal id is one entity of one type), not every table of versions.
    /// The rows come in no order: the reader orders the page by depth (a sort of
    /// the commits' wide rows in the statement cost SQLite about a tenth of a 100-entry page). The page's size is written
    /// in the text: SQLite plans with a bound LIMIT's value, so a kept statement whose LIMIT is bound anew is prepared
    /// again at every execution.
    /// </summary>
    internal static string HistorySql(GraphStore store, string join, string where, long take, VersionedType? joined, VersionedType? of = null) =>
        "SELECT c.id, c.state, c.checksum, c.author, c.message, c.timestamp_us, c.depth, h.version_id, p.parent_id, p.ordinal"
        + (joined is null ? "" : $", {joined.SelectColumns("v")}") + " FROM "
        + $"(SELECT ch.commit_id, ch.version_id, ch.depth FROM {ChangeReads.EntityRows(store, "ch", "ch.eternal_id = @p0", of)} {join} WHERE ch.eternal_id = @p0 AND {where} ORDER BY ch.depth DESC {store.Dialect.Page(take.ToString(System.Globalization.CultureInfo.InvariantCulture), "@p1")}) h "
        + $"JOIN {SystemTables.Commits} c ON c.id = h.commit_id "
        + (joined is null ? "" : $"LEFT JOIN {joined.Table} v ON v.{joined.VersionColumn} = h.version_id ")
        + $"LEFT JOIN {SystemTables.CommitParents} p ON p.commit_id = c.id";

    /// <summary>Differences from one revision to another: entities added, modified and removed, with field-level changes.</summary>
    /// <exception cref="UndescribedTypeException">The repository was opened without the application's model and cannot read one of the database's types (a diff spans every type).</exception>
    public Task<Diff> DiffAsync(Revision from, Revision to, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => DiffCoreAsync(from, to, cancellationToken));

    private async Task<Diff> DiffCoreAsync(Revision from, Revision to, CancellationToken cancellationToken)
    {
        var (_, a) = await _store.ResolveWithPathAsync(from, cancellationToken).ConfigureAwait(false);
        var (_, b) = await _store.ResolveWithPathAsync(to, cancellationToken).ConfigureAwait(false);
        return await DiffEngine.DiffAsync(_store, a, b, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Commits reachable from a revision through parent links (itself excluded), paged: highest generation first, and
    /// among equal generations the one finalized last in this database first.
    /// </summary>
    /// <remarks>Every parent is followed; of <paramref name="options"/> only <see cref="LogOptions.Take"/> and <see cref="LogOptions.Skip"/> apply.</remarks>
    /// <exception cref="ArgumentException"><paramref name="options"/> set another filter.</exception>
    public Task<IReadOnlyList<Commit>> AncestorsAsync(Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => WalkAsync(revision, "commit_id", "parent_id", options ?? new LogOptions(), cancellationToken));

    /// <summary>
    /// Finalized commits that have a revision among their ancestors, paged, in the order they were finalized in this
    /// database (a stable order in which every commit comes after its parents; commits that arrived by pull or push
    /// count as finalized when they arrived).
    /// </summary>
    /// <remarks>Every parent is followed; of <paramref name="options"/> only <see cref="LogOptions.Take"/> and <see cref="LogOptions.Skip"/> apply.</remarks>
    /// <exception cref="ArgumentException"><paramref name="options"/> set another filter.</exception>
    public Task<IReadOnlyList<Commit>> DescendantsAsync(Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => WalkAsync(revision, "parent_id", "commit_id", options ?? new LogOptions(), cancellationToken));

    private async Task<IReadOnlyList<Commit>> WalkAsync(Revision revision, string from, string to, LogOptions options, CancellationToken cancellationToken)
    {
        if (options.UnappliedFilters(from == "commit_id" ? nameof(AncestorsAsync) : nameof(DescendantsAsync), firstParentOnly: true) is { } unapplied)
        {
            throw new ArgumentException(unapplied, nameof(options));
        }

        var start = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var ids = await _store.QueryAsync(
            WalkSql(_store.Dialect, from, to), [_store.Map.CommitId, _store.Map.Int, _store.Map.Long], [start.Id, options.Take, options.Skip],
            reader => new CommitId(GuidColumn.Read(reader, 0)), cancellationToken).ConfigureAwait(false);

        var rows = (await _store.Commits.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        return await _store.ToCommitsAsync(ids.Select(id => rows[id]).ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The finalized commits reachable from commit <c>@p0</c> over parent links (column <paramref name="from"/> to
    /// <paramref name="to"/>), each once, a page of them (<c>@p1</c> rows after <c>@p2</c>): ancestors highest generation
    /// first, descendants in finalize order.
    /// </summary>
    internal static string WalkSql(Storage.Dialects.Dialect dialect, string from, string to) =>
        dialect.Reachable(SystemTables.CommitParents, from, to, "@p0", walk => $"""
            SELECT c.id FROM {walk} JOIN {SystemTables.Commits} c ON c.id = walk.id
            WHERE c.state = {(int)CommitState.Finalized}
            ORDER BY {(from == "commit_id" ? "c.generation DESC, c.seq DESC" : "c.seq")}
            {dialect.Page("@p1", "@p2")}
            """);

    /// <summary>
    /// The history of one entity of type <typeparamref name="T"/>, newest first, with each version loaded (in the history's
    /// own statement, or one query for the page; never one per entry).
    /// </summary>
    public Task<IReadOnlyList<HistoryEntry<T>>> HistoryAsync<T>(EternalId eternalId, Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default)
        where T : Versioned =>
        ProviderErrors.RunAsync(() => HistoryCoreAsync<T>(eternalId, revision, options, cancellationToken));

    private async Task<IReadOnlyList<HistoryEntry<T>>> HistoryCoreAsync<T>(EternalId eternalId, Revision revision, LogOptions? options, CancellationToken cancellationToken)
        where T : Versioned
    {
        var type = _store.Model.Get(typeof(T));
        var (entries, read) = await HistoryCoreAsync(eternalId, revision, options, type, cancellationToken).ConfigureAwait(false);
        var ids = entries.Where(e => e.VersionId is not null).Select(e => e.VersionId!.Value).ToArray();
        var versions = read ?? (await type.LoadAsync(Context, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(v => v.VersionId);
        var pruned = versions.Count < ids.Distinct().Count()
            ? await PrunedMarks.FindAsync(_store, ids.Where(id => !versions.ContainsKey(id)), cancellationToken).ConfigureAwait(false)
            : [];
        return entries.Select(e => e.VersionId is { } id && pruned.TryGetValue(id, out var mark)
                ? new HistoryEntry<T>(e.Commit, e.Kind, null) { Pruned = mark }
                : new HistoryEntry<T>(e.Commit, e.Kind, e.VersionId is { } present ? (T)(versions.GetValueOrDefault(present) ?? throw GraphStore.MissingRow(present)) : null))
            .ToArray();
    }
}
