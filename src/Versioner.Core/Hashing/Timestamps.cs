namespace Versioner;

/// <summary>Commit timestamps: UTC, microsecond precision, the finest every supported database keeps.</summary>
internal static class Timestamps
{
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }

    public static long ToUnixMicroseconds(DateTimeOffset value) => (Normalize(value).UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    public static DateTimeOffset FromUnixMicroseconds(long micros) => new(DateTime.UnixEpoch.Ticks + (micros * 10), TimeSpan.Zero);
}
