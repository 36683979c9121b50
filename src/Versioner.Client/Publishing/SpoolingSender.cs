using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Versioner.Client.Spool;
using Versioner.Client.Telemetry;

namespace Versioner.Client;

/// <summary>
/// What every publisher does around its transport: assign ids, retry passing failures with growing delays, spool
/// what still fails, keep order (new versions queue behind spooled ones), and resubmit the spool.
/// </summary>
internal sealed class SpoolingSender : IVersionPublisher
{
    private readonly IVersionTransport _transport;
    private readonly VersionPublisherOptions _options;
    private readonly VersionSpool? _spool;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private readonly Task _resubmitter;

    public SpoolingSender(IVersionTransport transport, VersionPublisherOptions? options)
    {
        _transport = transport;
        _options = options ?? new VersionPublisherOptions();
        try
        {
            _options.Validate();
            _spool = _options.SpoolDirectory is { } directory ? new VersionSpool(directory) : null;
        }
        catch
        {
            transport.Dispose(); // a client the publisher made for itself (Create) goes with it
            throw;
        }

        if (_spool is not null)
        {
            ClientMetrics.Observe(_spool);
        }

        _resubmitter = _spool is not null && _options.ResubmitInterval is { } interval
            ? Task.Run(() => ResubmitLoopAsync(interval, _disposing.Token), CancellationToken.None)
            : Task.CompletedTask;
    }

    public async Task<PublishResult> PublishAsync(DataObjectVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var withId = version.VersionId is null ? version.WithVersionId(Guid.CreateVersion7(_options.TimeProvider.GetUtcNow())) : version;
        using var activity = ClientTracing.Source.StartActivity("versioner.client.publish", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("versioner.client.transport", _transport.Name);
            activity.SetTag("versioner.version.id", withId.VersionId!.Value.ToString());
            activity.SetTag("versioner.entity_type", withId.EntityType);
        }

        try
        {
            var result = await PublishWithIdAsync(withId, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("versioner.client.publish.status", result.Status == PublishStatus.Acknowledged ? "acknowledged" : "spooled");
            return result;
        }
        catch (VersionRejectedException ex)
        {
            activity?.SetTag("versioner.client.publish.status", "rejected");
            activity.Failed("rejected", ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            activity.Failed(ex);
            throw;
        }
    }

    private async Task<PublishResult> PublishWithIdAsync(DataObjectVersion withId, CancellationToken cancellationToken)
    {
        var versionId = withId.VersionId!.Value;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_spool is not null && _spool.Count > 0 && (await DrainAsync(cancellationToken).ConfigureAwait(false)).Remaining > 0)
            {
                // Still down: queue behind the spooled versions, so the service receives them in order.
                await SpoolAsync(withId, cancellationToken).ConfigureAwait(false);
                return new PublishResult(versionId, PublishStatus.Spooled);
            }

            TransportResult result = null!;
            for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
            {
                if (attempt > 1)
                {
                    await Task.Delay(_options.RetryDelay * Math.Pow(2, attempt - 2), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }

                result = await SendAsync(withId, cancellationToken).ConfigureAwait(false);
                switch (result.Outcome)
                {
                    case TransportOutcome.Acknowledged:
                        return new PublishResult(versionId, PublishStatus.Acknowledged, result.Receipt);
                    case TransportOutcome.Rejected:
                        throw new VersionRejectedException(versionId, result.Problem!);
                }
            }

            if (_spool is null)
            {
                ExceptionDispatchInfo.Throw(result.Error!);
            }

            await SpoolAsync(withId, cancellationToken).ConfigureAwait(false);
            return new PublishResult(versionId, PublishStatus.Spooled);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<ResubmitResult> ResubmitSpooledAsync(CancellationToken cancellationToken = default)
    {
        if (_spool is null)
        {
            return new ResubmitResult(0, 0, []);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync().ConfigureAwait(false);
        await _resubmitter.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_spool is not null)
        {
            ClientMetrics.Forget(_spool);
            _spool.Dispose();
        }

        _transport.Dispose();
        _disposing.Dispose();
        _gate.Dispose();
    }

    /// <summary>One send through the transport, counted in <see cref="ClientMetrics"/>.</summary>
    private async Task<TransportResult> SendAsync(DataObjectVersion version, CancellationToken cancellationToken)
    {
        var transport = new KeyValuePair<string, object?>("versioner.client.transport", _transport.Name);
        ClientMetrics.PublishAttempts.Add(1, transport);
        var result = await _transport.SendAsync(version, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != TransportOutcome.Acknowledged)
        {
            var errorType = result.Outcome == TransportOutcome.Rejected ? "rejected" : result.Error?.GetType().FullName ?? "_OTHER";
            ClientMetrics.PublishFailures.Add(1, transport, new KeyValuePair<string, object?>("error.type", errorType));
        }

        return result;
    }

    /// <summary>Writes <paramref name="version"/> to the spool in a <c>versioner.client.spool.write</c> span.</summary>
    private async Task SpoolAsync(DataObjectVersion version, CancellationToken cancellationToken)
    {
        using var activity = ClientTracing.Source.StartActivity("versioner.client.spool.write", ActivityKind.Internal);
        activity?.SetTag("versioner.version.id", version.VersionId?.ToString());
        try
        {
            await _spool!.AddAsync(version, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity.Failed(ex);
            throw;
        }
    }

    /// <summary>Resends the spool, oldest first, in a <c>versioner.client.spool.resubmit</c> span; stops at the first passing failure.</summary>
    private async Task<ResubmitResult> DrainAsync(CancellationToken cancellationToken)
    {
        using var activity = ClientTracing.Source.StartActivity("versioner.client.spool.resubmit", ActivityKind.Internal);
        activity?.SetTag("versioner.client.transport", _transport.Name);
        try
        {
            var result = await ResendAsync(cancellationToken).ConfigureAwait(false);
            if (activity is { IsAllDataRequested: true })
            {
                activity.SetTag("versioner.client.spool.sent", result.Sent);
                activity.SetTag("versioner.client.spool.remaining", result.Remaining);
                activity.SetTag("versioner.client.spool.rejected", result.Rejected.Count);
            }

            return result;
        }
        catch (Exception ex)
        {
            activity.Failed(ex);
            throw;
        }
    }

    private async Task<ResubmitResult> ResendAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var rejected = new List<RejectedVersion>();
        var entries = _spool!.Entries();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var read = await _spool.ReadAsync(entry, cancellationToken).ConfigureAwait(false);
            if (read.Rejected is { } damaged)
            {
                rejected.Add(damaged); // moved aside: resending it would publish something the application never wrote
                continue;
            }

            var result = await SendAsync(read.Version!, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case TransportOutcome.Acknowledged:
                    _spool.Remove(entry);
                    sent++;
                    break;
                case TransportOutcome.Rejected:
                    rejected.Add(_spool.Reject(entry, new SpoolRejection("refused", result.Problem?.ToString() ?? "refused")));
                    break;
                default:
                    return new ResubmitResult(sent, entries.Count - i, rejected);
            }
        }

        return new ResubmitResult(sent, 0, rejected);
    }

    private async Task ResubmitLoopAsync(TimeSpan interval, CancellationToken disposing)
    {
        // Started from the constructor, this loop inherited whatever span was current then: its resubmissions are
        // not part of that operation, so each begins a trace of its own.
        Activity.Current = null;
        while (!disposing.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, _options.TimeProvider, disposing).ConfigureAwait(false);
                await ResubmitSpooledAsync(disposing).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (disposing.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // (A cancellation by disposing is caught above.) The spool folder unavailable for now, or a transport or handler that threw instead of answering: the
                // round's span records it (DrainAsync), the spool keeps every version, and the next round tries again.
                // Ending the loop here would leave the spool unsent until the application restarts.
            }
        }
    }
}
