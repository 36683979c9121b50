using System.ComponentModel.DataAnnotations;
using Versioner.Internal;

namespace Versioner;

/// <summary>
/// What a <see cref="Follower"/> follows and how: the revision, the entity types, validators, and the timing of checks
/// and retries. Declare at least one type. Checked once when the follower is created (every problem reported together).
/// </summary>
/// <example>
/// <code>
/// services.AddVersionerFollower&lt;ShopContext&gt;(o => o
///     .Include&lt;Book&gt;()
///     .Include&lt;Rate, string&gt;(r => r.Code)                 // also Current.FindByKey&lt;Rate, string&gt;("EUR")
///     .Validate(s => s.Count&lt;Rate&gt;() > 0 ? ValidationResult.Success : new ValidationResult("no rates")));
/// </code>
/// </example>
public sealed class FollowerOptions
{
    private readonly List<FollowedType> _types = [];
    private readonly List<Func<InMemorySnapshot, ValidationResult?>> _validators = [];

    /// <summary>
    /// The revision to follow (default <c>main</c>): a branch follows its head; a tag pins (moving or recreating the tag
    /// rolls the service forward or back); <c>main~3</c> or a commit id stays where it says.
    /// </summary>
    public string Revision { get; set; } = "main";

    /// <summary>
    /// How often the followed revision's head is read (one indexed read) when nothing announces a change first (default
    /// 5 seconds). On PostgreSQL a ref change is announced at once (<see cref="ListenForChanges"/>) and the poll is the fallback.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How much each wait varies at random, as a fraction of it (default 0.1: ±10%), so many service instances do not
    /// read the database in step. From 0 to 1.
    /// </summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>
    /// The longest wait between retries after failed checks (default 1 minute): after a failure the wait starts at
    /// <see cref="PollInterval"/> and doubles up to this.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the follower may stay stale before its health check reports degraded (default 1 minute).</summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Beyond this many first-parent commits between the current snapshot and the new head, the follower loads the new
    /// state whole instead of applying the diff (default 10,000).
    /// </summary>
    public int MaxIncrementalCommits { get; set; } = 10_000;

    /// <summary>
    /// Whether a new version's commits are re-hashed against their content before it is swapped in (default true): the
    /// commits since the current snapshot (<see cref="Repository.VerifySinceAsync"/>), or the whole history reachable
    /// from the head on a full load. A version that fails is refused.
    /// </summary>
    public bool VerifyChecksums { get; set; } = true;

    /// <summary>
    /// Whether to listen for ref changes on PostgreSQL (<see cref="RefNotifications.Channel"/>, on a connection of its
    /// own) so a finalize is seen without waiting for a poll (default true). Ignored on SQLite.
    /// </summary>
    public bool ListenForChanges { get; set; } = true;

    /// <summary>The clock of waits, timestamps and health thresholds; a test passes a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal IReadOnlyList<FollowedType> Types => _types;

    internal IReadOnlyList<Func<InMemorySnapshot, ValidationResult?>> Validators => _validators;

    /// <summary>Keeps every entity of <typeparamref name="T"/> in memory, found by eternal id (<see cref="InMemorySnapshot.Find{T}"/>).</summary>
    public FollowerOptions Include<T>()
        where T : Versioned
    {
        Add(new FollowedEntities<T>(null));
        return this;
    }

    /// <summary>
    /// Keeps every entity of <typeparamref name="T"/> in memory, found by eternal id and by <paramref name="key"/>
    /// (<see cref="InMemorySnapshot.FindByKey{T, TKey}"/>). The key must be unique in each version: one held by two
    /// entities refuses that version.
    /// </summary>
    public FollowerOptions Include<T, TKey>(Func<T, TKey> key)
        where T : Versioned
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        Add(new FollowedEntities<T>(entities => KeyIndex<T, TKey>.Build(key, entities)));
        return this;
    }

    /// <summary>Keeps every dynamic document of type <paramref name="entityType"/> in memory (<see cref="InMemorySnapshot.FindDocument"/>).</summary>
    public FollowerOptions IncludeDocuments(string entityType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        Add(new FollowedDocuments(entityType));
        return this;
    }

    /// <summary>
    /// Adds a check every new version must pass before it is served: return <see cref="ValidationResult.Success"/> to
    /// accept it, or a <see cref="ValidationResult"/> with a message to refuse it (the current snapshot keeps serving,
    /// the follower reports stale with that message). An exception thrown refuses the version too.
    /// </summary>
    public FollowerOptions Validate(Func<InMemorySnapshot, ValidationResult?> validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        _validators.Add(validator);
        return this;
    }

    private void Add(FollowedType type)
    {
        // Declaring a type again replaces the first declaration (a key added later, say).
        _types.RemoveAll(t => t.Identity.Equals(type.Identity));
        _types.Add(type);
    }

    /// <summary>Every problem of these options, for one message (empty when valid).</summary>
    internal List<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Revision))
        {
            problems.Add("Revision: name a branch, tag or commit to follow.");
        }
        else
        {
            try
            {
                Versioner.Revision.Parse(Revision);
            }
            catch (InvalidRevisionException ex)
            {
                problems.Add($"Revision: {ex.Message}");
            }
        }

        if (_types.Count == 0)
        {
            problems.Add("no entity type to follow: add options.Include<T>() or options.IncludeDocuments(type).");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            problems.Add($"PollInterval: must be positive (was {PollInterval}).");
        }

        if (MaxRetryDelay < PollInterval)
        {
            problems.Add($"MaxRetryDelay: must be at least PollInterval ({PollInterval}); was {MaxRetryDelay}.");
        }

        if (DegradedAfter < TimeSpan.Zero)
        {
            problems.Add($"DegradedAfter: must not be negative (was {DegradedAfter}).");
        }

        if (Jitter is < 0 or > 1 || double.IsNaN(Jitter))
        {
            problems.Add($"Jitter: must be from 0 to 1 (was {Jitter}).");
        }

        if (MaxIncrementalCommits < 0)
        {
            problems.Add($"MaxIncrementalCommits: must not be negative (was {MaxIncrementalCommits}).");
        }

        if (TimeProvider is null)
        {
            problems.Add("TimeProvider: must not be null; leave it unset for the system clock.");
        }

        return problems;
    }
}
