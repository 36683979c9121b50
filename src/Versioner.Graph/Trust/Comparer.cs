using Microsoft.EntityFrameworkCore;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Compares two databases' commits by a merge-join over their ids in canonical (big-endian UUID) order, a page at a
/// time from each side, so memory stays constant (apart from the differences reported).
/// </summary>
internal static class Comparer
{
    private const int Page = 1000;

    public static async Task<Comparison> CompareAsync(GraphStore here, GraphStore there, CancellationToken cancellationToken)
    {
        var refsHere = await here.Db.Set<RefRow>().AsNoTracking().ToDictionaryAsync(r => r.Name, r => r.CommitId, cancellationToken).ConfigureAwait(false);
        var refsThere = await there.Db.Set<RefRow>().AsNoTracking().ToDictionaryAsync(r => r.Name, r => r.CommitId, cancellationToken).ConfigureAwait(false);
        var refs = refsHere.Keys.Union(refsThere.Keys).Order(StringComparer.Ordinal)
            .Select(name => new RefDifference(name, refsHere.TryGetValue(name, out var h) ? h : null, refsThere.TryGetValue(name, out var t) ? t : null))
            .Where(d => d.Here != d.There)
            .ToArray();

        var onlyHere = new List<CommitId>();
        var onlyThere = new List<CommitId>();
        var mismatches = new List<ChecksumMismatch>();
        long common = 0;
        await using var left = Stream(here, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var right = Stream(there, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var hasLeft = await left.MoveNextAsync().ConfigureAwait(false);
        var hasRight = await right.MoveNextAsync().ConfigureAwait(false);
        while (hasLeft || hasRight)
        {
            var order = !hasLeft ? 1 : !hasRight ? -1 : CompareIds(left.Current.Id, right.Current.Id);
            if (order < 0)
            {
                onlyHere.Add(left.Current.Id);
                hasLeft = await left.MoveNextAsync().ConfigureAwait(false);
            }
            else if (order > 0)
            {
                onlyThere.Add(right.Current.Id);
                hasRight = await right.MoveNextAsync().ConfigureAwait(false);
            }
            else
            {
                common++;
                if (left.Current.Checksum != right.Current.Checksum)
                {
                    mismatches.Add(new ChecksumMismatch(left.Current.Id, left.Current.Checksum, right.Current.Checksum));
                }

                hasLeft = await left.MoveNextAsync().ConfigureAwait(false);
                hasRight = await right.MoveNextAsync().ConfigureAwait(false);
            }
        }

        var (redactionsHere, redactionsThere, explained) = await RedactionSync.CompareAsync(here, there, mismatches, cancellationToken).ConfigureAwait(false);
        return new Comparison(refs, onlyHere, onlyThere, common, explained, redactionsHere, redactionsThere);
    }

    /// <summary>
    /// Finalized commits sorted by id, paged by keyset. SQLite orders the text form and PostgreSQL the uuid bytes; both
    /// orders equal the big-endian byte order <see cref="CompareIds"/> uses, so the two streams join exactly (an engine
    /// that sorts UUIDs otherwise sorts by its dialect's <see cref="Storage.Dialects.Dialect.IdOrder"/>).
    /// </summary>
    private static async IAsyncEnumerable<(CommitId Id, Checksum Checksum)> Stream(GraphStore store, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        CommitId? after = null;
        while (true)
        {
            var page = await store.QueryAsync(
                store.Dialect.SelectFirst(
                    Page,
                    "id, checksum",
                    after is null
                        ? $"FROM {Model.SystemTables.Commits} WHERE state = {(int)CommitState.Finalized} ORDER BY {store.Dialect.IdOrder("id")}"
                        : $"FROM {Model.SystemTables.Commits} WHERE state = {(int)CommitState.Finalized} AND {store.Dialect.IdOrder("id")} > {store.Dialect.IdOrder("@p0")} ORDER BY {store.Dialect.IdOrder("id")}"),
                after is null ? [] : [store.Map.CommitId],
                after is null ? [] : [after],
                reader => (Id: new CommitId(GuidColumn.Read(reader, 0)), Checksum: new Checksum((byte[])reader.GetValue(1))),
                cancellationToken).ConfigureAwait(false);

            foreach (var item in page)
            {
                yield return item;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    private static int CompareIds(CommitId a, CommitId b) => UuidOrder.Compare(a.Value, b.Value);
}
