namespace Bookshop;

/// <summary>
/// The clock commits are stamped with. It starts a few hours back and the walkthrough moves it on by hand, so the
/// log reads like an afternoon's work ("2 hours ago") though the program runs in a second.
/// </summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
