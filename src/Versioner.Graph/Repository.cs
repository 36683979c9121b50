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

    /// <summary>The commits of a revision's first-parent history, newest first, one page at a time.</summary>
    public async Task<IReadOnlyList<Commit>> LogAsync(Revision revision, LogOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LogOptions();
        var head = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var path = await _store.PathAsync(head, cancellationToken).ConfigureAwait(false);
        var maxDepth = head.Depth - options.Skip;
        var rows = await _store.Commits.Where(path.Lambda<CommitRow>())
            .Where(c => c.Depth <= maxDepth && c.State == CommitState.Finalized)
            .OrderByDescending(c => c.Depth)
            .Take(options.Take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return await _store.ToCommitsAsync(rows, cancellationToken).ConfigureAwait(false);
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
        return await Context.Set<T>().AsNoTracking().FirstOrDefaultAsync(v => v.VersionId == versionId, cancellationToken).ConfigureAwait(false);
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
        var ids = new List<CommitId>();
        using (var statement = _store.Prepare(sql, _store.Map.CommitId, _store.Map.Int, _store.Map.Long))
        {
            await Context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await using var reader = await statement.ReaderAsync(cancellationToken, start.Id, options.Take, options.Skip).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(new CommitId(reader.GetGuid(0)));
                }
            }
            finally
            {
                await Context.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }

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
