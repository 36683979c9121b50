using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Schema;
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
public sealed partial class Repository : IAsyncDisposable, IDisposable
{
    private readonly GraphStore _store;
    private readonly bool _ownsContext;

    private Repository(GraphStore store, bool ownsContext = false)
    {
        _store = store;
        _ownsContext = ownsContext;
        Branches = new BranchCollection(store);
        Tags = new TagCollection(store);
    }

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
    /// <exception cref="UnsupportedDatabaseProviderException">The context uses an EF provider Versioner has no dialect for (it supports SQLite and PostgreSQL).</exception>
    /// <exception cref="ChecksumMigrationRequiredException">
    /// A schema migration changed the fields of a versioned type whose versions were hashed with the old fields; run
    /// <see cref="MigrateChecksumsAsync"/> once first.
    /// </exception>
    /// <exception cref="UnsupportedStorageFormatException">A newer Versioner wrote the database in a storage format this version does not read.</exception>
    /// <exception cref="InvalidRefNameException"><see cref="RepositoryOptions.DefaultBranch"/> is no valid branch name.</exception>
    public static Task<Repository> OpenAsync(DbContext context, RepositoryOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => OpenCoreAsync(context, options, cancellationToken));

    private static async Task<Repository> OpenCoreAsync(DbContext context, RepositoryOptions? options, CancellationToken cancellationToken)
    {
        var store = NewStore(context, options);
        await StorageFormat.CheckAsync(store, record: !store.Options.ReadOnly, cancellationToken).ConfigureAwait(false);
        if (store.Options.InstallDatabaseGuards && !store.Options.ReadOnly)
        {
            await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
        }

        if (store.Options.ReadOnly)
        {
            return new Repository(store);
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

        await SchemaRecords.RecordAsync(store, cancellationToken).ConfigureAwait(false);
        return new Repository(store);
    }

    /// <summary>
    /// Opens the history in any Versioner database without the application's model: a command-line tool, a browser
    /// UI, a script. The versioned types are rebuilt from what the database records about them (recorded whenever an
    /// application opens it with its own model: <see cref="SchemaAsync"/> lists it), so everything that needs no CLR
    /// type works as it does for the application: the log, commits, <see cref="DiffAsync"/>, the non-generic
    /// <see cref="HistoryAsync(EternalId, Revision, LogOptions?, CancellationToken)"/>, <see cref="BlameAsync"/>,
    /// <see cref="Snapshot.FindContentAsync"/> and <see cref="Snapshot.ContentsAsync"/>, Verify, compare, push and
    /// pull, branches and tags, redaction and retention, with the same checksums.
    /// </summary>
    /// <param name="connection">
    /// A <c>SqliteConnection</c> or an <c>NpgsqlConnection</c>, open or not; the caller keeps owning it (dispose it after
    /// the repository).
    /// </param>
    /// <param name="options">Options; <see cref="RepositoryOptions.ReadOnly"/> opens without writing anything (a hot standby, a read-only file).</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>A repository that owns the context it made: dispose it.</returns>
    /// <exception cref="ArgumentException">The connection is of neither engine.</exception>
    /// <exception cref="NotVersionerDatabaseException">The database holds no Versioner history (it has no Versioner tables).</exception>
    /// <exception cref="DatabaseException">
    /// The database could not be read at all: another writer holds it locked (<see cref="DatabaseException.IsTransient"/>), the file is no
    /// database, or the login may not read Versioner's tables; the message gives the database's own words.
    /// </exception>
    /// <exception cref="UnsupportedStorageFormatException">A newer Versioner wrote the database in a storage format this version does not read.</exception>
    /// <exception cref="InvalidRefNameException"><see cref="RepositoryOptions.DefaultBranch"/> is no valid branch name.</exception>
    /// <remarks>
    /// A type the database does not describe (it was last opened by a Versioner older than 0.2, or one of its fields is
    /// stored through a value converter of the application's) cannot be read this way: reading its versions throws
    /// <see cref="UndescribedTypeException"/>, and so do Verify, compare, push, pull and every write, which need every
    /// type. Opening the database once with the application's model records the description.
    /// </remarks>
    /// <example>
    /// <code>
    /// await using var connection = new SqliteConnection("Data Source=books.db");
    /// await using var repo = await Repository.OpenAsync(connection);
    /// foreach (var commit in await repo.LogAsync("main")) Console.WriteLine($"{commit.ShortForm} {commit.Message}");
    /// </code>
    /// </example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (DbContext or DbConnection) decides; no call is ambiguous.")]
    public static Task<Repository> OpenAsync(System.Data.Common.DbConnection connection, RepositoryOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => OpenModelFreeCoreAsync(connection, options, cancellationToken));

    private static async Task<Repository> OpenModelFreeCoreAsync(System.Data.Common.DbConnection connection, RepositoryOptions? options, CancellationToken cancellationToken)
    {
        var context = await ModelFreeOpening.CreateContextAsync(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            var store = NewStore(context, options);
            await StorageFormat.CheckAsync(store, record: !store.Options.ReadOnly, cancellationToken).ConfigureAwait(false);
            if (store.Options.InstallDatabaseGuards && !store.Options.ReadOnly)
            {
                await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
            }

            return new Repository(store, ownsContext: true);
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// What the database records about each versioned type (table, fields, kinds, declared references), as
    /// <see cref="OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/> reads it.
    /// </summary>
    public Task<IReadOnlyList<EntityTypeSchema>> SchemaAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
            (IReadOnlyList<EntityTypeSchema>)(await SchemaRecords.ReadAsync(_store, cancellationToken).ConfigureAwait(false)).Select(r => r.ToSchema()).ToArray());

    /// <summary>
    /// Disposes the context this repository made (<see cref="OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/>);
    /// a repository over the application's own context leaves that context alone.
    /// </summary>
    public ValueTask DisposeAsync() => _ownsContext ? _store.Db.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc cref="DisposeAsync"/>
    public void Dispose()
    {
        if (_ownsContext)
        {
            _store.Db.Dispose();
        }
    }

    private void EnsureWritable(string operation) => _store.EnsureWritable(operation);

    private void EnsureComplete() => _store.EnsureComplete();

    /// <summary>
    /// A repository over a database this process has already opened with <see cref="OpenAsync(DbContext, RepositoryOptions?, CancellationToken)"/> (guards installed,
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

        options ??= new RepositoryOptions();
        // The rule for names that may exist already: a default branch made before '^' was refused in names still opens.
        RefNames.ValidateExisting(options.DefaultBranch, $"{nameof(options)}.{nameof(RepositoryOptions.DefaultBranch)}");
        return new GraphStore(context, options);
    }

    /// <summary>
    /// Checks out any commit read-only ("detached"): the state as of that commit. Edits need a branch: create one at
    /// the commit (<see cref="BranchCollection.CreateAsync(string, Revision, CancellationToken)"/> on <see cref="Branches"/>) and check it out.
    /// </summary>
    public Task<Snapshot> CheckoutDetachedAsync(Revision revision, CancellationToken cancellationToken = default) =>
        SnapshotAsync(revision, cancellationToken);

    /// <summary>
    /// Starts a workspace on <paramref name="branch"/> (default <see cref="RepositoryOptions.DefaultBranch"/>): a new
    /// working commit whose parent is the branch head. In an empty repository the first finalize creates the branch.
    /// The working commit is written at the first edit, so a workspace never used leaves nothing in the database.
    /// </summary>
    /// <exception cref="RevisionNotFoundException">The branch does not exist (and the repository is not empty).</exception>
    /// <exception cref="NotABranchException">The name is a tag's.</exception>
    /// <exception cref="InvalidRefNameException">The name cannot name a branch (empty, spaces, control characters, <c>~</c>, <c>..</c>, braces, a leading <c>-</c>; and, for the branch an empty repository's first finalize creates, <c>^</c> or <c>:</c>).</exception>
    /// <exception cref="HistoryDamagedException">The branch points at a commit that is not finalized (moved outside Versioner).</exception>
    public Task<Workspace> CheckoutAsync(string? branch = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => CheckoutCoreAsync(branch, cancellationToken));

    private async Task<Workspace> CheckoutCoreAsync(string? branch, CancellationToken cancellationToken)
    {
        branch ??= Options.DefaultBranch;
        RefNames.ValidateExisting(branch); // a branch made before '^' was refused in names is still checked out
        var reference = await _store.FindRefAsync(branch, cancellationToken).ConfigureAwait(false);
        CommitRow? head = null;
        if (reference is not null)
        {
            if (reference.Kind != RefKind.Branch)
            {
                throw new NotABranchException(branch);
            }

            head = await _store.GetCommitRowAsync(reference.CommitId, cancellationToken).ConfigureAwait(false);
            if (head.State != CommitState.Finalized)
            {
                // Branches only ever move to finalized commits: a finalize would otherwise hash a parent without a checksum.
                throw new HistoryDamagedException($"Branch '{branch}' points at commit {head.Id}, which is not finalized; the ref was moved outside Versioner. Run repository.VerifyAsync() (or `versioner verify`) to find the damaged rows.");
            }
        }
        else if (await Context.Set<RefRow>().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new RevisionNotFoundException(branch, "no such branch. Create it first: repository.Branches.CreateAsync(name, startPoint).");
        }
        else
        {
            RefNames.Validate(branch); // the first finalize of an empty repository creates it: a new name
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

    /// <summary>
    /// Many commits by id in one round trip (per 500), such as the heads of every branch and tag; ids that name no
    /// commit are left out.
    /// </summary>
    public Task<IReadOnlyDictionary<CommitId, Commit>> FindCommitsAsync(IEnumerable<CommitId> ids, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(ids);
            return (IReadOnlyDictionary<CommitId, Commit>)await _store.CommitsByIdAsync(ids.ToArray(), cancellationToken).ConfigureAwait(false);
        });

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
        var (row, path) = await _store.ResolveWithPathAsync(revision, cancellationToken).ConfigureAwait(false);
        return new Snapshot(_store, row, path);
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
    /// One version of a dynamic document by id, whatever its commit: the counterpart of <see cref="FindVersionAsync{T}"/>
    /// for documents (saved by type name and JSON, as the ingest service stores them), which no class of the model
    /// holds. One lookup by primary key.
    /// </summary>
    /// <returns>
    /// The version (its type, entity, the commit that added it and its JSON), or null when no document version has that
    /// id (a typed entity's version included: <see cref="FindVersionAsync{T}"/> finds those).
    /// </returns>
    /// <exception cref="VersionPrunedException">Retention pruned that document version; the exception says when and by which policy.</exception>
    /// <example><code>
    /// var version = await repository.FindDocumentVersionAsync(issue.VersionId!.Value);
    /// Console.WriteLine($"{version?.EntityType} {version?.EternalId} added by {version?.CommitId}: {version?.Json}");
    /// </code></example>
    public Task<Document?> FindDocumentVersionAsync(VersionId versionId, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => FindDocumentVersionCoreAsync(versionId, cancellationToken));

    private async Task<Document?> FindDocumentVersionCoreAsync(VersionId versionId, CancellationToken cancellationToken)
    {
        var row = await _store.Db.Set<DocumentRow>().AsNoTracking().FirstOrDefaultAsync(d => d.VersionId == versionId, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            return new Document(row.EntityType, row.EternalId, row.VersionId, row.CommitId, row.Data);
        }

        // A pruned typed version is no document version: only a document type's mark is reported (a typed type this
        // opening cannot read, a model-free opening's undescribed one, is typed all the same).
        var marks = await PrunedMarks.FindAsync(_store, [versionId], cancellationToken).ConfigureAwait(false);
        if (marks.TryGetValue(versionId, out var pruned) && _store.Model.Find(pruned.EntityType) is null && !_store.Model.Undescribed.ContainsKey(pruned.EntityType))
        {
            throw new VersionPrunedException(pruned);
        }

        return null;
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
