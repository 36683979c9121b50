using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;

namespace Versioner.Ingest.Reading;

/// <summary>
/// The read side, one per request: the request's own context and the <see cref="Repository"/> Graph's
/// <c>AddVersioning</c> opens over it (readers never wait for the writer), so reads see exactly what has been
/// acknowledged.
/// </summary>
internal sealed class IngestQueries(IngestDbContext db, Repository repository, IOptions<IngestOptions> options)
{
    private string Branch => options.Value.Storage.Branch;

    public async Task<ReadResult<StoredVersion>> VersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.VersionId == new VersionId(versionId), cancellationToken);
        if (record is null)
        {
            return ReadResult<StoredVersion>.Missing($"No version {versionId} was ingested. Check the id (a version id is the one sent in the message or returned on POST).");
        }

        var commit = await repository.FindCommitAsync(record.CommitId, cancellationToken);
        JsonElement? data = null;
        if (record.StoredVersionId is not null)
        {
            var snapshot = await repository.SnapshotAsync(commit, cancellationToken);
            data = (await snapshot.FindDocumentAsync(record.EntityType, record.EternalId, cancellationToken))?.Data;
        }

        return new StoredVersion
        {
            VersionId = record.VersionId.Value,
            EntityType = record.EntityType,
            EternalId = record.EternalId.Value,
            Operation = record.Operation,
            Data = data,
            Author = record.Author,
            Timestamp = new DateTimeOffset(record.TimestampTicks, TimeSpan.Zero),
            Message = record.Message,
            Source = record.Source,
            CommitId = record.CommitId.Value,
            CommitChecksum = commit.IsFinalized ? commit.Checksum.ToString() : null,
            Status = commit.IsFinalized ? VersionStatus.Committed : VersionStatus.Pending,
            StoredVersionId = record.StoredVersionId?.Value,
            ReceivedAt = new DateTimeOffset(record.ReceivedTicks, TimeSpan.Zero),
        };
    }

    public async Task<ReadResult<EntityState>> EntityAsync(string entityType, Guid eternalId, string? asOf, CancellationToken cancellationToken)
    {
        var at = await ResolveAsOfAsync(asOf, cancellationToken);
        if (!at.Found)
        {
            return at.Refusal<EntityState>();
        }

        var snapshot = await repository.SnapshotAsync(at.Value, cancellationToken);
        var document = await snapshot.FindDocumentAsync(entityType, new EternalId(eternalId), cancellationToken);
        if (document is null)
        {
            return ReadResult<EntityState>.Missing(
                $"{entityType} {eternalId} is not in the state as of commit {at.Value.ShortForm} ({at.Value.Timestamp:O}): it did not exist yet, was deleted, or is of another type.");
        }

        var record = await db.Records.AsNoTracking()
            .FirstOrDefaultAsync(r => r.EternalId == new EternalId(eternalId) && r.CommitId == document.CommitId, cancellationToken);
        return new EntityState
        {
            EntityType = entityType,
            EternalId = eternalId,
            VersionId = record?.VersionId.Value,
            StoredVersionId = document.VersionId.Value,
            CommitId = document.CommitId.Value,
            AsOf = CommitSummary.Of(at.Value),
            Data = document.Data,
        };
    }

    public async Task<ReadResult<EntityHistory>> HistoryAsync(string entityType, Guid eternalId, long skip, int take, CancellationToken cancellationToken)
    {
        var known = await db.Records.AsNoTracking().Where(r => r.EternalId == new EternalId(eternalId)).Select(r => r.EntityType).FirstOrDefaultAsync(cancellationToken);
        if (known is not null && known != entityType)
        {
            return ReadResult<EntityHistory>.Missing($"Eternal id {eternalId} is of entity type {known}, not {entityType}.");
        }

        IReadOnlyList<HistoryEntry> entries;
        try
        {
            entries = await repository.HistoryAsync(new EternalId(eternalId), Branch, new LogOptions { Skip = skip, Take = take + 1 }, cancellationToken);
        }
        catch (RevisionNotFoundException)
        {
            entries = []; // nothing committed yet
        }

        if (entries.Count == 0 && skip == 0)
        {
            return ReadResult<EntityHistory>.Missing($"{entityType} {eternalId} has no committed history on branch '{Branch}'.");
        }

        var page = entries.Take(take).ToArray();
        var commitIds = page.Select(e => e.Commit.Id).ToArray();
        var records = (await db.Records.AsNoTracking().Where(r => r.EternalId == new EternalId(eternalId) && commitIds.Contains(r.CommitId)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.CommitId);
        return new EntityHistory
        {
            EntityType = entityType,
            EternalId = eternalId,
            Entries = page.Select(e => new HistoryItem
            {
                Commit = CommitSummary.Of(e.Commit),
                Change = e.Kind.ToString().ToLowerInvariant(),
                VersionId = records.GetValueOrDefault(e.Commit.Id)?.VersionId.Value,
                StoredVersionId = e.VersionId?.Value,
            }).ToArray(),
            NextSkip = entries.Count > take ? skip + take : null,
        };
    }

    public async Task<ReadResult<CommitDetails>> CommitAsync(string revision, CancellationToken cancellationToken)
    {
        Commit commit;
        try
        {
            commit = await repository.FindCommitAsync(revision, cancellationToken);
        }
        catch (RevisionNotFoundException ex)
        {
            return ReadResult<CommitDetails>.Missing(ex.Message);
        }
        catch (VersionerException ex) when (ex.IsInvalidInput)
        {
            // Text that is no revision, a checksum prefix of several commits: the caller's to change, so 400.
            return ReadResult<CommitDetails>.Malformed($"{ex.Message} Send one as the commit to read (/commits/{{id}}).");
        }

        var versions = await db.Records.AsNoTracking().Where(r => r.CommitId == commit.Id).OrderBy(r => r.ReceivedTicks)
            .Select(r => new { r.VersionId, r.EntityType, r.EternalId, r.Operation })
            .ToListAsync(cancellationToken);
        return new CommitDetails
        {
            Commit = CommitSummary.Of(commit),
            Parents = commit.Parents.Select(p => p.Value).ToArray(),
            Depth = commit.Depth,
            Versions = versions.Select(r => new VersionRef(r.VersionId.Value, r.EntityType, r.EternalId.Value, r.Operation)).ToList(),
        };
    }

    /// <summary>
    /// The commit to read at: the branch head by default, a revision (commit id, checksum or prefix, <c>main~3</c>),
    /// or an ISO 8601 time (the newest commit of the branch's first-parent history at or before it: <c>branch@{time}</c>).
    /// </summary>
    private async Task<ReadResult<Commit>> ResolveAsOfAsync(string? asOf, CancellationToken cancellationToken)
    {
        try
        {
            if (string.IsNullOrWhiteSpace(asOf))
            {
                return await repository.FindCommitAsync(Branch, cancellationToken);
            }

            if (!LooksLikeTime(asOf, out var time))
            {
                return await repository.FindCommitAsync(asOf, cancellationToken);
            }

            try
            {
                return await repository.FindCommitAsync(Revision.At(Branch, time), cancellationToken);
            }
            catch (RevisionNotFoundException)
            {
                // Throws again (answered below) when the branch itself has no commits yet.
                await repository.FindCommitAsync(Branch, cancellationToken);
                return ReadResult<Commit>.Missing($"Branch '{Branch}' has no commit at or before {time:O}; its first commit is later.");
            }
        }
        catch (RevisionNotFoundException ex)
        {
            return ReadResult<Commit>.Missing(string.IsNullOrWhiteSpace(asOf) ? $"Branch '{Branch}' has no commits yet." : ex.Message);
        }
        catch (VersionerException ex) when (ex.IsInvalidInput)
        {
            return ReadResult<Commit>.Malformed($"asOf: {ex.Message} Or send a time with an offset, such as 2025-01-31T09:30:00Z; omit asOf to read the head of '{Branch}'.");
        }
    }

    private static bool LooksLikeTime(string text, out DateTimeOffset time)
    {
        time = default;
        return text.Contains('-', StringComparison.Ordinal) && (text.Contains('T', StringComparison.Ordinal) || text.Length == 10)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
