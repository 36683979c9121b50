using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Storage;

namespace Versioner;

/// <summary>
/// Edits in progress on a branch: a working commit whose parent is the branch head at checkout. Saving an entity
/// makes a new version in the working commit (a version already in it is edited in place); removing records the
/// eternal id as removed. <see cref="StatusAsync"/> shows the changes, <see cref="Stage"/> picks part of them, and
/// <see cref="FinalizeAsync"/> commits them.
/// </summary>
/// <remarks>
/// After a finalize the workspace goes on with a working commit on top of the new commit, so <see cref="Id"/>
/// changes. Not thread-safe (it uses its repository's <see cref="DbContext"/>).
/// </remarks>
public sealed class Workspace
{
    private readonly GraphStore _store;
    private CommitRow? _working; // null until the first edit writes the working commit (see WritableAsync)
    private CommitId _id;
    private CommitId? _parent;
    private string _branch;

    /// <summary>A workspace on a working commit already written.</summary>
    internal Workspace(GraphStore store, CommitRow working, CommitId? parent)
    {
        _store = store;
        _working = working;
        _id = working.Id;
        _parent = parent;
        _branch = working.Branch!;
    }

    /// <summary>A workspace whose working commit is written at its first edit, as a child of <paramref name="parent"/>.</summary>
    internal Workspace(GraphStore store, string branch, CommitId? parent)
    {
        _store = store;
        _id = CommitId.New();
        _parent = parent;
        _branch = branch;
    }

    /// <summary>
    /// The current working commit. It is written at the first edit (a workspace never used leaves nothing behind), so
    /// <see cref="Repository.OpenWorkspaceAsync"/> finds it from then on. Changes after a finalize or a merge.
    /// </summary>
    public CommitId Id => _id;

    /// <summary>The branch this workspace finalizes onto.</summary>
    public string Branch => _working?.Branch ?? _branch;

    /// <summary>
    /// Saves an entity as a new version in the working commit (or updates the working commit's own version of it).
    /// A new entity (empty <see cref="Versioned.EternalId"/>) gets a new eternal id. The entity's ids are updated.
    /// </summary>
    /// <returns>The same entity, with its ids assigned.</returns>
    /// <exception cref="InvalidFieldValueException">A field's value cannot be stored faithfully; nothing was written.</exception>
    /// <exception cref="EntityTypeMismatchException">The eternal id belongs to another entity type.</exception>
    public async Task<T> SaveAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(entity);
        await SaveAllAsync([entity], cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <summary>
    /// Saves an entity as a new version under a version id the caller chose, as
    /// <see cref="SaveDocumentAsync(string, EternalId, JsonElement, VersionId?, CancellationToken)"/> allows for documents:
    /// two databases that save the same entities with the same eternal and version ids, authors, messages and
    /// timestamps build commits with the same checksums, without a transfer. The id must be new; an entity can have only
    /// one version per working commit (saving it again with the same id edits that version in place).
    /// </summary>
    /// <returns>The same entity, with its ids assigned.</returns>
    /// <exception cref="InvalidVersionIdException"><paramref name="versionId"/> is empty; nothing was written.</exception>
    /// <exception cref="InvalidFieldValueException">A field's value cannot be stored faithfully; nothing was written.</exception>
    /// <exception cref="EntityTypeMismatchException">The eternal id belongs to another entity type.</exception>
    /// <exception cref="DuplicateVersionIdException">
    /// The version id is taken, or the entity already has another version in this working commit; nothing was written.
    /// </exception>
    public async Task<T> SaveAsync<T>(T entity, VersionId versionId, CancellationToken cancellationToken = default)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (versionId.IsEmpty)
        {
            throw new InvalidVersionIdException(_store.Model.Get(entity.GetType()).Name, entity.EternalId);
        }

        await SaveCoreAsync([entity], versionId, cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <summary>Saves many entities in one transaction through one prepared statement per table (the bulk path).</summary>
    /// <exception cref="InvalidFieldValueException">A field's value cannot be stored faithfully; nothing was written.</exception>
    /// <exception cref="MissingReferenceException">A declared reference is unset (a default id); nothing was written.</exception>
    /// <exception cref="DanglingReferenceException">A declared reference names nothing; nothing was written.</exception>
    /// <exception cref="PinnedVersionNotFinalizedException">A pinned reference names another workspace's draft; nothing was written.</exception>
    public Task SaveAllAsync<T>(IEnumerable<T> entities, CancellationToken cancellationToken = default)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(entities);
        return SaveCoreAsync(entities.ToList(), null, cancellationToken);
    }

    private Task SaveCoreAsync<T>(List<T> list, VersionId? versionId, CancellationToken cancellationToken)
        where T : Versioned =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(SaveAsync)); return SaveCoreUntranslatedAsync(list, versionId, cancellationToken); });

    private Task SaveCoreUntranslatedAsync<T>(List<T> list, VersionId? versionId, CancellationToken cancellationToken)
        where T : Versioned =>
        SaveVersionsAsync(_store.Model.Get(typeof(T)), list, versionId, cancellationToken);

    /// <summary>
    /// Saves a new version of an entity given as canonical field values, for a caller without the entity's class (a tool
    /// over <see cref="Repository.OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/>,
    /// a merge resolution typed into a form): the entity's version in this workspace's state with
    /// <paramref name="fields"/> replaced, or, for an empty <paramref name="eternalId"/>, a new entity with those fields
    /// and the others at their defaults. Typed entity types and document types alike; the same checks as
    /// <see cref="SaveAsync{T}(T, CancellationToken)"/>.
    /// </summary>
    /// <param name="entityType">The versioned name of the type (<see cref="EntityTypeSchema.Name"/>) or a document type.</param>
    /// <param name="eternalId">The entity, or <c>default(EternalId)</c> for a new one.</param>
    /// <param name="fields">Field name to value; a value is converted to the field's type (an integer to a decimal field, say) when that loses nothing.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The saved version, as canonical content.</returns>
    /// <exception cref="EntityNotFoundException">The entity is not in this workspace's state.</exception>
    /// <exception cref="EntityTypeMismatchException">The entity is of another type.</exception>
    /// <exception cref="InvalidFieldValueException">A field is not one of the type's, or a value does not fit it; nothing was written.</exception>
    public Task<VersionContent> SaveFieldsAsync(string entityType, EternalId eternalId, IReadOnlyDictionary<string, FieldValue> fields, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(SaveFieldsAsync)); return SaveFieldsCoreAsync(entityType, eternalId, fields, cancellationToken); });

    private async Task<VersionContent> SaveFieldsCoreAsync(string entityType, EternalId eternalId, IReadOnlyDictionary<string, FieldValue> fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentNullException.ThrowIfNull(fields);
        VersionContent? current = null;
        if (!eternalId.IsEmpty)
        {
            current = await (await SnapshotCoreAsync(cancellationToken).ConfigureAwait(false)).FindContentAsync(eternalId, cancellationToken).ConfigureAwait(false)
                ?? throw new EntityNotFoundException(entityType, eternalId.Value, "is not in this workspace's state; pass default(EternalId) to create an entity");
            if (current.EntityType != entityType)
            {
                throw new EntityTypeMismatchException(eternalId, current.EntityType, entityType);
            }
        }

        if (_store.Model.Find(entityType) is not { } type)
        {
            _store.Model.ThrowIfUndescribed(entityType);
            var merged = new SortedDictionary<string, FieldValue>(StringComparer.Ordinal);
            foreach (var (name, value) in current?.Fields ?? [])
            {
                merged[name] = value;
            }

            foreach (var (name, value) in fields)
            {
                merged[name] = value;
            }

            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var (name, value) in merged)
                {
                    writer.WritePropertyName(name);
                    value.WriteJson(writer);
                }

                writer.WriteEndObject();
            }

            using var json = JsonDocument.Parse(buffer.WrittenMemory);
            var document = await SaveDocumentAsync(entityType, eternalId, json.RootElement, cancellationToken).ConfigureAwait(false);
            return VersionedType.DocumentContent(document.EntityType, document.EternalId, document.VersionId, document.Json);
        }

        var entity = current is null
            ? (Versioned)Activator.CreateInstance(type.ClrType, nonPublic: true)!
            : (await type.LoadAsync(_store.Db, [current.VersionId], cancellationToken).ConfigureAwait(false)).Single();
        foreach (var (name, value) in fields)
        {
            try
            {
                type.SetFieldValue(entity, name, value);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InvalidCastException or FormatException or OverflowException)
            {
                throw new InvalidFieldValueException(name, $"{type.Name} cannot hold {value} there: {ex.Message}");
            }
        }

        await SaveVersionsAsync(type, [entity], null, cancellationToken).ConfigureAwait(false);
        return type.ToContent(entity);
    }

    private async Task SaveVersionsAsync(VersionedType type, IReadOnlyList<Versioned> list, VersionId? versionId, CancellationToken cancellationToken)
    {
        foreach (var entity in list)
        {
            ArgumentNullException.ThrowIfNull(entity, "entities");
            type.ValidateFields(entity, _store.Dialect); // before anything is written
        }

        var table = VersionTable.For(type, _store.Map);
        await _store.InTransactionAsync(async () =>
        {
            var working = await WritableAsync(cancellationToken).ConfigureAwait(false);
            await VersionWriter.CheckReferencesAsync(_store, working, type, list, cancellationToken).ConfigureAwait(false);
            await VersionWriter.WriteAsync(_store, working, table, list.Select(e => Staging.Pending(type, e, versionId)).ToArray(), cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves a version of a dynamic document: an entity known by <paramref name="entityType"/> and a JSON object of
    /// fields. Pass an empty <paramref name="eternalId"/> for a new entity.
    /// </summary>
    /// <returns>The saved version.</returns>
    /// <exception cref="DocumentNotAnObjectException"><paramref name="data"/> is not a JSON object; nothing was written.</exception>
    /// <exception cref="NotADocumentTypeException">The type name is a CLR entity's; nothing was written.</exception>
    /// <exception cref="InvalidFieldValueException">A field's value cannot be stored faithfully.</exception>
    public Task<Document> SaveDocumentAsync(string entityType, EternalId eternalId, JsonElement data, CancellationToken cancellationToken = default) =>
        SaveDocumentAsync(entityType, eternalId, data, versionId: null, cancellationToken);

    /// <summary>
    /// Saves a version of a dynamic document under a version id the caller chose (for example an ingest client's, so a
    /// retry is recognized). The id must be new; an entity can have only one version per working commit.
    /// </summary>
    /// <returns>The saved version.</returns>
    /// <exception cref="DocumentNotAnObjectException"><paramref name="data"/> is not a JSON object; nothing was written.</exception>
    /// <exception cref="NotADocumentTypeException">The type name is a CLR entity's; nothing was written.</exception>
    /// <exception cref="InvalidFieldValueException">A field's value cannot be stored faithfully.</exception>
    /// <exception cref="DuplicateVersionIdException">
    /// The version id is taken, or the entity already has another version in this working commit; nothing was written.
    /// </exception>
    public Task<Document> SaveDocumentAsync(string entityType, EternalId eternalId, JsonElement data, VersionId? versionId, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(SaveDocumentAsync)); return SaveDocumentCoreAsync(entityType, eternalId, data, versionId, cancellationToken); });

    private async Task<Document> SaveDocumentCoreAsync(string entityType, EternalId eternalId, JsonElement data, VersionId? versionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        if (_store.Model.Find(entityType) is { } typed)
        {
            throw new NotADocumentTypeException(entityType, typed.ClrType.Name);
        }

        var canonical = Documents.Canonical(data);
        Document? saved = null;
        await _store.InTransactionAsync(async () =>
        {
            var working = await WritableAsync(cancellationToken).ConfigureAwait(false);
            var pending = Documents.Pending(entityType, eternalId, canonical, (e, v, c) => saved = new Document(entityType, e, v, c, canonical), versionId);
            await VersionWriter.WriteAsync(_store, working, VersionTable.ForDocuments(entityType, _store.Map), [pending], cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return saved!;
    }

    /// <summary>
    /// Removes an entity: records its eternal id as removed in the working commit. Finalize refuses the removal
    /// (<see cref="SnapshotConstraintException"/>) while an entity of the resulting snapshot still refers to it through
    /// a declared reference or holds it in a declared set, unless the reference allows dangling.
    /// </summary>
    /// <exception cref="EntityNotFoundException">The entity is not in the working state.</exception>
    public Task RemoveAsync<T>(EternalId eternalId, CancellationToken cancellationToken = default)
        where T : Versioned =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(RemoveAsync)); return RemoveCoreAsync(_store.Model.Get(typeof(T)).Name, eternalId, cancellationToken); });

    /// <summary>Removes an entity given any of its versions.</summary>
    /// <exception cref="EntityNotFoundException">The entity is not in the working state.</exception>
    public Task RemoveAsync<T>(T entity, CancellationToken cancellationToken = default)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(entity);
        return RemoveAsync<T>(entity.EternalId, cancellationToken);
    }

    /// <summary>Removes a dynamic document.</summary>
    /// <exception cref="EntityNotFoundException">The document is not in the working state.</exception>
    public Task RemoveDocumentAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(RemoveDocumentAsync)); return RemoveDocumentCoreAsync(entityType, eternalId, cancellationToken); });

    private Task RemoveDocumentCoreAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        return RemoveCoreAsync(entityType, eternalId, cancellationToken);
    }

    private async Task RemoveCoreAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken) =>
        await _store.InTransactionAsync(async () =>
        {
            var working = await WritableAsync(cancellationToken).ConfigureAwait(false);
            await VersionWriter.RemoveAsync(_store, working, await ParentPathAsync(cancellationToken).ConfigureAwait(false), entityType, eternalId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>The working changes: a diff of the working commit against its parent (like <c>git status</c>).</summary>
    public Task<Diff> StatusAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => StatusCoreAsync(cancellationToken));

    private async Task<Diff> StatusCoreAsync(CancellationToken cancellationToken)
    {
        var working = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        var parentPath = await ParentPathAsync(cancellationToken).ConfigureAwait(false);
        return await DiffEngine.DiffAsync(
            _store,
            parentPath,
            working is null ? parentPath : await _store.PathAsync(working, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The working state: the parent's snapshot with the working changes applied.</summary>
    public Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => SnapshotCoreAsync(cancellationToken));

    private async Task<Snapshot> SnapshotCoreAsync(CancellationToken cancellationToken)
    {
        if (await RefreshAsync(cancellationToken).ConfigureAwait(false) is { } working)
        {
            return new Snapshot(_store, working, await _store.PathAsync(working, cancellationToken).ConfigureAwait(false));
        }

        return new Snapshot(_store, new CommitRow { Id = _id, State = CommitState.Working, Branch = _branch }, await ParentPathAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Starts picking part of the working changes to finalize (a diff with checkboxes).</summary>
    public StagingArea Stage() => new(this);

    /// <summary>
    /// Finalizes every working change as one commit: checksums, immutability, and the branch moved by
    /// compare-and-swap, atomically. The workspace goes on with a new working commit on top.
    /// </summary>
    /// <returns>The new commit.</returns>
    /// <exception cref="NothingToCommitException">There are no changes.</exception>
    /// <exception cref="BranchMovedException">The branch moved since checkout; nothing was committed.</exception>
    /// <exception cref="SnapshotConstraintException">The result would break a snapshot constraint; nothing was committed.</exception>
    /// <exception cref="UnresolvedConflictsException">A merge in progress still has conflicts.</exception>
    /// <exception cref="WorkingCommitFinalizedException">Another workspace finalized this working commit; check the branch out again.</exception>
    /// <exception cref="FinalizeRetriesExhaustedException">Concurrent finalizes kept taking its place in the graph; nothing was committed.</exception>
    public Task<Commit> FinalizeAsync(string author, string message, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(FinalizeAsync)); return FinalizeCoreAsync(null, author, message, cancellationToken); });

    /// <summary>
    /// Merges another branch or commit into this workspace's branch. Fast-forwards when possible (unless
    /// <see cref="MergeOptions.FastForward"/> says never); otherwise merges three ways at field level from the best
    /// common ancestor(s) and, when nothing conflicts, finalizes the merge commit (first parent: this branch).
    /// With conflicts the merge waits in the working commit: see <see cref="ConflictsAsync"/>,
    /// <see cref="ResolveAsync"/>, <see cref="FinalizeAsync"/> and <see cref="AbortMergeAsync"/>.
    /// </summary>
    /// <returns>Up to date, fast-forward, merged (with the commit), or conflicts (with the list): a result, not an exception.</returns>
    /// <exception cref="UncommittedChangesException">The workspace has uncommitted changes or a merge in progress.</exception>
    /// <exception cref="SnapshotConstraintException">The merged result breaks a snapshot constraint; nothing was committed.</exception>
    /// <exception cref="UnfinalizedCommitException"><paramref name="revision"/> names a working commit; nothing was changed.</exception>
    public Task<MergeResult> MergeAsync(Revision revision, MergeOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(MergeAsync)); return ApplyAsync((working, o) => Merger.MergeAsync(_store, working, revision, o, cancellationToken), options, cancellationToken); });

    /// <summary>
    /// Makes a commit that undoes another commit's changes, through the same three-way machinery (base: that commit;
    /// theirs: its parent). Conflicts, if any, wait in the working commit like a merge's.
    /// </summary>
    /// <exception cref="UncommittedChangesException">The workspace has uncommitted changes or a merge in progress.</exception>
    /// <exception cref="UnfinalizedCommitException"><paramref name="revision"/> names a working commit; nothing was changed.</exception>
    /// <exception cref="MergeCommitPickException"><paramref name="revision"/> names a merge commit; nothing was changed.</exception>
    public Task<MergeResult> RevertAsync(Revision revision, MergeOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(RevertAsync)); return PickAsync(revision, revert: true, options, cancellationToken); });

    /// <summary>
    /// Applies another commit's changes on top of this branch as a new commit (base: its parent; theirs: it), keeping
    /// its author and message unless <paramref name="options"/> give a message.
    /// </summary>
    /// <exception cref="UncommittedChangesException">The workspace has uncommitted changes or a merge in progress.</exception>
    /// <exception cref="UnfinalizedCommitException"><paramref name="revision"/> names a working commit; nothing was changed.</exception>
    /// <exception cref="MergeCommitPickException"><paramref name="revision"/> names a merge commit; nothing was changed.</exception>
    public Task<MergeResult> CherryPickAsync(Revision revision, MergeOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(CherryPickAsync)); return PickAsync(revision, revert: false, options, cancellationToken); });

    private Task<MergeResult> PickAsync(Revision revision, bool revert, MergeOptions? options, CancellationToken cancellationToken) =>
        ApplyAsync((working, o) => Merger.PickAsync(_store, working, revision, revert, o, cancellationToken), options, cancellationToken);

    /// <summary>
    /// Runs a merge, revert or cherry-pick on the working commit (written for it, and deleted again when the result
    /// leaves it empty: up to date, fast-forward, or finalized).
    /// </summary>
    private async Task<MergeResult> ApplyAsync(Func<CommitRow, MergeOptions, Task<(MergeResult Result, CommitRow? Working)>> apply, MergeOptions? options, CancellationToken cancellationToken)
    {
        var (result, next) = await _store.InTransactionAsync(
            async () => await apply(await WritableAsync(cancellationToken).ConfigureAwait(false), options ?? new MergeOptions()).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        if (next is not null)
        {
            _working = next;
        }
        else
        {
            Restart(result.Status is MergeStatus.Merged or MergeStatus.FastForward ? result.Commit!.Id : _parent);
        }

        return result;
    }

    /// <summary>The unresolved conflicts of the merge (or revert, cherry-pick) waiting in this workspace.</summary>
    public Task<IReadOnlyList<MergeConflict>> ConflictsAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => ConflictsCoreAsync(cancellationToken));

    private async Task<IReadOnlyList<MergeConflict>> ConflictsCoreAsync(CancellationToken cancellationToken)
    {
        var working = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return working is null ? [] : await Merger.ConflictsAsync(_store, working.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resolves one conflict: <see cref="MergeStrategy.Ours"/> keeps our values, <see cref="MergeStrategy.Theirs"/>
    /// takes theirs, <see cref="MergeStrategy.Manual"/> accepts the working state as it is now (after you saved your
    /// own resolution with <see cref="SaveAsync{T}(T, CancellationToken)"/>).
    /// </summary>
    /// <exception cref="ConflictNotFoundException">
    /// No such unresolved conflict in this workspace (resolved already, or no merge in progress); nothing was changed.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="strategy"/> is <see cref="MergeStrategy.Conflict"/> (which leaves a conflict unresolved), a mistake in the calling code.
    /// </exception>
    public Task ResolveAsync(MergeConflict conflict, MergeStrategy strategy, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(ResolveAsync)); return ResolveCoreAsync(conflict, strategy, cancellationToken); });

    private async Task ResolveCoreAsync(MergeConflict conflict, MergeStrategy strategy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (strategy is not (MergeStrategy.Ours or MergeStrategy.Theirs or MergeStrategy.Manual))
        {
            throw new ArgumentException(
                $"{strategy} does not resolve a conflict: pass {nameof(MergeStrategy.Ours)}, {nameof(MergeStrategy.Theirs)}, or {nameof(MergeStrategy.Manual)} to keep what you saved.", nameof(strategy));
        }

        await _store.InTransactionAsync(async () =>
        {
            var working = await LockedAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new ConflictNotFoundException(conflict.EntityType, conflict.EternalId, conflict.Fields, workingCommit: null);
            await Merger.ResolveAsync(_store, working, conflict, strategy, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Abandons the merge (or conflicted revert, cherry-pick) in progress, with every edit made since it started: the
    /// workspace is clean again on the same parent.
    /// </summary>
    /// <exception cref="NoMergeInProgressException">
    /// No merge waits here (no second parent, no unresolved conflict); the edits were kept. <see cref="DiscardAsync"/> drops edits.
    /// </exception>
    public Task AbortMergeAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(AbortMergeAsync)); return AbortMergeCoreAsync(cancellationToken); });

    private async Task AbortMergeCoreAsync(CancellationToken cancellationToken)
    {
        await _store.InTransactionAsync(async () =>
        {
            var working = await LockedAsync(cancellationToken).ConfigureAwait(false) ?? throw new NoMergeInProgressException(_id);
            _parent = await _store.FirstParentAsync(working.Id, cancellationToken).ConfigureAwait(false);
            await Merger.AbortAsync(_store, working, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        Restart(_parent);
    }

    /// <summary>
    /// Drops every edit of this workspace: its working commit goes, with the versions, change rows and conflicts it
    /// held (versions it took over from other commits stay theirs). The workspace is clean again on the same parent
    /// and can be used on; a workspace with no edits is left as it is.
    /// </summary>
    public Task DiscardAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(DiscardAsync)); return DiscardCoreAsync(cancellationToken); });

    private async Task DiscardCoreAsync(CancellationToken cancellationToken)
    {
        await _store.InTransactionAsync(async () =>
        {
            if (await LockedAsync(cancellationToken).ConfigureAwait(false) is { } working)
            {
                _parent = await _store.FirstParentAsync(working.Id, cancellationToken).ConfigureAwait(false);
                await WorkingCommits.DeleteAsync(_store, working, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
        Restart(_parent);
    }

    /// <summary>
    /// Writes the working commit now rather than at the first edit, so that <see cref="Id"/> names a commit in the
    /// database: to record it for a restart (<see cref="Repository.OpenWorkspaceAsync"/>), or to write into it with a
    /// <see cref="DocumentWriter"/> (<see cref="Repository.OpenDocumentWriterAsync"/>). Does nothing when it is written already.
    /// </summary>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    public Task EnsureWrittenAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(EnsureWrittenAsync)); return _store.InTransactionAsync(() => WritableAsync(cancellationToken), cancellationToken); });

    internal async Task<Commit> FinalizeCoreAsync(StageSelection? selection, string author, string message, CancellationToken cancellationToken)
    {
        var written = await RefreshAsync(cancellationToken).ConfigureAwait(false) ?? throw new NothingToCommitException(_id);
        var (commit, working) = await Finalizer.FinalizeAsync(_store, written.Id, selection, author, message, cancellationToken).ConfigureAwait(false);
        if (working is null)
        {
            Restart(commit.Id);
        }
        else
        {
            _working = working;
            _parent = commit.Id;
        }

        // The commit is made: a cancellation from here on must not report it as not made.
        return await _store.ToCommitAsync(commit, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Goes on with a new working commit on <paramref name="parent"/>, written at the next edit.</summary>
    private void Restart(CommitId? parent)
    {
        _branch = Branch;
        _working = null;
        _id = CommitId.New();
        _parent = parent;
    }

    /// <summary>The working commit as it is now, or null while none is written (nothing edited since checkout or finalize).</summary>
    private async Task<CommitRow?> RefreshAsync(CancellationToken cancellationToken)
    {
        if (_working is null)
        {
            return null;
        }

        var row = await _store.FindCommitRowAsync(_working.Id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            // Discarded (through another Workspace on it), or its first write rolled back: clean again, same parent.
            _branch = _working.Branch ?? _branch;
            _working = null;
            return null;
        }

        if (row.State != CommitState.Working)
        {
            throw new WorkingCommitFinalizedException(row.Id);
        }

        return _working = row;
    }

    /// <summary>
    /// The working commit as it is now, its row locked until the transaction ends (<see cref="WorkingCommits.LockAsync"/>),
    /// or null while none is written. Call inside the write's transaction: another writer of it waits until this one commits.
    /// </summary>
    /// <exception cref="WorkingCommitFinalizedException">It was finalized meanwhile.</exception>
    internal async Task<CommitRow?> LockedAsync(CancellationToken cancellationToken)
    {
        if (_working is { } working)
        {
            await WorkingCommits.LockAsync(_store, working.Id, cancellationToken).ConfigureAwait(false);
        }

        return await RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// For a check and a write in the caller's transaction (the Studio's finalize and discard check the status their
    /// page showed, then write): locks the working commit's row until that transaction ends, so that a save by another
    /// writer either committed before (and the check sees it) or waits until the transaction is committed (and then
    /// finds the workspace finalized or discarded). Call right after beginning the transaction, before reading the status.
    /// </summary>
    /// <exception cref="WorkingCommitFinalizedException">It was finalized meanwhile.</exception>
    /// <exception cref="DatabaseException">The database refused (a lock timeout is a <see cref="ConcurrentWriteException"/>).</exception>
    internal Task LockForCheckAsync(CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => LockedAsync(cancellationToken));

    /// <summary>Refuses a write through a read-only or incomplete opening (<see cref="GraphStore.EnsureWritable"/>).</summary>
    internal void EnsureWritable(string operation) => _store.EnsureWritable(operation);

    /// <summary>The working commit, locked, and written now if it was not yet (call inside the edit's transaction).</summary>
    private async Task<CommitRow> WritableAsync(CancellationToken cancellationToken)
    {
        if (await LockedAsync(cancellationToken).ConfigureAwait(false) is { } row)
        {
            return row;
        }

        var parent = _parent is { } p ? await _store.GetCommitRowAsync(p, cancellationToken).ConfigureAwait(false) : null;
        return _working = await WorkingCommits.CreateAsync(_store, _branch, parent, cancellationToken, _id).ConfigureAwait(false);
    }

    private async Task<AncestryPath> ParentPathAsync(CancellationToken cancellationToken)
    {
        var parentId = _working is null ? _parent : await _store.FirstParentAsync(_working.Id, cancellationToken).ConfigureAwait(false);
        if (parentId is null)
        {
            return AncestryPath.Empty;
        }

        var parent = await _store.GetCommitRowAsync(parentId.Value, cancellationToken).ConfigureAwait(false);
        return await _store.PathAsync(parent, cancellationToken).ConfigureAwait(false);
    }
}
