using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Versioner.Internal;

namespace Versioner;

/// <summary>
/// Keeps an immutable, in-memory snapshot of a branch, tag or commit (<see cref="Current"/>) for fast reads in a
/// service, and follows it: a new commit is found by polling the head (and, on PostgreSQL, by <c>LISTEN</c>), applied
/// as a diff (only the changed entities are loaded), verified and validated, then swapped in with one reference
/// assignment. Reads never touch the database and never wait for a refresh. When the database is unreachable or a
/// new version is refused, the last good snapshot keeps serving and <see cref="State"/> says why.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="Current"/> and <see cref="State"/> may be read from any thread at any time; checks run one
/// at a time. In an app, <c>services.AddVersionerFollower&lt;TContext&gt;(...)</c> runs it as a hosted service. See
/// docs/follower.md for the states, guarantees and failure behaviour.
/// </remarks>
/// <example>
/// <code>
/// await using var follower = new Follower(() => new ShopContext(options), new FollowerOptions { Revision = "main" }.Include&lt;Book&gt;());
/// await follower.RefreshAsync();                                 // or: _ = follower.RunAsync(stoppingToken);
/// var dune = follower.Current.Find&lt;Book&gt;(duneId);
/// </code>
/// </example>
public sealed class Follower : IAsyncDisposable
{
    private readonly Func<(DbContext Context, IAsyncDisposable Owner)> _open;
    private readonly FollowerOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private InMemorySnapshot _current = InMemorySnapshot.Empty;
    private FollowerState _state;
    private (CommitId Id, Checksum Checksum)? _refused;
    private int _failures;
    private long _lagCommits;
    private long _lastSuccessTicks;

    /// <summary>
    /// Creates a follower that reads through contexts from <paramref name="createContext"/> (a new one per check,
    /// disposed after it; configured with <c>UseVersioning()</c> like any Versioner context). Nothing is read until
    /// <see cref="RefreshAsync"/> or <see cref="RunAsync"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> are not valid; the message lists every problem.</exception>
    public Follower(Func<DbContext> createContext, FollowerOptions options, ILogger<Follower>? logger = null)
        : this(Own(createContext), options, logger)
    {
    }

    /// <summary>A follower whose contexts come with an owner to dispose after each check (a DI scope).</summary>
    internal Follower(Func<(DbContext Context, IAsyncDisposable Owner)> open, FollowerOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("The follower's options are not valid: " + string.Join(" ", problems), nameof(options));
        }

        _open = open;
        _options = options;
        _logger = logger ?? NullLogger<Follower>.Instance;
        _time = options.TimeProvider;
        var now = _time.GetUtcNow();
        _lastSuccessTicks = now.UtcTicks;
        _state = new FollowerState { Status = FollowerStatus.Empty, Since = now, Reason = "not loaded yet" };
        FollowerMetrics.Observe(this);
    }

    private static Func<(DbContext, IAsyncDisposable)> Own(Func<DbContext> createContext)
    {
        ArgumentNullException.ThrowIfNull(createContext);
        return () =>
        {
            var context = createContext();
            return (context, context);
        };
    }

    /// <summary>The revision followed (<see cref="FollowerOptions.Revision"/>).</summary>
    public string Revision => _options.Revision;

    /// <summary>
    /// The snapshot being served: the last good one. Read it once per unit of work (a request) to see one consistent
    /// state; it never changes, a refresh replaces it. Empty (<see cref="InMemorySnapshot.IsEmpty"/>) until the first load.
    /// </summary>
    public InMemorySnapshot Current => Volatile.Read(ref _current);

    /// <summary>Fresh, stale (since when, why) or empty, after the latest check.</summary>
    public FollowerState State => Volatile.Read(ref _state);

    /// <summary>Time since the last successful check (what the staleness metric reports).</summary>
    internal TimeSpan Staleness => _time.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastSuccessTicks), TimeSpan.Zero);

    /// <summary>Commits between the served snapshot and the newest head seen (the lag metric).</summary>
    internal long LagCommits => Interlocked.Read(ref _lagCommits);

    /// <summary>The follower's options (read-only use: the health check reads its threshold).</summary>
    internal FollowerOptions Options => _options;

    /// <summary>
    /// Checks the followed revision now and, when it names a new commit, loads, verifies, validates and swaps it in.
    /// Never throws for a database failure or a refused version: the returned <see cref="State"/> says what happened and
    /// <see cref="Current"/> stays the last good snapshot. Checks run one at a time (a second call waits for the first).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<FollowerState> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CheckAsync(cancellationToken).ConfigureAwait(false);
            return State;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Follows until <paramref name="stoppingToken"/> is cancelled: checks at once, then after each
    /// <see cref="FollowerOptions.PollInterval"/> (with jitter), at once when PostgreSQL announces a ref change, and
    /// after a failure with a backoff doubling up to <see cref="FollowerOptions.MaxRetryDelay"/>. The hosted service
    /// of <c>AddVersionerFollower</c> runs this.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var listening = await StartListenerAsync(stop.Token).ConfigureAwait(false);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RefreshAsync(stoppingToken).ConfigureAwait(false);
                    await WaitAsync(NextDelay(), stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Stops reporting metrics for this follower. A running <see cref="RunAsync"/> stops with its token, not here.</summary>
    public ValueTask DisposeAsync()
    {
        FollowerMetrics.Forget(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Wakes the loop for a check now (a ref change was announced).</summary>
    internal void Wake()
    {
        try
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pending wake is enough.
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sleep = Task.Delay(delay, _time, either.Token);
        var woken = _wake.WaitAsync(either.Token);
        await Task.WhenAny(sleep, woken).ConfigureAwait(false);
        await either.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(sleep, woken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private TimeSpan NextDelay()
    {
        var delay = _options.PollInterval;
        if (_failures > 0)
        {
            var factor = Math.Pow(2, Math.Min(_failures - 1, 20));
            delay = TimeSpan.FromTicks((long)Math.Min(_options.MaxRetryDelay.Ticks, _options.PollInterval.Ticks * factor));
        }

        var jitter = 1 + (_options.Jitter * ((Random.Shared.NextDouble() * 2) - 1));
        return TimeSpan.FromTicks((long)(delay.Ticks * jitter));
    }

    /// <summary>Starts the PostgreSQL listener when the contexts are on PostgreSQL (and listening is on); returns its task.</summary>
    private async Task<Task> StartListenerAsync(CancellationToken cancellationToken)
    {
        if (!_options.ListenForChanges)
        {
            return Task.CompletedTask;
        }

        NpgsqlConnection? template;
        var (db, owner) = _open();
        await using (owner.ConfigureAwait(false))
        {
            // A copy that keeps the password (a connection string read back after opening may have lost it).
            template = db.Database.GetDbConnection() is NpgsqlConnection connection ? connection.CloneWith(connection.ConnectionString) : null;
        }

        if (template is null)
        {
            return Task.CompletedTask;
        }

        var listener = new RefListener(template, Wake, _logger, Revision, _time, _options.MaxRetryDelay);
        return Task.Run(async () =>
        {
            await using (template.ConfigureAwait(false))
            {
                await listener.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }, CancellationToken.None);
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Commit? head = null;
        var current = Current;
        try
        {
            var (db, owner) = _open();
            await using (owner.ConfigureAwait(false))
            {
                // Opening checks the recorded field sets against this model: a schema the follower does not know is
                // refused here (ChecksumMigrationRequiredException), before anything is loaded.
                var repository = await Repository.OpenAsync(db, new RepositoryOptions { InstallDatabaseGuards = false, TimeProvider = _time }, cancellationToken).ConfigureAwait(false);
                head = await repository.FindCommitAsync(_options.Revision, cancellationToken).ConfigureAwait(false);
                if (current.Commit is { } served && served.Id == head.Id && served.Checksum == head.Checksum)
                {
                    Succeeded(current, null);
                    return;
                }

                if (_refused == (head.Id, head.Checksum))
                {
                    // Refused already: stay stale on the good snapshot until the revision moves again.
                    Interlocked.Exchange(ref _lagCommits, Lag(current, head));
                    Interlocked.Exchange(ref _lastSuccessTicks, _time.GetUtcNow().UtcTicks);
                    _failures = 0;
                    return;
                }

                var (next, kind, changes) = await BuildAsync(repository, current, head, cancellationToken).ConfigureAwait(false);
                Validate(next);
                _refused = null;
                Volatile.Write(ref _current, next);
                Succeeded(next, null); // at once: a reader seeing the new snapshot sees the follower fresh
                var elapsed = Stopwatch.GetElapsedTime(started);
                FollowerMetrics.Refreshes.Add(1, FollowerMetrics.Revision(this), new("versioner.follower.refresh.kind", kind));
                FollowerMetrics.Duration.Record(elapsed.TotalSeconds, FollowerMetrics.Revision(this), new("versioner.follower.refresh.kind", kind));
                if (kind == "incremental")
                {
                    FollowerLog.Applied(_logger, Revision, current.Commit!, head, changes, (long)elapsed.TotalMilliseconds);
                }
                else
                {
                    FollowerLog.Loaded(_logger, Revision, head, changes, (long)elapsed.TotalMilliseconds, kind);
                }
            }
        }
        catch (VersionRefusedException refused) when (head is not null)
        {
            _refused = (head.Id, head.Checksum);
            _failures = 0;
            Interlocked.Exchange(ref _lastSuccessTicks, _time.GetUtcNow().UtcTicks);
            Interlocked.Exchange(ref _lagCommits, Lag(current, head));
            FollowerMetrics.Failures.Add(1, FollowerMetrics.Revision(this), new("error.type", "refused"));
            FollowerLog.Refused(_logger, Revision, head, current.Commit?.ToString() ?? "(nothing)", refused.Message);
            Failed($"{head.ShortForm} was refused: {refused.Message}", head, null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            // The database did not answer, timed out, or the schema changed under the follower: keep serving.
            _failures++;
            FollowerMetrics.Failures.Add(1, FollowerMetrics.Revision(this), new("error.type", ex.GetType().Name));
            FollowerLog.CheckFailed(_logger, ex, Revision, _failures, current.Commit?.ToString() ?? "(nothing)", NextDelay());
            Failed(ex.Message, head, ex);
        }
    }

    /// <summary>The new snapshot: the diff applied when the head descends from the served commit along first parents within reach, else a full load.</summary>
    private async Task<(InMemorySnapshot Next, string Kind, int Changes)> BuildAsync(Repository repository, InMemorySnapshot current, Commit head, CancellationToken cancellationToken)
    {
        var why = await IncrementalObstacleAsync(repository, current.Commit, head, cancellationToken).ConfigureAwait(false);
        if (why is null)
        {
            var served = current.Commit!;
            if (_options.VerifyChecksums)
            {
                ThrowIfDamaged(await repository.VerifySinceAsync(served.Id, head.Id, null, cancellationToken).ConfigureAwait(false));
            }

            var diff = await repository.DiffAsync(served.Id, head.Id, cancellationToken).ConfigureAwait(false);
            var snapshot = await repository.SnapshotAsync(head.Id, cancellationToken).ConfigureAwait(false);
            var tables = (object?[])current.Tables.Clone();
            var documents = current.DocumentTables.ToDictionary();
            foreach (var type in _options.Types)
            {
                var name = type.NameIn(repository.Context);
                var changed = diff.Where(c => c.EntityType == name && c.Kind != ChangeKind.Removed).ToArray();
                var removed = diff.Where(c => c.EntityType == name && c.Kind == ChangeKind.Removed).Select(c => c.EternalId).ToArray();
                if (changed.Length == 0 && removed.Length == 0)
                {
                    continue;
                }

                Store(type, await type.ApplyAsync(TableOf(current, type), repository, snapshot, changed, removed, cancellationToken).ConfigureAwait(false), tables, documents);
            }

            return (new InMemorySnapshot(head, _time.GetUtcNow(), tables, documents.ToFrozenDictionary()), "incremental", diff.Count);
        }

        if (_options.VerifyChecksums)
        {
            ThrowIfDamaged(await repository.VerifyAsync(head.Id, null, cancellationToken).ConfigureAwait(false));
        }

        var whole = await repository.SnapshotAsync(head.Id, cancellationToken).ConfigureAwait(false);
        var loaded = new object?[_options.Types.Max(t => t.Slot) + 1];
        var loadedDocuments = new Dictionary<string, LayeredMap<EternalId, Document>>();
        foreach (var type in _options.Types)
        {
            Store(type, await type.LoadAsync(whole, cancellationToken).ConfigureAwait(false), loaded, loadedDocuments);
        }

        var next = new InMemorySnapshot(head, _time.GetUtcNow(), loaded, loadedDocuments.ToFrozenDictionary());
        return (next, why, loaded.OfType<IEntityTable>().Sum(t => t.Count) + loadedDocuments.Values.Sum(d => d.Count));
    }

    /// <summary>Why the new head cannot be reached by applying a diff (a reason for the log), or null when it can.</summary>
    private async Task<string?> IncrementalObstacleAsync(Repository repository, Commit? served, Commit head, CancellationToken cancellationToken)
    {
        if (served is null)
        {
            return "first load";
        }

        var steps = head.Depth - served.Depth;
        if (served.Id == head.Id || steps <= 0)
        {
            return served.Id == head.Id ? "history rewritten (a redaction)" : "the revision moved back or to another line of history (a moved tag, a forced push)";
        }

        if (steps > _options.MaxIncrementalCommits)
        {
            return $"{steps} commits behind, more than MaxIncrementalCommits";
        }

        // The commit as many first parents back as the served one is deep: the served one itself (same checksum) when
        // the head descends from it and nothing before it was redacted. One indexed read, not a walk of the graph.
        var back = await repository.FindCommitAsync(Versioner.Revision.Parse(FormattableString.Invariant($"{head.Id}~{steps}")), cancellationToken).ConfigureAwait(false);
        return back.Id != served.Id ? "the revision moved to another line of history (a forced push, a moved tag)"
            : back.Checksum != served.Checksum ? "history rewritten (a redaction)"
            : null;
    }

    private static object TableOf(InMemorySnapshot snapshot, FollowedType type) =>
        type is FollowedDocuments documents ? snapshot.DocumentTables[documents.EntityType] : snapshot.Table(type.Slot)!;

    private static void Store(FollowedType type, object table, object?[] tables, Dictionary<string, LayeredMap<EternalId, Document>> documents)
    {
        if (type is FollowedDocuments d)
        {
            documents[d.EntityType] = (LayeredMap<EternalId, Document>)table;
        }
        else
        {
            tables[type.Slot] = table;
        }
    }

    private static void ThrowIfDamaged(VerifyReport report)
    {
        if (!report.IsValid)
        {
            throw new VersionRefusedException($"verification found {report.Issues.Count} problem(s): {string.Join("; ", report.Issues.Take(3))}");
        }
    }

    private void Validate(InMemorySnapshot next)
    {
        foreach (var validator in _options.Validators)
        {
            ValidationResult? result;
            try
            {
                result = validator(next);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new VersionRefusedException($"a validator threw {ex.GetType().Name}: {ex.Message}");
            }

            if (result != ValidationResult.Success)
            {
                throw new VersionRefusedException(result?.ErrorMessage ?? "a validator refused it");
            }
        }
    }

    private static long Lag(InMemorySnapshot current, Commit head) => current.Commit is { } served ? Math.Max(0, head.Depth - served.Depth) : head.Depth + 1;

    private void Succeeded(InMemorySnapshot serving, Commit? pending)
    {
        var now = _time.GetUtcNow();
        if (_failures > 0)
        {
            FollowerLog.Recovered(_logger, Revision, serving.Commit?.ToString() ?? "(nothing)");
        }

        _failures = 0;
        Interlocked.Exchange(ref _lastSuccessTicks, now.UtcTicks);
        Interlocked.Exchange(ref _lagCommits, 0);
        Volatile.Write(ref _state, new FollowerState { Status = FollowerStatus.Fresh, Since = now, Commit = serving.Commit, Pending = pending });
    }

    private void Failed(string reason, Commit? seen, Exception? error)
    {
        var previous = State;
        var current = Current;
        var status = current.IsEmpty ? FollowerStatus.Empty : FollowerStatus.Stale;
        var since = previous.Status == status && status != FollowerStatus.Fresh ? previous.Since : _time.GetUtcNow();
        if (status == FollowerStatus.Empty)
        {
            since = previous.Since;
        }

        var pending = seen is not null && seen.Id != current.Commit?.Id ? seen : previous.Pending;
        Volatile.Write(ref _state, new FollowerState { Status = status, Since = since, Reason = reason, Commit = current.Commit, Pending = pending, Error = error });
    }
}
