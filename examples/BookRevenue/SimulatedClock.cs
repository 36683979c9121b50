namespace Bookshop;

/// <summary>
/// The clock commits are stamped with. It starts a few hours back and the walkthrough moves it on by hand, so the
/// log reads like an afternoon's work ("2 hours ago") though the program runs in a second. Safe to read while another
/// thread moves it (the follower's refreshes read it while the walkthrough commits): the time is one 64-bit value.
/// Timers and delays are the system's.
/// </summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
