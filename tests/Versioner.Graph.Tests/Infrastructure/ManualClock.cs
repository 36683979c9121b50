namespace Versioner.Tests.Infrastructure;

/// <summary>A clock tests move by hand, so commit timestamps (and checksums) are reproducible.</summary>
public sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
