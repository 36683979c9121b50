using Microsoft.EntityFrameworkCore;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Redactions across databases. A push or pull first brings the source's redactions to the target (applied the same
/// way, so the same checksums result, and checked against the source's), and refuses to copy from a source that still
/// holds content a redaction of the target removed. Compare attributes differing checksums to the redactions one side
/// lacks.
/// </summary>
internal static class RedactionSync
{
    /// <summary>
    /// Runs inside the transfer's target transaction, before any commit is copied. Returns the redactions applied to
    /// the target.
    /// </summary>
    /// <exception cref="RedactionMissingException">The source lacks a redaction of the target and still holds what it removed.</exception>
    /// <exception cref="TransferVerificationException">Applying a redaction here gave other checksums than in the source.</exception>
    public static async Task<IReadOnlyList<Redaction>> BeforeTransferAsync(GraphStore source, GraphStore target, CancellationToken cancellationToken)
    {
        var inSource = await IdsAsync(source, cancellationToken).ConfigureAwait(false);
        var inTarget = await IdsAsync(target, cancellationToken).ConfigureAwait(false);

        var unsafeSource = new List<Guid>();
        foreach (var id in inTarget.Where(id => !inSource.Contains(id)))
        {
            var messages = await RedactionRecords.MessagesAsync(target, id, cancellationToken).ConfigureAwait(false);
            if (await HoldsMessageAsync(source, messages, cancellationToken).ConfigureAwait(false))
            {
                unsafeSource.Add(id);
                continue;
            }

            var versions = (await RedactionRecords.TargetsAsync(target, id, cancellationToken).ConfigureAwait(false)).Select(t => (VersionId?)t.VersionId).ToArray();
            foreach (var chunk in versions.Chunk(500))
            {
                if (await HoldsOtherContentAsync(source, target, chunk, cancellationToken).ConfigureAwait(false))
                {
                    unsafeSource.Add(id);
                    break;
                }
            }
        }

        if (unsafeSource.Count > 0)
        {
            throw new RedactionMissingException(await RedactionRecords.ListAsync(target, unsafeSource, cancellationToken).ConfigureAwait(false));
        }

        var missing = inSource.Where(id => !inTarget.Contains(id)).ToArray();
        if (missing.Length == 0)
        {
            return [];
        }

        var headers = (await source.Db.Set<RedactionRow>().AsNoTracking().Where(r => missing.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(r => r.TimestampMicros).ThenBy(r => r.Id).ToArray();
        await MaintenanceTransaction.RunAsync(target, async () =>
        {
            await Redactor.LockCommitsAsync(target, cancellationToken).ConfigureAwait(false);
            foreach (var header in headers)
            {
                var targets = await RedactionRecords.TargetsAsync(source, header.Id, cancellationToken).ConfigureAwait(false);
                var messages = await RedactionRecords.MessagesAsync(source, header.Id, cancellationToken).ConfigureAwait(false);
                await RedactionRecords.InsertAsync(target, header, targets, messages, cancellationToken).ConfigureAwait(false);
                await Redactor.ApplyAsync(target, header.Id, targets, messages, cancellationToken).ConfigureAwait(false);
            }

            await CheckAgainstSourceAsync(source, target, headers, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return await RedactionRecords.ListAsync(target, missing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True when the source holds one of <paramref name="versions"/> with other content than the target (its recorded
    /// checksum differs, or the target does not have it to compare): the source has not cleared it the same way. A source
    /// that made an equal redaction of its own holds equal versions and is safe.
    /// </summary>
    private static async Task<bool> HoldsOtherContentAsync(GraphStore source, GraphStore target, VersionId?[] versions, CancellationToken cancellationToken)
    {
        var there = await source.Changes.Naming(versions).Select(c => new { c.VersionId, c.VersionChecksum }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (there.Count == 0)
        {
            return false;
        }

        var here = (await target.Changes.Naming(versions).Select(c => new { c.VersionId, c.VersionChecksum }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(c => c.VersionId!.Value, c => c.VersionChecksum);
        return there.Any(s => !here[s.VersionId!.Value].Any(h => h is not null && s.VersionChecksum is not null && h.AsSpan().SequenceEqual(s.VersionChecksum)));
    }

    /// <summary>True when the source holds one of <paramref name="commits"/> with a message that is not the placeholder.</summary>
    private static async Task<bool> HoldsMessageAsync(GraphStore source, IReadOnlyList<CommitId> commits, CancellationToken cancellationToken)
    {
        foreach (var chunk in commits.Chunk(500))
        {
            if (await source.Commits.AnyAsync(c => chunk.Contains(c.Id) && c.Message != Redaction.MessagePlaceholder, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every commit the applied redactions rewrote here must now have the checksum the source gives it.</summary>
    private static async Task CheckAgainstSourceAsync(GraphStore source, GraphStore target, IEnumerable<RedactionRow> applied, CancellationToken cancellationToken)
    {
        foreach (var header in applied)
        {
            await foreach (var chunk in RedactionRecords.RewrittenAsync(target, header.Id, cancellationToken).Chunk(500).ConfigureAwait(false))
            {
                var ids = chunk.Select(c => c.CommitId).ToArray();
                var here = await target.Commits.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Checksum, cancellationToken).ConfigureAwait(false);
                var there = await source.Commits.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Checksum, cancellationToken).ConfigureAwait(false);
                foreach (var (id, checksum) in there)
                {
                    if (!checksum.AsSpan().SequenceEqual(here[id]))
                    {
                        throw new TransferVerificationException(
                            id,
                            $"after applying redaction {header.Id} it hashes to {new Checksum(here[id]!).ToString(12)} here but {new Checksum(checksum!).ToString(12)} in the source, so the two held different content");
                    }
                }
            }
        }
    }

    /// <summary>
    /// Redactions only one side has, and the checksum mismatches of common commits each explains (a commit one side's
    /// redaction rewrote while the other side lacks that redaction).
    /// </summary>
    public static async Task<(IReadOnlyList<Redaction> OnlyHere, IReadOnlyList<Redaction> OnlyThere, List<ChecksumMismatch> Mismatches)> CompareAsync(
        GraphStore here, GraphStore there, List<ChecksumMismatch> mismatches, CancellationToken cancellationToken)
    {
        var idsHere = await IdsAsync(here, cancellationToken).ConfigureAwait(false);
        var idsThere = await IdsAsync(there, cancellationToken).ConfigureAwait(false);
        var onlyHere = await RedactionRecords.ListAsync(here, idsHere.Where(id => !idsThere.Contains(id)).ToArray(), cancellationToken).ConfigureAwait(false);
        var onlyThere = await RedactionRecords.ListAsync(there, idsThere.Where(id => !idsHere.Contains(id)).ToArray(), cancellationToken).ConfigureAwait(false);
        if (mismatches.Count == 0 || onlyHere.Count + onlyThere.Count == 0)
        {
            return (onlyHere, onlyThere, mismatches);
        }

        var commits = mismatches.Select(m => m.CommitId).ToArray();
        var rewrittenHere = await RedactionRecords.RewritersAsync(here, commits, cancellationToken).ConfigureAwait(false);
        var rewrittenThere = await RedactionRecords.RewritersAsync(there, commits, cancellationToken).ConfigureAwait(false);
        var oneSided = onlyHere.Concat(onlyThere).ToDictionary(r => r.Id);
        var explained = mismatches.Select(m =>
        {
            var by = rewrittenHere[m.CommitId].Concat(rewrittenThere[m.CommitId]).Where(oneSided.ContainsKey).Select(id => oneSided[id])
                .OrderBy(r => r.Timestamp).FirstOrDefault();
            return by is null ? m : m with { ExplainedBy = by };
        }).ToList();
        return (onlyHere, onlyThere, explained);
    }

    private static async Task<HashSet<Guid>> IdsAsync(GraphStore store, CancellationToken cancellationToken) =>
        (await store.Db.Set<RedactionRow>().AsNoTracking().Select(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
}
