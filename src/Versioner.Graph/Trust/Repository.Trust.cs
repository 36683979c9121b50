using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner;

// Trust across databases: verify, compare, push and pull.
public sealed partial class Repository
{
    /// <summary>
    /// Recomputes every checksum in the database, like <c>git fsck</c>: each finalized version against the checksum
    /// recorded at finalize, each commit against its content, each pointer record against its key; and finds version
    /// rows added behind Versioner's back and rows that went missing. Streams in batches (constant memory) and reports
    /// progress.
    /// </summary>
    /// <returns>A report listing every problem precisely; <see cref="VerifyReport.IsValid"/> when there is none.</returns>
    public Task<VerifyReport> VerifyAsync(IProgress<VerifyProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureComplete(); return Verifier.VerifyAsync(_store, null, progress, cancellationToken); });

    /// <summary>
    /// Verifies only the history reachable from <paramref name="revision"/> (its commits and their versions), as
    /// <c>git fsck</c> of one ref would. The whole-database checks (rows no commit lists, every pointer record) are
    /// left to <see cref="VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/>.
    /// </summary>
    public Task<VerifyReport> VerifyAsync(Revision revision, IProgress<VerifyProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureComplete(); return Verifier.VerifyAsync(_store, revision, progress, cancellationToken); });

    /// <summary>
    /// Verifies only the commits <paramref name="revision"/> has and <paramref name="since"/> lacks (git's
    /// <c>since..revision</c>) and their versions: after checking a state once, check what a newer one added, at a cost
    /// that follows the new commits rather than the whole history. Like
    /// <see cref="VerifyAsync(Revision, IProgress{VerifyProgress}?, CancellationToken)"/>, the whole-database checks are left out.
    /// </summary>
    /// <exception cref="RevisionNotFoundException">Either revision names no commit.</exception>
    public Task<VerifyReport> VerifySinceAsync(Revision since, Revision revision, IProgress<VerifyProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => Verifier.VerifyAsync(_store, revision, progress, cancellationToken, since));

    /// <summary>
    /// Compares this database's history with <paramref name="other"/>'s (say SQLite and PostgreSQL): refs that differ,
    /// commits only one side has, and whether the commits both hold have identical checksums.
    /// </summary>
    public Task<Comparison> CompareAsync(Repository other, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureComplete(); return CompareCoreAsync(other, cancellationToken); });

    private Task<Comparison> CompareCoreAsync(Repository other, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Comparer.CompareAsync(_store, other._store, cancellationToken);
    }

    /// <summary>
    /// Copies <paramref name="branch"/> from this database to <paramref name="target"/>: the commits it lacks, with
    /// their versions, eternal ids and pointer records, each re-hashed on arrival, then moves the target's branch. All
    /// in one transaction of the target: an interruption leaves it as it was. A non-fast-forward (the target branch has
    /// commits this one does not contain) is refused unless <paramref name="force"/>. Redactions this database has and
    /// the target lacks are applied to the target first, in the same transaction (<see cref="TransferResult.Redactions"/>).
    /// Tags naming a commit of the branch's history travel with it (<see cref="TransferResult.Tags"/>); <paramref name="force"/>
    /// also moves a target tag of the same name on another commit.
    /// </summary>
    /// <exception cref="NonFastForwardException">The target branch would lose commits; nothing was copied.</exception>
    /// <exception cref="TransferVerificationException">A commit did not hash to its checksum; nothing was copied.</exception>
    /// <exception cref="ModelMismatchException">The target's model lacks a versioned entity type the branch's history has; nothing was copied.</exception>
    /// <exception cref="TagConflictException">The target has a tag of the same name on another commit, or a branch of that name; nothing was copied.</exception>
    /// <exception cref="RedactionMissingException">
    /// The target has a redaction this database lacks while this database still holds content it removed; nothing was
    /// copied. Push from the target into this database first.
    /// </exception>
    public Task<TransferResult> PushAsync(Repository target, string branch, bool force = false, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => GraphTelemetry.TraceAsync("versioner.push", _store.Db, branch, () => PushCoreAsync(target, branch, force, cancellationToken), Describe));

    private Task<TransferResult> PushCoreAsync(Repository target, string branch, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        EnsureComplete();
        target.EnsureWritable(nameof(PushAsync));
        return Transfer.RunAsync(_store, target._store, branch, force, cancellationToken);
    }

    /// <summary>Copies <paramref name="branch"/> from <paramref name="source"/> into this database; see <see cref="PushAsync"/>.</summary>
    public Task<TransferResult> PullAsync(Repository source, string branch, bool force = false, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => GraphTelemetry.TraceAsync("versioner.pull", _store.Db, branch, () => PullCoreAsync(source, branch, force, cancellationToken), Describe));

    private static void Describe(System.Diagnostics.Activity span, TransferResult result) =>
        span.SetTag("versioner.commit.id", result.Head.ToString()).SetTag("versioner.transfer.commits", result.Commits).SetTag("versioner.transfer.versions", result.Versions);

    private Task<TransferResult> PullCoreAsync(Repository source, string branch, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.PushCoreAsync(this, branch, force, cancellationToken);
    }
}
