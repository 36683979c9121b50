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
/// A repository shares its context's lifetime and, like the context, is not thread-safe. What the database refuses
/// comes out of every method (here and on <see cref="Workspace"/>, <see cref="StagingArea"/> and <see cref="Snapshot"/>)
/// as a <see cref="DatabaseException"/> or one of its subtypes, never as the provider's own exception.
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
public sealed partial class Repository
{
    private readonly GraphStore _store;

    private Repository(GraphStore store) => _store = store;

    /// <summary>The store behind this repository (tests and the benchmark read its diagnostics).</summary>
    internal GraphStore Store => _store;

    /// <summary>The context the history lives in.</summary>
    public DbContext Context => _store.Db;

    /// <summary>The options the repository was opened with.</summary>
    public RepositoryOptions Options => _store.Options;

    /// <summary>
    /// Opens the history in <paramref name="context"/>. The database must exist (EnsureCreated or migrations) and the
    /// context must be configured with <c>UseVersioning()</c> on both its options and its model.
    /// </summary>
    /// <exception cref="VersioningNotConfiguredException">A configuration call is missing; the message names it.</exception>
    /// <exception cref="ChecksumMigrationRequiredException">
    /// A schema migration changed the fields of a versioned type whose versions were hashed with the old fields; run
    /// <see cref="MigrateChecksumsAsync"/> once first.
    /// </exception>
    public static Task<Repository> OpenAsync(DbContext context, RepositoryOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => OpenCoreAsync(context, options, cancellationToken));

    private static async Task<Repository> OpenCoreAsync(DbContext context, RepositoryOptions? options, CancellationToken cancellationToken)
    {
        var store = NewStore(context, options);
        if (store.Options.InstallDatabaseGuards)
        {
            await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
        }

        var changed = await FieldSignatures.CheckAsync(store, cancellationToken).ConfigureAwait(false);
        if (changed.Any(c => c.HasVersions))
        {
            throw new ChecksumMigrationRequiredException(changed.Where(c => c.HasVersions).Select(c => c.Change).ToArray());
        }

        foreach (var (type, _, _) in changed)
        {
            // No version was hashed with the old field set: nothing to recompute, only the record to bring up to date.
            await FieldSignatures.RecordAsync(store, type, cancellationToken).ConfigureAwait(false);
        }

        return new Repository(store);
    }

    /// <summary>
    /// A repository over a database this process has already opened with <see cref="OpenAsync"/> (guards installed,
    /// field sets checked): no round trip. The dependency-injection registration opens one per scope this way.
    /// </summary>
    internal static Repository OpenOpened(DbContext context, RepositoryOptions options) => new(NewStore(context, options));

    private static GraphStore NewStore(DbContext context, RepositoryOptions? options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interceptors = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors;
        if (interceptors is null || !interceptors.Contains(ImmutabilityInterceptor.Instance))
        {
            throw new VersioningNotConfiguredException(
                $"{context.GetType().Name} is not configured for Versioner: add .UseVersioning() to its options (optionsBuilder.UseSqlite(...).UseVersioning()).");
        }

        return new GraphStore(context, options ?? new RepositoryOptions());
    }

    /// <summary>
    /// Checks out any commit read-only ("detached"): the state as of that commit. Edits need a branch: create one at
    /// the commit (<see cref="CreateBranchAsync"/>) and check it out.
    /// </summary>
    public Task<Snapshot> CheckoutDetachedAsync(Revision revision, CancellationToken cancellationToken = default) =>
        SnapshotAsync(revision, cancellationToken);

    /// <summary>
    /// Starts a workspace on <paramref name="branch"/> (default <see cref="RepositoryOptions.DefaultBranch"/>): a new
    /// working commit whose parent is the branch head. In an empty repository the first finalize creates the branch.
    /// The working commit is written at the first edit, so a workspace never used leaves nothing in the database.
    /// </summary>
    /// <exception cref="RevisionNotFoundException">The branch does not exist (and the repository is not empty).</exception>
    public Task<Workspace> CheckoutAsync(string? branch = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => CheckoutCoreAsync(branch, cancellationToken));

    private async Task<Workspace> CheckoutCoreAsync(string? branch, CancellationToken cancellationToken)
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

        return new Workspace(_store, branch, head?.Id);
    }

    /// <summary>
    /// Reopens a workspace by its working commit's id (for example after a restart). A workspace's working commit is
    /// written at its first edit: one with no edits yet is not found (check the branch out again instead).
    /// </summary>
    /// <exception cref="RevisionNotFoundException">No commit has that id.</exception>
    /// <exception cref="WorkingCommitFinalizedException">That commit is finalized, not a working commit.</exception>
    public Task<Workspace> OpenWorkspaceAsync(CommitId workingCommit, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => OpenWorkspaceCoreAsync(workingCommit, cancellationToken));

    private async Task<Workspace> OpenWorkspaceCoreAsync(CommitId workingCommit, CancellationToken cancellationToken)
    {
        var row = await _store.GetCommitRowAsync(workingCommit, cancellationToken).ConfigureAwait(false);
        if (row.State != CommitState.Working)
        {
            throw new WorkingCommitFinalizedException(workingCommit);
        }

        return new Workspace(_store, row, await _store.FirstParentAsync(row.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The open workspaces: every working commit with edits (or a merge) not yet finalized, oldest first, each ready to
    /// use as <see cref="OpenWorkspaceAsync"/> returns it. <see cref="Workspace.DiscardAsync"/> drops one.
    /// </summary>
    public Task<IReadOnlyList<Workspace>> WorkspacesAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => WorkspacesCoreAsync(cancellationToken));

    private async Task<IReadOnlyList<Workspace>> WorkspacesCoreAsync(CancellationToken cancellationToken)
    {
        var rows = await _store.Commits.Where(c => c.State == CommitState.Working).OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var commits = await _store.ToCommitsAsync(rows, cancellationToken).ConfigureAwait(false);
        return rows.Zip(commits, (row, commit) => new Workspace(_store, row, commit.Parents.Count > 0 ? commit.Parents[0] : null)).ToArray();
    }

    /// <summary>The commit a revision names.</summary>
    /// <exception cref="RevisionNotFoundException">It names none.</exception>
    public Task<Commit> FindCommitAsync(Revision revision, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => FindCommitCoreAsync(revision, cancellationToken));

    private async Task<Commit> FindCommitCoreAsync(Revision revision, CancellationToken cancellationToken) =>
        await _store.ToCommitAsync(await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>The state of everything as of a revision: query it like the live tables.</summary>
    /// <exception cref="RevisionNotFoundException">The revision names no commit.</exception>
    public Task<Snapshot> SnapshotAsync(Revision revision, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => SnapshotCoreAsync(revision, cancellationToken));

    private async Task<Snapshot> SnapshotCoreAsync(Revision revision, CancellationToken cancellationToken)
    {
        var row = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        return new Snapshot(_store, row, await _store.PathAsync(row, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>One version by id, whatever its commit (how a pinned reference resolves).</summary>
    /// <returns>The version, or null when no version of <typeparamref name="T"/> has that id.</returns>
    /// <exception cref="VersionPrunedException">Retention pruned that version; the exception says when and by which policy.</exception>
    public Task<T?> FindVersionAsync<T>(VersionId versionId, CancellationToken cancellationToken = default)
        where T : Versioned =>
        ProviderErrors.RunAsync(() => FindVersionCoreAsync<T>(versionId, cancellationToken));

    private async Task<T?> FindVersionCoreAsync<T>(VersionId versionId, CancellationToken cancellationToken)
        where T : Versioned
    {
        _store.Model.Get(typeof(T));
        var version = await Context.Set<T>().AsNoTracking().FirstOrDefaultAsync(v => v.VersionId == versionId, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            await PrunedMarks.ThrowIfPrunedAsync(_store, [versionId], cancellationToken).ConfigureAwait(false);
        }

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
}
