using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner;

/// <summary>
/// The entry point: the versioned history kept in one <see cref="DbContext"/>. Check out a branch to edit
/// (<see cref="CheckoutAsync"/>), read any past state (<see cref="SnapshotAsync"/>), the log, an entity's history,
/// and diffs between commits.
/// </summary>
/// <remarks>
/// Revisions are strings as in git: a branch or tag name, a commit id, a checksum or a unique prefix of one
/// (4+ hex digits), optionally followed by <c>~N</c> for N first-parent steps back (<c>main~1</c>).
/// A repository shares its context's lifetime and, like the context, is not thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var repo = await Repository.OpenAsync(db);
/// var ws = await repo.CheckoutAsync("main");
/// await ws.SaveAsync(new Book { Title = "Dune" });
/// await ws.FinalizeAsync("ada", "Add Dune");
/// var books = await (await repo.SnapshotAsync("main")).Query&lt;Book&gt;().ToListAsync();
/// </code>
/// </example>
public sealed class Repository
{
    private readonly GraphStore _store;

    private Repository(GraphStore store) => _store = store;

    /// <summary>The context the history lives in.</summary>
    public DbContext Context => _store.Db;

    /// <summary>The options the repository was opened with.</summary>
    public RepositoryOptions Options => _store.Options;

    /// <summary>
    /// Opens the history in <paramref name="context"/>. The database must exist (EnsureCreated or migrations) and the
    /// context must be configured with <c>UseVersioning()</c> on both its options and its model.
    /// </summary>
    /// <exception cref="VersioningNotConfiguredException">A configuration call is missing; the message names it.</exception>
    public static async Task<Repository> OpenAsync(DbContext context, RepositoryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interceptors = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors;
        if (interceptors is null || !interceptors.Contains(ImmutabilityInterceptor.Instance))
        {
            throw new VersioningNotConfiguredException(
                $"{context.GetType().Name} is not configured for Versioner: add .UseVersioning() to its options (optionsBuilder.UseSqlite(...).UseVersioning()).");
        }

        var store = new GraphStore(context, options ?? new RepositoryOptions());
        if (store.Options.InstallDatabaseGuards)
        {
            await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
        }

        return new Repository(store);
    }

    /// <summary>All branches, by name.</summary>
    public async Task<IReadOnlyList<Branch>> BranchesAsync(CancellationToken cancellationToken = default) =>
        (await Context.Set<RefRow>().AsNoTracking().Where(r => r.Kind == RefKind.Branch).OrderBy(r => r.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(r => new Branch(r.Name, r.CommitId)).ToArray();

    /// <summary>Creates a branch at <paramref name="startPoint"/> (any revision).</summary>
    /// <exception cref="ArgumentException">A branch or tag of that name exists.</exception>
    public async Task<Branch> CreateBranchAsync(string name, Revision startPoint, CancellationToken cancellationToken = default)
    {
        ValidateRefName(name);
        var start = await _store.ResolveAsync(startPoint, cancellationToken).ConfigureAwait(false);
        if (start.State != CommitState.Finalized)
        {
            throw new ArgumentException($"'{startPoint}' is a working commit; a branch starts at a finalized commit.", nameof(startPoint));
        }

        if (await _store.FindRefAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"A branch or tag named '{name}' already exists.", nameof(name));
        }

        await _store.ExecuteAsync(
            $"INSERT INTO {SystemTables.Refs} (name, kind, commit_id) VALUES (@p0, @p1, @p2)",
            [_store.Map.Text, _store.Map.RefKind, _store.Map.CommitId], [name, RefKind.Branch, start.Id], cancellationToken).ConfigureAwait(false);
        return new Branch(name, start.Id);
    }

    /// <summary>Renames a branch; its history and any workspaces on it follow.</summary>
    /// <exception cref="RevisionNotFoundException">No such branch.</exception>
    /// <exception cref="ArgumentException">The new name is taken or invalid.</exception>
    public async Task<Branch> RenameBranchAsync(string name, string newName, CancellationToken cancellationToken = default)
    {
        ValidateRefName(newName);
        return await _store.InTransactionAsync(async () =>
        {
            var branch = await FindBranchRowAsync(name, cancellationToken).ConfigureAwait(false);
            if (await _store.FindRefAsync(newName, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw new ArgumentException($"A branch or tag named '{newName}' already exists.", nameof(newName));
            }

            await _store.ExecuteAsync($"UPDATE {SystemTables.Refs} SET name = @p0 WHERE name = @p1", [_store.Map.Text, _store.Map.Text], [newName, name], cancellationToken).ConfigureAwait(false);
            await _store.ExecuteAsync($"UPDATE {SystemTables.Commits} SET branch = @p0 WHERE branch = @p1 AND state = 0", [_store.Map.Text, _store.Map.Text], [newName, name], cancellationToken).ConfigureAwait(false);
            return new Branch(newName, branch.CommitId);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes a branch. Refused while its head is not in the history of another branch or tag (its commits would
    /// become unreachable), unless <paramref name="force"/>.
    /// </summary>
    /// <exception cref="BranchNotMergedException">The branch has commits no other branch or tag holds.</exception>
    public async Task DeleteBranchAsync(string name, bool force = false, CancellationToken cancellationToken = default)
    {
        var branch = await FindBranchRowAsync(name, cancellationToken).ConfigureAwait(false);
        if (!force)
        {
            var others = await Context.Set<RefRow>().AsNoTracking().Where(r => r.Name != name).Select(r => r.CommitId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
            if (!others.Any(other => graph.IsAncestor(branch.CommitId, other)))
            {
                throw new BranchNotMergedException(name, branch.CommitId);
            }
        }

        await _store.ExecuteAsync($"DELETE FROM {SystemTables.Refs} WHERE name = @p0 AND kind = @p1", [_store.Map.Text, _store.Map.RefKind], [name, RefKind.Branch], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Names a finalized commit with a tag. Tags never move; a workspace cannot check one out.</summary>
    /// <exception cref="ArgumentException">The name is taken or invalid, or the revision is a working commit.</exception>
    public async Task<CommitTag> CreateTagAsync(string name, Revision target, CancellationToken cancellationToken = default)
    {
        ValidateRefName(name);
        var commit = await _store.ResolveAsync(target, cancellationToken).ConfigureAwait(false);
        if (commit.State != CommitState.Finalized)
        {
            throw new ArgumentException($"'{target}' is a working commit; tag finalized commits.", nameof(target));
        }

        if (await _store.FindRefAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"A branch or tag named '{name}' already exists; tags never move.", nameof(name));
        }

        await _store.ExecuteAsync(
            $"INSERT INTO {SystemTables.Refs} (name, kind, commit_id) VALUES (@p0, @p1, @p2)",
            [_store.Map.Text, _store.Map.RefKind, _store.Map.CommitId], [name, RefKind.Tag, commit.Id], cancellationToken).ConfigureAwait(false);
        return new CommitTag(name, commit.Id);
    }

    /// <summary>All tags, by name.</summary>
    public async Task<IReadOnlyList<CommitTag>> TagsAsync(CancellationToken cancellationToken = default) =>
        (await Context.Set<RefRow>().AsNoTracking().Where(r => r.Kind == RefKind.Tag).OrderBy(r => r.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(r => new CommitTag(r.Name, r.CommitId)).ToArray();

    /// <summary>Deletes a tag (the commit stays).</summary>
    public async Task DeleteTagAsync(string name, CancellationToken cancellationToken = default)
    {
        var deleted = await _store.ExecuteAsync($"DELETE FROM {SystemTables.Refs} WHERE name = @p0 AND kind = @p1", [_store.Map.Text, _store.Map.RefKind], [name, RefKind.Tag], cancellationToken).ConfigureAwait(false);
        if (deleted == 0)
        {
            throw new RevisionNotFoundException(name, "no such tag.");
        }
    }

    /// <summary>
    /// Checks out any commit read-only ("detached"): the state as of that commit. Edits need a branch: create one at
    /// the commit (<see cref="CreateBranchAsync"/>) and check it out.
    /// </summary>
    public Task<Snapshot> CheckoutDetachedAsync(Revision revision, CancellationToken cancellationToken = default) =>
        SnapshotAsync(revision, cancellationToken);

    private async Task<RefRow> FindBranchRowAsync(string name, CancellationToken cancellationToken)
    {
        var row = await _store.FindRefAsync(name, cancellationToken).ConfigureAwait(false);
        return row is { Kind: RefKind.Branch } ? row : throw new RevisionNotFoundException(name, "no such branch.");
    }

    /// <summary>
    /// Starts a workspace on <paramref name="branch"/> (default <see cref="RepositoryOptions.DefaultBranch"/>): a new
    /// working commit whose parent is the branch head. In an empty repository the first finalize creates the branch.
    /// </summary>
    /// <exception cref="RevisionNotFoundException">The branch does not exist (and the repository is not empty).</exception>
    public async Task<Workspace> CheckoutAsync(string? branch = null, CancellationToken cancellationToken = default)
    {
        branch ??= Options.DefaultBranch;
        ValidateRefName(branch);
        var reference = await _store.FindRefAsync(branch, cancellationToken).ConfigureAwait(false);
        CommitRow? head = null;
        if (reference is not null)
        {
            if (reference.Kind != RefKind.Branch)
            {
                throw new ArgumentException($"'{branch}' is a tag; tags never move. Create a branch at it to make changes.", nameof(branch));
            }

            head = await _store.GetCommitRowAsync(reference.CommitId, cancellationToken).ConfigureAwait(false);
        }
        else if (await Context.Set<RefRow>().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new RevisionNotFoundException(branch, "no such branch. Create it first: repository.CreateBranchAsync(name, startPoint).");
        }

        var working = await _store.InTransactionAsync(
            () => WorkingCommits.CreateAsync(_store, branch, head, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new Workspace(_store, working);
    }

    /// <summary>Reopens a workspace by its working commit's id (for example after a restart).</summary>
    /// <exception cref="RevisionNotFoundException">No working commit has that id.</exception>
    public async Task<Workspace> OpenWorkspaceAsync(CommitId workingCommit, CancellationToken cancellationToken = default)
    {
        var row = await _store.GetCommitRowAsync(workingCommit, cancellationToken).ConfigureAwait(false);
        if (row.State != CommitState.Working)
        {
            throw new RevisionNotFoundException(workingCommit.ToString(), "that commit is finalized, not a working commit.");
        }

        return new Workspace(_store, row);
    }

    /// <summary>The commit a revision names.</summary>
    /// <exception cref="RevisionNotFoundException">It names none.</exception>
    public async Task<Commit> FindCommitAsync(Revision revision, CancellationToken cancellationToken = default) =>
        await _store.ToCommitAsync(await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>The state of everything as of a revision: query it like the live tables.</summary>
    /// <exception cref="RevisionNotFoundException">The revision names no commit.</exception>
    public async Task<Snapshot> SnapshotAsync(Revision revision, CancellationToken cancellationToken = default)
    {
        var row = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        return new Snapshot(_store, row, await _store.PathAsync(row, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The commits of a revision's history, newest first, one page at a time, filtered as <paramref name="options"/>
    /// say. A revision text <c>a..b</c> lists what <c>b</c> has and <c>a</c> lacks.
    /// </summary>
    public async Task<IReadOnlyList<Commit>> LogAsync(Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LogOptions();
        var exclude = options.Exclude;
        if (revision.Text is { } text && text.Contains("..", StringComparison.Ordinal))
        {
            var parts = text.Split("..", 2);
            exclude = Revision.Parse(parts[0]);
            revision = Revision.Parse(parts[1]);
        }

        var head = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var excluded = exclude is { } x ? await _store.ResolveAsync(x, cancellationToken).ConfigureAwait(false) : null;
        var filtered = Filter(_store.Commits.Where(c => c.State == CommitState.Finalized), options);

        if (options.FirstParentOnly)
        {
            var path = await _store.PathAsync(head, cancellationToken).ConfigureAwait(false);
            var ranges = path.Ranges;
            if (excluded is not null)
            {
                var other = (await _store.PathAsync(excluded, cancellationToken).ConfigureAwait(false)).Ranges.ToDictionary(r => r.Segment);
                ranges = path.Ranges
                    .Select(r => other.TryGetValue(r.Segment, out var o) ? r with { After = Math.Max(r.After, o.UpTo) } : r)
                    .Where(r => r.UpTo > r.After)
                    .ToArray();
            }

            var row = System.Linq.Expressions.Expression.Parameter(typeof(CommitRow), "row");
            var inPath = System.Linq.Expressions.Expression.Lambda<Func<CommitRow, bool>>(AncestryPath.Predicate(row, ranges, withLowerBound: true), row);
            var rows = await filtered.Where(inPath).OrderByDescending(c => c.Depth)
                .Skip((int)options.Skip).Take(options.Take)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return await _store.ToCommitsAsync(rows, cancellationToken).ConfigureAwait(false);
        }

        var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
        var page = new List<CommitRow>();
        var skip = options.Skip;
        foreach (var batch in graph.Walk(head.Id, excluded?.Id).Chunk(256))
        {
            var rows = (await filtered.Where(c => batch.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
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
                if (page.Count == options.Take)
                {
                    return await _store.ToCommitsAsync(page, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return await _store.ToCommitsAsync(page, cancellationToken).ConfigureAwait(false);
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

        var changes = Context.Set<ChangeRow>();
        if (options.EntityType is { } entityType)
        {
            commits = commits.Where(c => changes.Any(ch => ch.CommitId == c.Id && ch.EntityType == entityType));
        }

        if (options.EternalId is { } eternalId)
        {
            commits = commits.Where(c => changes.Any(ch => ch.CommitId == c.Id && ch.EternalId == eternalId));
        }

        return commits;
    }

    /// <summary>
    /// Recomputes every checksum in the database, like <c>git fsck</c>: each finalized version against the checksum
    /// recorded at finalize, each commit against its content, each pointer record against its key; and finds version
    /// rows added behind Versioner's back and rows that went missing. Streams in batches (constant memory) and reports
    /// progress.
    /// </summary>
    /// <returns>A report listing every problem precisely; <see cref="VerifyReport.IsValid"/> when there is none.</returns>
    public Task<VerifyReport> VerifyAsync(IProgress<VerifyProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Verifier.VerifyAsync(_store, null, progress, cancellationToken);

    /// <summary>
    /// Verifies only the history reachable from <paramref name="revision"/> (its commits and their versions), as
    /// <c>git fsck</c> of one ref would. The whole-database checks (rows no commit lists, every pointer record) are
    /// left to <see cref="VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/>.
    /// </summary>
    public Task<VerifyReport> VerifyAsync(Revision revision, IProgress<VerifyProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Verifier.VerifyAsync(_store, revision, progress, cancellationToken);

    /// <summary>
    /// Compares this database's history with <paramref name="other"/>'s (say SQLite and PostgreSQL): refs that differ,
    /// commits only one side has, and whether the commits both hold have identical checksums.
    /// </summary>
    public Task<Comparison> CompareAsync(Repository other, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Comparer.CompareAsync(_store, other._store, cancellationToken);
    }

    /// <summary>
    /// Copies <paramref name="branch"/> from this database to <paramref name="target"/>: the commits it lacks, with
    /// their versions, eternal ids and pointer records, each re-hashed on arrival, then moves the target's branch. All
    /// in one transaction of the target: an interruption leaves it as it was. A non-fast-forward (the target branch has
    /// commits this one does not contain) is refused unless <paramref name="force"/>.
    /// </summary>
    /// <exception cref="NonFastForwardException">The target branch would lose commits; nothing was copied.</exception>
    /// <exception cref="TransferVerificationException">A commit did not hash to its checksum; nothing was copied.</exception>
    public Task<TransferResult> PushAsync(Repository target, string branch, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        return Transfer.RunAsync(_store, target._store, branch, force, cancellationToken);
    }

    /// <summary>Copies <paramref name="branch"/> from <paramref name="source"/> into this database; see <see cref="PushAsync"/>.</summary>
    public Task<TransferResult> PullAsync(Repository source, string branch, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.PushAsync(this, branch, force, cancellationToken);
    }

    /// <summary>True when <paramref name="ancestor"/> is in <paramref name="descendant"/>'s history (or is it).</summary>
    public async Task<bool> IsAncestorAsync(Revision ancestor, Revision descendant, CancellationToken cancellationToken = default)
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
    public async Task<IReadOnlyList<Commit>> MergeBasesAsync(Revision one, Revision two, CancellationToken cancellationToken = default)
    {
        var a = await _store.ResolveAsync(one, cancellationToken).ConfigureAwait(false);
        var b = await _store.ResolveAsync(two, cancellationToken).ConfigureAwait(false);
        var ids = (await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false)).MergeBases(a.Id, b.Id);
        var rows = (await _store.Commits.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        return await _store.ToCommitsAsync(ids.Select(id => rows[id]).ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// For each field of an entity's current version at <paramref name="revision"/>, the commit that last set that
    /// value (git blame, per field). A value taken over by a merge is blamed on the commit that made it.
    /// </summary>
    /// <exception cref="EntityNotFoundException">The entity is not in that snapshot.</exception>
    public async Task<IReadOnlyList<FieldBlame>> BlameAsync(EternalId eternalId, Revision revision, CancellationToken cancellationToken = default)
    {
        var head = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var path = await _store.PathAsync(head, cancellationToken).ConfigureAwait(false);
        var changes = await _store.Changes.Where(c => c.EternalId == eternalId).Where(path.Lambda<ChangeRow>())
            .OrderByDescending(c => c.Depth).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (changes.Count == 0 || changes[0].VersionId is null)
        {
            throw new EntityNotFoundException(changes.FirstOrDefault()?.EntityType ?? "Entity", eternalId.Value, $"is not in the snapshot at {revision}");
        }

        // The run of versions since the entity last appeared; older history cannot explain current values.
        var run = changes.TakeWhile(c => c.VersionId is not null).ToList();
        var contents = await _store.LoadContentsAsync(run.Select(c => (c.EntityType, c.VersionId!.Value)), cancellationToken).ConfigureAwait(false);
        var origins = await OriginsAsync(run, cancellationToken).ConfigureAwait(false);
        var current = contents[run[0].VersionId!.Value];
        var blamed = new List<(string Field, FieldValue Value, CommitId Commit)>();
        foreach (var (field, value) in current.Fields)
        {
            var index = 0;
            while (index + 1 < run.Count && contents[run[index + 1].VersionId!.Value][field] == value)
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
            var rows = await _store.Changes.Where(c => c.VersionId != null && chunk.Contains(c.VersionId.Value) && !c.Adopted)
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
    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(EternalId eternalId, Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LogOptions();
        var head = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var path = await _store.PathAsync(head, cancellationToken).ConfigureAwait(false);
        var changes = await _store.Changes.Where(c => c.EternalId == eternalId).Where(path.Lambda<ChangeRow>())
            .OrderByDescending(c => c.Depth)
            .Skip((int)options.Skip).Take(options.Take + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var commitIds = changes.Select(c => c.CommitId).ToArray();
        var rows = await _store.Commits.Where(c => commitIds.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var commits = (await _store.ToCommitsAsync(rows, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id);
        var entries = new List<HistoryEntry>();
        for (var i = 0; i < Math.Min(changes.Count, options.Take); i++)
        {
            var change = changes[i];
            var older = i + 1 < changes.Count ? changes[i + 1] : null;
            var kind = change.VersionId is null ? ChangeKind.Removed
                : older?.VersionId is null ? ChangeKind.Added
                : ChangeKind.Modified;
            entries.Add(new HistoryEntry(commits[change.CommitId], kind, change.VersionId));
        }

        return entries;
    }

    /// <summary>
    /// The history of one entity of type <typeparamref name="T"/>, newest first, with each version loaded (one query
    /// for the page, not one per entry).
    /// </summary>
    public async Task<IReadOnlyList<HistoryEntry<T>>> HistoryAsync<T>(EternalId eternalId, Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default)
        where T : Versioned
    {
        var type = _store.Model.Get(typeof(T));
        var entries = await HistoryAsync(eternalId, revision, options, cancellationToken).ConfigureAwait(false);
        var ids = entries.Where(e => e.VersionId is not null).Select(e => e.VersionId!.Value).ToArray();
        var versions = (await type.LoadAsync(Context, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(v => v.VersionId);
        return entries.Select(e => new HistoryEntry<T>(e.Commit, e.Kind, e.VersionId is { } id ? (T)versions[id] : null)).ToArray();
    }

    /// <summary>Differences from one revision to another: entities added, modified and removed, with field-level changes.</summary>
    public async Task<Diff> DiffAsync(Revision from, Revision to, CancellationToken cancellationToken = default)
    {
        var a = await _store.ResolveAsync(from, cancellationToken).ConfigureAwait(false);
        var b = await _store.ResolveAsync(to, cancellationToken).ConfigureAwait(false);
        return await DiffEngine.DiffAsync(
            _store,
            await _store.PathAsync(a, cancellationToken).ConfigureAwait(false),
            await _store.PathAsync(b, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One version by id, whatever its commit (how a pinned reference resolves).</summary>
    /// <returns>The version, or null when no version of <typeparamref name="T"/> has that id.</returns>
    public async Task<T?> FindVersionAsync<T>(VersionId versionId, CancellationToken cancellationToken = default)
        where T : Versioned
    {
        _store.Model.Get(typeof(T));
        var version = await Context.Set<T>().AsNoTracking().FirstOrDefaultAsync(v => v.VersionId == versionId, cancellationToken).ConfigureAwait(false);
        return PointerScope.Bind(Context, version);
    }

    /// <summary>
    /// Makes the pointer values (sets, large texts) of entities read outside Versioner's API, such as a plain
    /// <c>DbSet</c> query, loadable: their contents then load on first use, all in one query.
    /// </summary>
    public void LoadPointers(IEnumerable<Versioned> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            PointerScope.Bind(Context, entity);
        }
    }

    /// <summary>Commits reachable from a revision through parent links (itself excluded), newest first by generation, paged.</summary>
    public Task<IReadOnlyList<Commit>> AncestorsAsync(Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default) =>
        WalkAsync(revision, "commit_id", "parent_id", options ?? new LogOptions(), cancellationToken);

    /// <summary>Finalized commits that have a revision among their ancestors, oldest first by generation, paged.</summary>
    public Task<IReadOnlyList<Commit>> DescendantsAsync(Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default) =>
        WalkAsync(revision, "parent_id", "commit_id", options ?? new LogOptions(), cancellationToken);

    private async Task<IReadOnlyList<Commit>> WalkAsync(Revision revision, string from, string to, LogOptions options, CancellationToken cancellationToken)
    {
        var start = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var descending = from == "commit_id";
        var sql = $"""
            WITH RECURSIVE walk(id) AS (
                SELECT {to} FROM {SystemTables.CommitParents} WHERE {from} = @p0
                UNION
                SELECT p.{to} FROM {SystemTables.CommitParents} p JOIN walk w ON p.{from} = w.id)
            SELECT c.id FROM walk JOIN {SystemTables.Commits} c ON c.id = walk.id
            WHERE c.state = 1
            ORDER BY c.generation {(descending ? "DESC" : "ASC")}, c.id
            LIMIT @p1 OFFSET @p2
            """;
        var ids = await _store.QueryAsync(
            sql, [_store.Map.CommitId, _store.Map.Int, _store.Map.Long], [start.Id, options.Take, options.Skip],
            reader => new CommitId(reader.GetGuid(0)), cancellationToken).ConfigureAwait(false);

        var rows = (await _store.Commits.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        return await _store.ToCommitsAsync(ids.Select(id => rows[id]).ToArray(), cancellationToken).ConfigureAwait(false);
    }

    private static void ValidateRefName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains('~', StringComparison.Ordinal) || name.Any(char.IsWhiteSpace) || name.Any(char.IsControl))
        {
            throw new ArgumentException($"'{name}' is not a valid branch name: no spaces, control characters or '~'.", nameof(name));
        }
    }
}
