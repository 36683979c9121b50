namespace Versioner.Client;

/// <summary>How a publisher retries and where it spools.</summary>
public sealed class VersionPublisherOptions
{
    /// <summary>
    /// The spool folder: versions that could not be sent are written here, one file each, and resubmitted later.
    /// Null: no spool, and a publish whose retries fail throws. One publisher per folder: a publisher opened on a folder
    /// another one (in this process or another) has open throws <see cref="IOException"/>; disposing one releases it.
    /// </summary>
    public string? SpoolDirectory { get; set; }

    /// <summary>Attempts per publish before spooling (at least 1). Default 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Delay before the second attempt; it doubles per attempt. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often spooled versions are resubmitted in the background; null: only by <see cref="IVersionPublisher.ResubmitSpooledAsync"/>. Default 30 s.</summary>
    public TimeSpan? ResubmitInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock for ids and delays. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        var problems = new List<string>();
        if (MaxAttempts < 1)
        {
            problems.Add($"{nameof(MaxAttempts)} must be at least 1.");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            problems.Add($"{nameof(RetryDelay)} must not be negative.");
        }

        if (ResubmitInterval is { } interval && interval <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(ResubmitInterval)} must be positive, or null for resubmitting only on demand.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid publisher options: " + string.Join(" ", problems));
        }
    }
}
