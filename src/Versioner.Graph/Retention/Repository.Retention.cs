using Versioner.Internal;

namespace Versioner;

// Retention: pruning versions that are no longer current, like an object store's lifecycle rule.
public sealed partial class Repository
{
    /// <summary>
    /// Prunes what <paramref name="policy"/> allows: deletes the rows of versions no longer current (and pointer records
    /// only they held), leaving a <see cref="PrunedVersion"/> mark for each. Commits and their change rows stay, so
    /// every commit checksum still verifies, and reads of a pruned version say so (<see cref="VersionPrunedException"/>)
    /// rather than return nothing. All in one transaction: a failure, including one of the archive, prunes nothing.
    /// </summary>
    /// <param name="policy">Which versions may go.</param>
    /// <param name="archive">
    /// Optional: receives every pruned version before it is deleted, as UTF-8 JSON lines, to be kept elsewhere. A
    /// version line holds its ids, the commit that made it, its checksum, its fields, and <c>canonical</c>: the exact
    /// bytes its checksum covers, base64 (SHA-256 of them is the checksum). A pointer line holds a deleted pointer
    /// record's checksum, <c>pointer_kind</c> and <c>content</c> (base64). The stream is flushed, not closed. With an
    /// archive, each version is re-hashed before it is written; without one, versions are deleted unread (run
    /// <see cref="VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/> first if tampering must stay provable).
    /// </param>
    /// <param name="cancellationToken">Cancels the run; nothing is pruned.</param>
    /// <returns>What was pruned, per entity type.</returns>
    /// <exception cref="InvalidRetentionPolicyException">The policy is invalid; the message lists every problem; nothing was pruned.</exception>
    /// <exception cref="VersionerException">A version to archive no longer matches its checksum; nothing was pruned (run <see cref="VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/>).</exception>
    public Task<RetentionResult> ApplyRetentionAsync(RetentionPolicy policy, Stream? archive = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(ApplyRetentionAsync)); return ApplyRetentionCoreAsync(policy, archive, cancellationToken); });

    private Task<RetentionResult> ApplyRetentionCoreAsync(RetentionPolicy policy, Stream? archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        if (archive is { CanWrite: false })
        {
            throw new ArgumentException("The archive stream is not writable; pass a stream opened for writing, or null for no archive.", nameof(archive));
        }

        return Retention.RunAsync(_store, policy, archive, preview: false, cancellationToken);
    }

    /// <summary>
    /// What <see cref="ApplyRetentionAsync"/> would prune with <paramref name="policy"/> now (a dry run): the same
    /// selection, in a transaction that is rolled back, so nothing changes.
    /// </summary>
    /// <exception cref="InvalidRetentionPolicyException">The policy is invalid; the message lists every problem; nothing was pruned.</exception>
    public Task<RetentionResult> PreviewRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureComplete(); return PreviewRetentionCoreAsync(policy, cancellationToken); });

    private Task<RetentionResult> PreviewRetentionCoreAsync(RetentionPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        return Retention.RunAsync(_store, policy, null, preview: true, cancellationToken);
    }
}
