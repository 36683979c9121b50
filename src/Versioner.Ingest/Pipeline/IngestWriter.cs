using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;
using Versioner.Ingest.Telemetry;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// The one writer of the service's branch, with group commit: requests that arrive while a transaction is being
/// written queue up, and the next transaction takes all of them (up to <see cref="IngestDefaults.TransactionMaxVersions"/>
/// versions), so concurrent requests share one transaction and one fsync. Each request is still all or nothing and
/// judged on its own: it is validated against the database and the requests before it before anything is written,
/// and a refused request changes nothing for the others. A request is acknowledged only after the transaction holding
/// it committed. If a shared transaction fails, each of its requests is written again in a transaction of its own,
/// so a request that breaks the write fails alone.
/// </summary>
/// <remarks>
/// How versions become commits is the <see cref="CommitMode"/>; a transaction may hold several commits (one per
/// request under <see cref="CommitMode.PerRequest"/>), written through Graph's <see cref="DocumentWriter"/>.
/// </remarks>
internal sealed class IngestWriter : IHostedService, IAsyncDisposable
{
    private readonly IDbContextFactory<IngestDbContext> _factory;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestWriter> _logger;
    private readonly IngestHooks _hooks;
    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private IngestDbContext? _db;
    private Repository? _repository;
    private DocumentWriter? _appender;
    private IngestRecordStore? _records;
    private SharedBranch? _shared;
    private SqliteInstanceLock? _fileLock;
    private Guid _workingId;

    /// <summary>On PostgreSQL, the stamp of this writer's last committed transaction (empty: reload before writing).</summary>
    private Guid _stamp;
    private CommitGroup _group = new();
    private Task? _writer;
    private Task? _flusher;
    private bool _disposed;
    private int _queued;

    public IngestWriter(IDbContextFactory<IngestDbContext> factory, IOptions<IngestOptions> options, TimeProvider time, IngestHooks hooks, ILogger<IngestWriter> logger)
    {
        _factory = factory;
        _hooks = hooks;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    private CommitOptions Policy => _options.Commits;

    /// <summary>Requests waiting for the next transaction.</summary>
    internal int Queued => Volatile.Read(ref _queued);

    private string Branch => _options.Storage.Branch;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _db = await _factory.CreateDbContextAsync(cancellationToken);
        if (_db.Database.IsSqlite())
        {
            // SQLite: one instance per file, and it says so when a second one starts.
            _fileLock = SqliteInstanceLock.Acquire(_options.Storage.ConnectionString);
            await StorageSetup.EnsureCreatedAsync(_db, cancellationToken);
            await _db.Database.OpenConnectionAsync(cancellationToken);
            await OpenAsync(cancellationToken);
        }
        else
        {
            // PostgreSQL: instances share the branch; one at a time creates the tables and resumes the working commit.
            await _db.Database.OpenConnectionAsync(cancellationToken);
            _shared = new SharedBranch(_db, Branch);
            await using (await _shared.HoldAsync(cancellationToken))
            {
                await StorageSetup.EnsureCreatedAsync(_db, cancellationToken);
                await OpenAsync(cancellationToken);
            }
        }

        IngestTelemetry.Observe(this);
        _writer = Task.Run(RunAsync, CancellationToken.None);
        if (Policy.Policy == CommitMode.Grouped)
        {
            _flusher = Task.Run(() => FlushLoopAsync(_stopping.Token), CancellationToken.None);
        }
    }

    /// <summary>Opens the repository and resumes the working commit (finalizing what a stop or a crash left pending).</summary>
    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        var db = _db!;
        await IngestRecordStore.ClearRedactedHashesAsync(db, cancellationToken);

        // The writer's connection stays open, so its prepared statements survive from one transaction to the next.
        _repository = await Repository.OpenAsync(db, new RepositoryOptions { TimeProvider = _time, DefaultBranch = Branch }, cancellationToken);
        var state = await db.State.AsNoTracking().FirstOrDefaultAsync(s => s.Name == IngestStateRow.WorkingCommit, cancellationToken);
        Workspace? workspace = null;
        if (state is not null && Guid.TryParse(state.Value, out var saved))
        {
            try
            {
                workspace = await _repository.OpenWorkspaceAsync(new CommitId(saved), cancellationToken);
            }
            catch (Exception ex) when (ex is RevisionNotFoundException or WorkingCommitFinalizedException)
            {
                // Finalized or gone: start a fresh working commit below.
            }
        }

        if (workspace is null || workspace.Branch != Branch)
        {
            await CheckoutAgainAsync(cancellationToken);
        }
        else
        {
            _workingId = workspace.Id.Value;
        }

        IngestLog.Opened(_logger, Branch, _workingId, Policy.Policy.ToString());

        _group = await PendingGroupAsync(cancellationToken);
        if (!_group.IsEmpty)
        {
            // Acknowledged as pending before a stop (or by an instance that was killed): finalize them now rather than wait for more.
            IngestLog.Recovered(_logger, _group.Count, _workingId);
            await FlushGroupAsync(onlyIfDue: false);
        }
    }

    /// <summary>The versions stored in the working commit and not finalized yet, as a group opened when the first arrived.</summary>
    private async Task<CommitGroup> PendingGroupAsync(CancellationToken cancellationToken)
    {
        var group = new CommitGroup();
        var pending = await _db!.Records.AsNoTracking().Where(r => r.CommitId == new CommitId(_workingId)).OrderBy(r => r.ReceivedTicks).ToListAsync(cancellationToken);
        foreach (var r in pending)
        {
            group.Add(new CommitGroup.Entry(r.EntityType, r.EternalId.Value, r.Operation, r.Author, r.Source, r.Message), new DateTimeOffset(r.ReceivedTicks, TimeSpan.Zero));
        }

        return group;
    }

    /// <summary>
    /// On PostgreSQL, at the start of each transaction: waits for the branch's lock, and if another instance wrote since
    /// this writer's last transaction, takes up the shared working commit and its pending group as the database has them.
    /// </summary>
    private async Task SynchronizeAsync()
    {
        var state = await _shared!.LockAsync(CancellationToken.None);
        if (_stamp != Guid.Empty && state.Writer == _stamp && state.Working == _workingId)
        {
            return;
        }

        // The appender remembers the working commit, its parent and entity types: open it afresh. The record
        // statements hold nothing of the kind and stay prepared.
        _appender?.Dispose();
        _appender = null;
        if (state.Working is { } working && working != Guid.Empty)
        {
            _workingId = working;
        }

        _group = await PendingGroupAsync(CancellationToken.None);
    }

    /// <summary>On PostgreSQL, stamps the transaction about to commit as this writer's; returns the stamp to keep once it committed.</summary>
    private async Task<Guid> StampAsync()
    {
        if (_shared is null)
        {
            return Guid.Empty;
        }

        var stamp = Guid.NewGuid();
        await _shared.StampAsync(stamp, CancellationToken.None);
        return stamp;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_flusher is not null)
        {
            await _flusher.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        // Whatever is queued is still written (and acknowledged); then the pending group is finalized.
        _queue.Writer.TryComplete();
        if (_writer is not null)
        {
            await _writer.WaitAsync(cancellationToken);
        }

        // (On PostgreSQL only this writer's own view: a group another instance left is finalized by a running instance or the next start.)
        if (_db is not null && !_group.IsEmpty)
        {
            await FlushGroupAsync(onlyIfDue: false);
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
        IngestTelemetry.Forget(this);
        await _stopping.CancelAsync();
        _queue.Writer.TryComplete();
        if (_writer is not null)
        {
            await _writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _appender?.Dispose();
        _records?.Dispose();
        _shared?.Dispose();
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        _fileLock?.Dispose();

        _stopping.Dispose();
    }

    /// <summary>
    /// Stores <paramref name="requests"/> all or nothing, in the next transaction the writer commits (shared with the
    /// requests queued beside it). A version id already stored with the same content is a repeat (its original
    /// receipt, nothing written); with other content it is a conflict. Infrastructure failures throw; nothing of the
    /// request is stored then.
    /// </summary>
    /// <exception cref="IngestStorageException">The service is stopping and takes no more writes.</exception>
    public Task<IngestOutcome> WriteAsync(IReadOnlyList<IngestRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        cancellationToken.ThrowIfCancellationRequested();

        // Once queued, a request is written even if its caller gives up: a half-cancelled write would only be rolled back.
        var work = new Work(requests, flush: false, onlyIfDue: false);
        Interlocked.Increment(ref _queued);
        if (!_queue.Writer.TryWrite(work))
        {
            Interlocked.Decrement(ref _queued);
            throw new IngestStorageException("The ingest service is stopping and stores nothing more; send the request again to a running instance.");
        }

        return work.Completion.Task;
    }

    /// <summary>Finalizes the pending group now, if there is one, after every write queued before it.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var work = new Work([], flush: true, onlyIfDue: false);
        if (!_queue.Writer.TryWrite(work))
        {
            return; // stopping: the stop flushes
        }

        await work.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The single writer loop: takes everything queued (up to the transaction limit) and writes it as one group.</summary>
    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var writes = new List<Work>();
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            writes.Clear();
            var versions = 0;
            Work? flush = null;
            while (versions < IngestDefaults.TransactionMaxVersions && reader.TryPeek(out var next))
            {
                if (next.Flush)
                {
                    if (writes.Count == 0)
                    {
                        reader.TryRead(out flush);
                    }

                    break;
                }

                reader.TryRead(out _);
                Interlocked.Decrement(ref _queued);
                writes.Add(next);
                versions += next.Requests.Count;
            }

            if (writes.Count > 0)
            {
                IngestTelemetry.CommitGroupSize.Record(writes.Count);
                await WriteGroupAsync(writes);
            }

            if (flush is not null)
            {
                try
                {
                    await FlushGroupAsync(flush.OnlyIfDue);
                    flush.Completion.TrySetResult(IngestOutcome.Stored([]));
                }
                catch (Exception ex)
                {
                    IngestLog.FlushFailed(_logger, ex);
                    flush.Completion.TrySetException(ex);
                }
            }
        }
    }

    private async Task WriteGroupAsync(List<Work> writes)
    {
        try
        {
            var outcomes = await WriteWithRetryAsync(writes);
            for (var i = 0; i < writes.Count; i++)
            {
                writes[i].Completion.TrySetResult(outcomes[i]);
            }

            return;
        }
        catch (Exception ex) when (writes.Count > 1)
        {
            // Isolate whatever broke the shared transaction: each request again, alone.
            IngestLog.GroupFailed(_logger, ex, writes.Count);
        }
        catch (Exception ex)
        {
            IngestLog.WriteFailed(_logger, ex);
            writes[0].Completion.TrySetException(ex);
            return;
        }

        foreach (var work in writes)
        {
            try
            {
                work.Completion.TrySetResult((await WriteWithRetryAsync([work]))[0]);
            }
            catch (Exception ex)
            {
                IngestLog.WriteFailed(_logger, ex);
                work.Completion.TrySetException(ex);
            }
        }
    }

    private async Task<IngestOutcome[]> WriteWithRetryAsync(IReadOnlyList<Work> writes)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteTransactionAsync(writes);
            }
            catch (BranchMovedException) when (attempt < 3 && _group.IsEmpty)
            {
                IngestLog.BranchMoved(_logger, Branch);
                await CheckoutAgainAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>One transaction: validate every request, write the accepted ones, commit, then answer each.</summary>
    private async Task<IngestOutcome[]> WriteTransactionAsync(IReadOnlyList<Work> writes)
    {
        var db = _db ?? throw new InvalidOperationException("The ingest writer has not started.");
        var group = _group.Save();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        try
        {
            if (_shared is not null)
            {
                await SynchronizeAsync();
            }

            if (_hooks.InTransaction is { } hook)
            {
                await hook([.. writes.SelectMany(w => w.Requests).Select(r => r.Message)]);
            }

            var (appender, records) = await EnlistAsync();
            var outcomes = await new GroupWrite(this, appender, records, writes).RunAsync();
            var working = appender.WorkingCommit.Value;
            if (working != _workingId)
            {
                await records.SaveWorkingCommitAsync(working, CancellationToken.None);
            }

            await appender.FlushAsync(CancellationToken.None);
            await records.FlushAsync(CancellationToken.None);
            var stamp = await StampAsync();

            await transaction.CommitAsync(CancellationToken.None);
            _workingId = working;
            _stamp = stamp;
            return outcomes;
        }
        catch
        {
            await RollbackAsync(transaction, group);
            throw;
        }
    }

    /// <summary>
    /// The appender and record statements, enlisted in the transaction just begun: kept from the last transaction
    /// when it committed, opened afresh after a rollback (their view of the working commit would be stale).
    /// </summary>
    private async Task<(DocumentWriter Appender, IngestRecordStore Records)> EnlistAsync()
    {
        if (_appender is null)
        {
            _appender = await _repository!.OpenDocumentWriterAsync(new CommitId(_workingId), CancellationToken.None);
        }
        else
        {
            _appender.Enlist();
        }

        if (_records is null)
        {
            _records = new IngestRecordStore(_db!);
        }
        else
        {
            _records.Enlist();
        }

        return (_appender, _records);
    }

    private async Task RollbackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CommitGroup.Mark group)
    {
        await RollbackQuietlyAsync(transaction);
        _group = group.Restore();
        _stamp = Guid.Empty; // on PostgreSQL, reload the shared state before the next write
        _appender?.Dispose();
        _appender = null;
        _records?.Dispose();
        _records = null;
    }

    private async Task FlushLoopAsync(CancellationToken stopping)
    {
        var tick = TimeSpan.FromTicks(Math.Clamp(Policy.MaxDelay.Ticks / 4, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(tick, _time, stopping);
                var work = new Work([], flush: true, onlyIfDue: true);
                if (_queue.Writer.TryWrite(work))
                {
                    await work.Completion.Task.WaitAsync(stopping);
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

    /// <summary>Finalizes the pending group in a transaction of its own (only if it is old enough, when asked).</summary>
    private async Task FlushGroupAsync(bool onlyIfDue)
    {
        // On PostgreSQL the group may be another instance's (one that was killed, say): the database says.
        if (_db is null || (_shared is null && !IsDue(onlyIfDue)))
        {
            return;
        }

        var group = _group.Save();
        await using var transaction = await _db.Database.BeginTransactionAsync(CancellationToken.None);
        try
        {
            if (_shared is not null)
            {
                await SynchronizeAsync();
                if (!IsDue(onlyIfDue))
                {
                    await transaction.CommitAsync(CancellationToken.None);
                    return;
                }
            }

            var (appender, records) = await EnlistAsync();
            await FinalizeGroupAsync(appender, []);
            await records.SaveWorkingCommitAsync(appender.WorkingCommit.Value, CancellationToken.None);
            await appender.FlushAsync(CancellationToken.None);
            var stamp = await StampAsync();
            await transaction.CommitAsync(CancellationToken.None);
            _workingId = appender.WorkingCommit.Value;
            _stamp = stamp;
        }
        catch
        {
            await RollbackAsync(transaction, group);
            throw;
        }
    }

    private bool IsDue(bool onlyIfDue) => !_group.IsEmpty && (!onlyIfDue || _time.GetUtcNow() - _group.OpenedAt >= Policy.MaxDelay);

    private async Task FinalizeGroupAsync(DocumentWriter appender, Dictionary<Guid, string> finalized)
    {
        var (author, message) = _group.Describe(Policy.Policy, Policy.FallbackAuthor);
        var commit = await appender.FinalizeAsync(author, message, CancellationToken.None);
        finalized[commit.Id.Value] = commit.Checksum.ToString();
        IngestLog.Finalized(_logger, commit.Checksum.ToString(12), _group.Count, author);
        _group = new CommitGroup();
    }

    private async Task CheckoutAgainAsync(CancellationToken cancellationToken)
    {
        _appender?.Dispose();
        _appender = null;
        _records?.Dispose();
        _records = null;
        await using var held = _shared is null ? null : await _shared.HoldAsync(cancellationToken);
        if (_shared is not null)
        {
            _stamp = Guid.Empty;
            var state = await _shared.ReadAsync(cancellationToken);
            if (_workingId != Guid.Empty && state.Working is { } shared && shared != _workingId)
            {
                // Another instance moved on to a new working commit already: write into that one.
                _workingId = shared;
                return;
            }
        }

        var workspace = await _repository!.CheckoutAsync(Branch, cancellationToken);
        await workspace.EnsureWrittenAsync(cancellationToken); // the appender writes into it by id
        await using (var transaction = await _db!.Database.BeginTransactionAsync(cancellationToken))
        {
            using (var records = new IngestRecordStore(_db))
            {
                await records.SaveWorkingCommitAsync(workspace.Id.Value, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        _workingId = workspace.Id.Value;
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

    private static VersionReceipt Receipt(Guid versionId, string entityType, Guid eternalId, string operation, Guid commitId, string? checksum, bool alreadyStored) => new()
    {
        VersionId = versionId,
        EntityType = entityType,
        EternalId = eternalId,
        Operation = operation == "upsert" ? VersionOperation.Upsert : VersionOperation.Delete,
        CommitId = commitId,
        CommitChecksum = checksum,
        Status = checksum is null ? VersionStatus.Pending : VersionStatus.Committed,
        AlreadyStored = alreadyStored,
    };

    /// <summary>A queued request (or a flush), answered when its transaction committed.</summary>
    private sealed class Work(IReadOnlyList<IngestRequest> requests, bool flush, bool onlyIfDue)
    {
        public IReadOnlyList<IngestRequest> Requests { get; } = requests;

        public bool Flush { get; } = flush;

        public bool OnlyIfDue { get; } = onlyIfDue;

        public TaskCompletionSource<IngestOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>What a request's version turns into once validated.</summary>
    private enum StepKind
    {
        /// <summary>New: stored now.</summary>
        Store,

        /// <summary>Stored before this transaction with the same content.</summary>
        RepeatOfStored,

        /// <summary>The same version id and content as an earlier version of this transaction.</summary>
        RepeatOfEarlier,
    }

    private sealed class Step(IngestRequest request, StepKind kind)
    {
        public IngestRequest Request { get; } = request;

        public StepKind Kind { get; } = kind;

        public DocumentVersion? Version { get; init; }

        public IngestRecord? Stored { get; init; }

        public Step? Earlier { get; init; }

        public VersionReceipt? Receipt { get; set; }

        public Guid CommitId { get; set; }
    }

    /// <summary>One transaction's work: validation of every request, then the writes of the accepted ones, then receipts.</summary>
    private sealed class GroupWrite(IngestWriter writer, DocumentWriter appender, IngestRecordStore records, IReadOnlyList<Work> writes)
    {
        private readonly Dictionary<Guid, Step> _accepted = [];
        private readonly Dictionary<Guid, string> _types = [];
        private readonly Dictionary<Guid, bool> _present = [];
        private IReadOnlyDictionary<EternalId, string> _knownTypes = new Dictionary<EternalId, string>();
        private Dictionary<Guid, IngestRecord> _stored = [];

        public async Task<IngestOutcome[]> RunAsync()
        {
            var all = writes.SelectMany(w => w.Requests).ToArray();
            _accepted.EnsureCapacity(all.Length);
            _types.EnsureCapacity(all.Length);
            _present.EnsureCapacity(all.Length);
            _stored = await records.FindAsync(all.Select(r => r.VersionId), CancellationToken.None);
            _knownTypes = await appender.FindEntityTypesAsync(
                all.Where(r => !_stored.ContainsKey(r.VersionId)).Select(r => new EternalId(r.Message.EternalId)), CancellationToken.None);

            var plans = new List<Step>?[writes.Count];
            var refusals = new IngestRefusal?[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                (plans[i], refusals[i]) = await PlanAsync(writes[i].Requests);
            }

            var finalized = new Dictionary<Guid, string>();
            var now = writer._time.GetUtcNow();
            for (var i = 0; i < writes.Count; i++)
            {
                if (plans[i] is not { } plan)
                {
                    continue;
                }

                foreach (var step in plan.Where(s => s.Kind == StepKind.Store))
                {
                    await StoreAsync(step, finalized, now);
                }

                if (!writer._group.IsEmpty && writer.Policy.Policy == CommitMode.PerRequest)
                {
                    await writer.FinalizeGroupAsync(appender, finalized);
                }
            }

            var earlierCommits = _stored.Values.Select(r => r.CommitId.Value).Where(id => !finalized.ContainsKey(id) && id != appender.WorkingCommit.Value).ToArray();
            var checksums = earlierCommits.Length == 0
                ? new Dictionary<CommitId, Checksum>()
                : (await writer._repository!.FindCommitsAsync(earlierCommits.Select(id => new CommitId(id)), CancellationToken.None))
                    .Where(c => c.Value.IsFinalized).ToDictionary(c => c.Key, c => c.Value.Checksum);

            var outcomes = new IngestOutcome[writes.Count];
            for (var i = 0; i < writes.Count; i++)
            {
                if (refusals[i] is { } refusal)
                {
                    IngestLog.Refused(writer._logger, refusal.Kind, refusal.Detail);
                    outcomes[i] = IngestOutcome.Refused(refusal);
                    continue;
                }

                var receipts = new VersionReceipt[plans[i]!.Count];
                for (var j = 0; j < receipts.Length; j++)
                {
                    receipts[j] = ReceiptOf(plans[i]![j], finalized, checksums);
                }

                if (receipts.Length > 0)
                {
                    IngestLog.Stored(writer._logger, receipts.Count(r => !r.AlreadyStored), receipts.Count(r => r.AlreadyStored), receipts[^1].CommitId);
                }
                outcomes[i] = IngestOutcome.Stored(receipts);
            }

            return outcomes;
        }

        /// <summary>
        /// Judges one request against the database and the requests accepted before it, writing nothing: its steps, or
        /// the refusal of all of it.
        /// </summary>
        private async Task<(List<Step>? Plan, IngestRefusal? Refusal)> PlanAsync(IReadOnlyList<IngestRequest> requests)
        {
            var plan = new List<Step>(requests.Count);
            var mine = new Dictionary<Guid, Step>(requests.Count);
            var types = new Dictionary<Guid, string>(requests.Count);
            var present = new Dictionary<Guid, bool>(requests.Count);
            foreach (var request in requests)
            {
                var message = request.Message;
                if (mine.TryGetValue(request.VersionId, out var sameRequest))
                {
                    if (!sameRequest.Request.Hash.AsSpan().SequenceEqual(request.Hash))
                    {
                        return (null, IngestRefusal.For(IngestRefusalKind.Conflict, request.Field("versionId"),
                            $"Version {request.VersionId} appears twice in this batch with different content. A version id names one change; give each change its own id."));
                    }

                    plan.Add(new Step(request, StepKind.RepeatOfEarlier) { Earlier = sameRequest });
                    continue;
                }

                if (_accepted.TryGetValue(request.VersionId, out var earlier))
                {
                    if (!earlier.Request.Hash.AsSpan().SequenceEqual(request.Hash))
                    {
                        var m = earlier.Request.Message;
                        return (null, Conflict(request, m.Operation == VersionOperation.Upsert ? "upsert" : "delete", m.EntityType, m.EternalId, m.Author));
                    }

                    var repeat = new Step(request, StepKind.RepeatOfEarlier) { Earlier = earlier };
                    mine[request.VersionId] = repeat;
                    plan.Add(repeat);
                    continue;
                }

                if (_stored.TryGetValue(request.VersionId, out var record))
                {
                    if (record.Redacted)
                    {
                        return (null, Redacted(request));
                    }

                    if (!record.ContentHash.AsSpan().SequenceEqual(request.Hash))
                    {
                        return (null, Conflict(request, record.Operation, record.EntityType, record.EternalId.Value, record.Author));
                    }

                    var repeat = new Step(request, StepKind.RepeatOfStored) { Stored = record };
                    mine[request.VersionId] = repeat;
                    plan.Add(repeat);
                    continue;
                }

                var eternalId = message.EternalId;
                var existingType = types.TryGetValue(eternalId, out var t) ? t
                    : _types.TryGetValue(eternalId, out t) ? t
                    : _knownTypes.TryGetValue(new EternalId(eternalId), out t) ? t
                    : null;
                DocumentVersion? version = null;
                if (message.Operation == VersionOperation.Upsert)
                {
                    if (existingType is not null && existingType != message.EntityType)
                    {
                        return (null, TypeMismatch(request, existingType));
                    }

                    if (request.DataProblem is { } ex)
                    {
                        return (null, IngestRefusal.For(IngestRefusalKind.Invalid, request.Field($"data.{ex.FieldName}"), ex.Message));
                    }

                    version = request.Version!;

                    types[eternalId] = message.EntityType;
                    present[eternalId] = true;
                }
                else
                {
                    var isPresent = present.TryGetValue(eternalId, out var p) ? p
                        : _present.TryGetValue(eternalId, out p) ? p
                        : await appender.IsPresentAsync(new EternalId(eternalId), CancellationToken.None);
                    if (!isPresent)
                    {
                        return (null, IngestRefusal.For(IngestRefusalKind.NotFound, request.Field("eternalId"),
                            $"{message.EntityType} {eternalId} is not in the current state of branch '{writer.Branch}', so there is nothing to delete. Check the eternal id and entity type; a delete that was already applied under another version id is not repeated."));
                    }

                    if (existingType is not null && existingType != message.EntityType)
                    {
                        return (null, TypeMismatch(request, existingType));
                    }

                    present[eternalId] = false;
                }

                var step = new Step(request, StepKind.Store) { Version = version };
                mine[request.VersionId] = step;
                plan.Add(step);
            }

            foreach (var (id, step) in mine)
            {
                _accepted[id] = step;
            }

            foreach (var (id, type) in types)
            {
                _types[id] = type;
            }

            foreach (var (id, isPresent) in present)
            {
                _present[id] = isPresent;
            }

            return (plan, null);
        }

        private async Task StoreAsync(Step step, Dictionary<Guid, string> finalized, DateTimeOffset now)
        {
            var request = step.Request;
            var message = request.Message;
            var entry = CommitGroup.Entry.Of(message);
            if (writer._group.MustCloseBefore(entry, writer.Policy.Policy))
            {
                await writer.FinalizeGroupAsync(appender, finalized);
            }

            var eternalId = new EternalId(message.EternalId);
            Guid? storedVersion = null;
            if (step.Version is { } version)
            {
                await appender.SaveAsync(version, CancellationToken.None);
                storedVersion = version.VersionId.Value;
            }
            else
            {
                await appender.RemoveAsync(message.EntityType, eternalId, CancellationToken.None);
            }

            step.CommitId = appender.WorkingCommit.Value;
            records.Add(new IngestRecord
            {
                VersionId = new VersionId(request.VersionId),
                EntityType = message.EntityType,
                EternalId = new EternalId(message.EternalId),
                Operation = entry.Operation,
                StoredVersionId = storedVersion is { } stored ? new VersionId(stored) : null,
                CommitId = new CommitId(step.CommitId),
                Author = message.Author,
                TimestampTicks = message.Timestamp.UtcTicks,
                Message = message.Message,
                Source = message.Source,
                ContentHash = request.Hash,
                ReceivedTicks = now.UtcTicks,
            });
            writer._group.Add(entry, now);
            if (writer.Policy.Policy == CommitMode.Grouped && writer._group.Count >= writer.Policy.MaxVersions)
            {
                await writer.FinalizeGroupAsync(appender, finalized);
            }
        }

        private static VersionReceipt ReceiptOf(Step step, Dictionary<Guid, string> finalized, IReadOnlyDictionary<CommitId, Checksum> checksums)
        {
            if (step.Receipt is { } done)
            {
                return done;
            }

            var request = step.Request;
            var message = request.Message;
            step.Receipt = step.Kind switch
            {
                StepKind.Store => Receipt(request.VersionId, message.EntityType, message.EternalId, message.Operation == VersionOperation.Upsert ? "upsert" : "delete",
                    step.CommitId, finalized.GetValueOrDefault(step.CommitId), alreadyStored: false),
                StepKind.RepeatOfStored => Receipt(step.Stored!.VersionId.Value, step.Stored.EntityType, step.Stored.EternalId.Value, step.Stored.Operation, step.Stored.CommitId.Value,
                    finalized.GetValueOrDefault(step.Stored.CommitId.Value) ?? (checksums.TryGetValue(step.Stored.CommitId, out var c) ? c.ToString() : null), alreadyStored: true),
                _ => AlreadyStored(ReceiptOf(step.Earlier!, finalized, checksums)),
            };
            return step.Receipt;
        }

        private static VersionReceipt AlreadyStored(VersionReceipt first) => new()
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

        private static IngestRefusal Conflict(IngestRequest request, string operation, string entityType, Guid eternalId, string author) =>
            IngestRefusal.For(IngestRefusalKind.Conflict, request.Field("versionId"),
                $"Version {request.VersionId} was already stored with different content ({operation} {entityType} {eternalId} by {author}). " +
                "A version id names one change forever: resend the same content to get the same result, or send the new change under a new version id.");

        private static IngestRefusal Redacted(IngestRequest request) =>
            IngestRefusal.For(IngestRefusalKind.Conflict, request.Field("versionId"),
                $"Version {request.VersionId} was redacted: its content was removed for good and is never compared with a resend. " +
                "Send any new change under a new version id.");

        private static IngestRefusal TypeMismatch(IngestRequest request, string existingType) =>
            IngestRefusal.For(IngestRefusalKind.Conflict, request.Field("entityType"),
                $"Eternal id {request.Message.EternalId} is of entity type {existingType}, not {request.Message.EntityType}: one eternal id is one entity of one type, forever. Send it as {existingType}, or give the new entity its own eternal id.");
    }
}
