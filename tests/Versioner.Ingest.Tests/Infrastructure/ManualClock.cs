namespace Versioner.Tests.Infrastructure;

/// <summary>A clock tests move by hand, so commit timestamps are known.</summary>
public sealed class ManualClock : TimeProvider
{
    private readonly object _lock = new();
    private DateTimeOffset _now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public DateTimeOffset Now
    {
        get { lock (_lock) { return _now; } }
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }
}
