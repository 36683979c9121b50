using Microsoft.Extensions.Logging;
using Npgsql;

namespace Versioner.Internal;

/// <summary>
/// PostgreSQL: <c>LISTEN</c>s on <see cref="RefNotifications.Channel"/> on a connection of its own and wakes the follower
/// at each ref change, and once after every (re)connect (notifications sent while it was away are lost). A lost
/// connection is retried with backoff; the follower's poll covers the gap.
/// </summary>
internal sealed class RefListener(NpgsqlConnection template, Action wake, ILogger logger, string revision, TimeProvider time, TimeSpan maxDelay)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = template.CloneWith(template.ConnectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                connection.Notification += (_, _) => wake();
                await using (var listen = new NpgsqlCommand($"LISTEN {RefNotifications.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                FollowerLog.Listening(logger, revision, RefNotifications.Channel);
                delay = TimeSpan.FromMilliseconds(200);
                wake();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException or InvalidOperationException)
            {
                FollowerLog.ListenerLost(logger, ex, revision, delay);
                try
                {
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
            }
        }
    }
}
