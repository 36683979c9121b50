using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Versioner.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer the code arms (a <c>Task.Delay</c> on it), so a test moves
/// time only once the code is waiting, and sees how long it waits.
/// </summary>
public sealed class WatchedClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _armed.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer armed (waits for it, at most 10 s of real time).</summary>
    public async Task<TimeSpan> NextTimerAsync() => await _armed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
