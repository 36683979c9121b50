using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// The one writer of the service's branch: stores versions as documents in a working commit, records each under its
/// version id in the same transaction, and finalizes commits by the configured policy. Requests are written one at a
/// time (the store has one writer anyway); each is one transaction, so a request is stored whole or not at all, and
/// an acknowledgement is given only after that transaction committed.
/// </summary>
internal sealed class IngestWriter : IHostedService, IAsyncDisposable
{
    private readonly IDbContextFactory<IngestDbContext> _factory;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestWriter> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private IngestDbContext? _db;
    private Repository? _repository;
    private Workspace? _workspace;
    private Guid _workingId;
    private CommitGroup _group = CommitGroup.Empty;
    private Task? _flusher;
    private bool _disposed;

    public IngestWriter(IDbContextFactory<IngestDbContext> factory, IOptions<IngestOptions> options, TimeProvider time, ILogger<IngestWriter> logger)
    {
        _factory = factory;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    private CommitOptions Policy => _options.Commits;

    private string Branch => _options.Storage.Branch;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _db = await _factory.CreateDbContextAsync(cancellationToken);
        await StorageSetup.EnsureCreatedAsync(_db, cancellationToken);
        _repository = await Repository.OpenAsync(_db, new RepositoryOptions { TimeProvider = _time, DefaultBranch = Branch }, cancellationToken);
        var state = await _db.State.AsNoTracking().FirstOrDefaultAsync(s => s.Name == IngestStateRow.WorkingCommit, cancellationToken);
        if (state is not null && Guid.TryParse(state.Value, out var saved))
        {
            try
            {
                _workspace = await _repository.OpenWorkspaceAsync(new CommitId(saved), cancellationToken);
            }
            catch (RevisionNotFoundException)
            {
                // Finalized or gone: start a fresh working commit below.
            }
        }

        if (_workspace is null || _workspace.Branch != Branch)
        {
            _workspace = await _repository.CheckoutAsync(Branch, cancellationToken);
            await SaveWorkingCommitAsync(cancellationToken);
        }

        _workingId = _workspace.Id.Value;
        IngestLog.Opened(_logger, Branch, _workingId, Policy.Policy.ToString());

        var pending = await _db.Records.AsNoTracking().Where(r => r.CommitId == _workingId).OrderBy(r => r.ReceivedTicks).ToListAsync(cancellationToken);
        if (pending.Count > 0)
        {
            // Acknowledged as pending before a stop: finalize them now rather than wait for more.
            IngestLog.Recovered(_logger, pending.Count, _workingId);
            _group = pending.Aggregate(CommitGroup.Empty, (group, r) => group.Add(
                new CommitGroup.Entry(r.EntityType, r.EternalId, r.Operation, r.Author, r.Source, r.Message), _time.GetUtcNow()));
            await FlushAsync(cancellationToken);
        }

        if (Policy.Policy == CommitMode.Grouped)
        {
            _flusher = Task.Run(() => FlushLoopAsync(_stopping.Token), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_flusher is not null)
        {
            await _flusher.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_db is not null)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Registered both as itself and as a hosted service: the container disposes it twice.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stopping.CancelAsync();
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        _stopping.Dispose();
        _gate.Dispose();
    }

    /// <summary>
    /// Stores <paramref name="requests"/> in one transaction: all of them, or none with the reason. A version id already
    /// stored with the same content is a repeat (its original receipt, nothing written); with other content it is a
    /// conflict. Infrastructure failures throw; nothing is stored then either.
    /// </summary>
    public async Task<IngestOutcome> WriteAsync(IReadOnlyList<IngestRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                // Once the transaction starts it runs to its end: a half-cancelled write would only be rolled back.
                var group = _group;
                var db = _db ?? throw new InvalidOperationException("The ingest writer has not started.");
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                try
                {
                    var outcome = await ApplyAsync(requests);
                    if (!outcome.Success)
                    {
                        await transaction.RollbackAsync(CancellationToken.None);
                        Restore(group);
                        IngestLog.Refused(_logger, outcome.Refusal.Kind, outcome.Refusal.Detail);
                        return outcome;
                    }

                    await SaveWorkingCommitAsync(CancellationToken.None);
                    await transaction.CommitAsync(CancellationToken.None);
                    db.ChangeTracker.Clear();
                    _workingId = _workspace!.Id.Value;
                    IngestLog.Stored(_logger, outcome.Receipts.Count(r => !r.AlreadyStored), outcome.Receipts.Count(r => r.AlreadyStored), outcome.Receipts[^1].CommitId);
                    return outcome;
                }
                catch (BranchMovedException) when (attempt < 3 && group.IsEmpty)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    Restore(group);
                    IngestLog.BranchMoved(_logger, Branch);
                    await CheckoutAgainAsync();
                }
                catch (Exception ex)
                {
                    await RollbackQuietlyAsync(transaction);
                    Restore(group);
                    IngestLog.WriteFailed(_logger, ex);
                    throw;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Finalizes the pending group now, if there is one.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await FlushLockedAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task FlushLockedAsync()
    {
        if (_group.IsEmpty || _db is null)
        {
            return;
        }

        var group = _group;
        await using var transaction = await _db.Database.BeginTransactionAsync(CancellationToken.None);
        try
        {
            await ReopenWorkspaceAsync();
            await FinalizeGroupAsync(new Dictionary<Guid, Commit>());
            await SaveWorkingCommitAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            _db.ChangeTracker.Clear();
            _workingId = _workspace!.Id.Value;
        }
        catch
        {
            await RollbackQuietlyAsync(transaction);
            Restore(group);
            throw;
        }
    }

    private async Task FlushLoopAsync(CancellationToken stopping)
    {
        var tick = TimeSpan.FromTicks(Math.Clamp(Policy.MaxDelay.Ticks / 4, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(tick, _time, stopping);
                await _gate.WaitAsync(stopping);
                try
                {
                    if (!_group.IsEmpty && _time.GetUtcNow() - _group.OpenedAt >= Policy.MaxDelay)
                    {
                        await FlushLockedAsync();
                    }
                }
                finally
                {
                    _gate.Release();
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                IngestLog.FlushFailed(_logger, ex);
            }
        }
    }

    private async Task<IngestOutcome> ApplyAsync(IReadOnlyList<IngestRequest> requests)
    {
        var db = _db!;
        await ReopenWorkspaceAsync();
        var ids = requests.Select(r => r.VersionId).Distinct().ToArray();
        var existing = await db.Records.AsNoTracking().Where(r => ids.Contains(r.VersionId)).ToDictionaryAsync(r => r.VersionId);
        var receipts = new VersionReceipt?[requests.Count];
        var stored = new List<(int Index, IngestRecord Record)>();
        var repeats = new List<(int Index, IngestRecord Record)>();
        var sameAsEarlier = new List<(int Index, int Earlier)>();
        var firstIndex = new Dictionary<Guid, int>();
        var finalized = new Dictionary<Guid, Commit>();
        var now = _time.GetUtcNow();

        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (firstIndex.TryGetValue(request.VersionId, out var earlier))
            {
                if (!requests[earlier].Hash.AsSpan().SequenceEqual(request.Hash))
                {
                    return IngestOutcome.Refused(IngestRefusal.For(IngestRefusalKind.Conflict, request.Field("versionId"),
                        $"Version {request.VersionId} appears twice in this batch with different content. A version id names one change; give each change its own id."));
                }

                sameAsEarlier.Add((i, earlier));
                continue;
            }

            firstIndex[request.VersionId] = i;
            if (existing.TryGetValue(request.VersionId, out var record))
            {
                if (!record.ContentHash.AsSpan().SequenceEqual(request.Hash))
                {
                    return IngestOutcome.Refused(IngestRefusal.For(IngestRefusalKind.Conflict, request.Field("versionId"),
                        $"Version {request.VersionId} was already stored with different content ({record.Operation} {record.EntityType} {record.EternalId} by {record.Author}). " +
                        "A version id names one change forever: resend the same content to get the same result, or send the new change under a new version id."));
                }

                repeats.Add((i, record));
                continue;
            }

            var entry = CommitGroup.Entry.Of(request.Message);
            if (_group.MustCloseBefore(entry, Policy.Policy))
            {
                await FinalizeGroupAsync(finalized);
            }

            var (storedVersion, refusal) = await StoreAsync(request);
            if (refusal is not null)
            {
                return IngestOutcome.Refused(refusal);
            }

            var newRecord = new IngestRecord
            {
                VersionId = request.VersionId,
                EntityType = request.Message.EntityType,
                EternalId = request.Message.EternalId,
                Operation = entry.Operation,
                StoredVersionId = storedVersion,
                CommitId = _workspace!.Id.Value,
                Author = request.Message.Author,
                TimestampTicks = request.Message.Timestamp.UtcTicks,
                Message = request.Message.Message,
                Source = request.Message.Source,
                ContentHash = request.Hash,
                ReceivedTicks = now.UtcTicks,
            };
            db.Records.Add(newRecord);
            stored.Add((i, newRecord));
            _group = _group.Add(entry, now);
            if (Policy.Policy == CommitMode.Grouped && _group.Count >= Policy.MaxVersions)
            {
                await FinalizeGroupAsync(finalized);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (!_group.IsEmpty && Policy.Policy == CommitMode.PerRequest)
        {
            await FinalizeGroupAsync(finalized);
        }

        foreach (var (index, record) in stored)
        {
            receipts[index] = Receipt(record, finalized.GetValueOrDefault(record.CommitId), alreadyStored: false);
        }

        foreach (var (index, record) in repeats)
        {
            var commit = record.CommitId == _workspace!.Id.Value ? null : await _repository!.FindCommitAsync(new CommitId(record.CommitId));
            receipts[index] = Receipt(record, commit is { IsFinalized: true } ? commit : null, alreadyStored: true);
        }

        foreach (var (index, earlier) in sameAsEarlier)
        {
            var first = receipts[earlier]!;
            receipts[index] = new VersionReceipt
            {
                VersionId = first.VersionId,
                EntityType = first.EntityType,
                EternalId = first.EternalId,
                Operation = first.Operation,
                CommitId = first.CommitId,
                CommitChecksum = first.CommitChecksum,
                Status = first.Status,
                AlreadyStored = true,
            };
        }

        return IngestOutcome.Stored(receipts!);
    }

    private async Task<(Guid? StoredVersion, IngestRefusal? Refusal)> StoreAsync(IngestRequest request)
    {
        var message = request.Message;
        var eternalId = new EternalId(message.EternalId);
        try
        {
            if (message.Operation == VersionOperation.Upsert)
            {
                var document = await _workspace!.SaveDocumentAsync(message.EntityType, eternalId, message.Data!.Value, CancellationToken.None);
                return (document.VersionId.Value, null);
            }

            await _workspace!.RemoveDocumentAsync(message.EntityType, eternalId, CancellationToken.None);
            return (null, null);
        }
        catch (EntityTypeMismatchException ex)
        {
            return (null, IngestRefusal.For(IngestRefusalKind.Conflict, request.Field("entityType"),
                $"Eternal id {message.EternalId} is a {ex.ExistingType}, not a {ex.AttemptedType}: one eternal id is one entity of one type, forever. Send it as {ex.ExistingType}, or give the new entity its own eternal id."));
        }
        catch (EntityNotFoundException)
        {
            return (null, IngestRefusal.For(IngestRefusalKind.NotFound, request.Field("eternalId"),
                $"{message.EntityType} {message.EternalId} is not in the current state of branch '{Branch}', so there is nothing to delete. Check the eternal id and entity type; a delete that was already applied under another version id is not repeated."));
        }
        catch (InvalidFieldValueException ex)
        {
            return (null, IngestRefusal.For(IngestRefusalKind.Invalid, request.Field($"data.{ex.FieldName}"), ex.Message));
        }
    }

    private async Task FinalizeGroupAsync(Dictionary<Guid, Commit> finalized)
    {
        var (author, message) = _group.Describe(Policy.Policy, Policy.FallbackAuthor);
        var workingId = _workspace!.Id.Value;
        var commit = await _workspace.FinalizeAsync(author, message, CancellationToken.None);
        finalized[workingId] = commit;
        IngestLog.Finalized(_logger, commit.Checksum.ToString(12), _group.Count, author);
        _group = CommitGroup.Empty;
    }

    private static VersionReceipt Receipt(IngestRecord record, Commit? finalized, bool alreadyStored) => new()
    {
        VersionId = record.VersionId,
        EntityType = record.EntityType,
        EternalId = record.EternalId,
        Operation = record.Operation == "upsert" ? VersionOperation.Upsert : VersionOperation.Delete,
        CommitId = record.CommitId,
        CommitChecksum = finalized?.Checksum.ToString(),
        Status = finalized is null ? VersionStatus.Pending : VersionStatus.Committed,
        AlreadyStored = alreadyStored,
    };

    private async Task SaveWorkingCommitAsync(CancellationToken cancellationToken)
    {
        var value = _workspace!.Id.Value.ToString();
        var row = await _db!.State.FirstOrDefaultAsync(s => s.Name == IngestStateRow.WorkingCommit, cancellationToken);
        if (row is null)
        {
            _db.State.Add(new IngestStateRow { Name = IngestStateRow.WorkingCommit, Value = value });
        }
        else if (row.Value != value)
        {
            row.Value = value;
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    private async Task ReopenWorkspaceAsync() =>
        _workspace ??= await _repository!.OpenWorkspaceAsync(new CommitId(_workingId), CancellationToken.None);

    private async Task CheckoutAgainAsync()
    {
        _workspace = await _repository!.CheckoutAsync(Branch, CancellationToken.None);
        await SaveWorkingCommitAsync(CancellationToken.None);
        _workingId = _workspace.Id.Value;
        _db!.ChangeTracker.Clear();
    }

    /// <summary>
    /// After a rollback: the group is what it was, and the workspace is reopened on the last committed working
    /// commit (a finalize inside the rolled-back transaction moved it to a commit that no longer exists).
    /// </summary>
    private void Restore(CommitGroup group)
    {
        _group = group;
        _workspace = null;
        _db!.ChangeTracker.Clear();
    }

    private static async Task RollbackQuietlyAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            // The connection is gone; the database rolled back on its own.
        }
    }
}
