using Microsoft.Extensions.Time.Testing;

namespace Versioner.Testing;

/// <summary>The fake clock the tests stamp commits with: a fixed start, moved on only by the test.</summary>
public static class TestClock
{
    /// <summary>Where every test clock starts: 2026-01-02 03:04:05 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>A new <see cref="FakeTimeProvider"/> at <see cref="Start"/>.</summary>
    public static FakeTimeProvider Create() => new(Start);
}
