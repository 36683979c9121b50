using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>Revisions: resolving a branch, tag, id, checksum prefix, <c>~N</c> or <c>@{time}</c> to a commit row.</summary>
internal sealed partial class GraphStore
{
    public async Task<RefRow?> FindRefAsync(string name, CancellationToken cancellationToken) =>
        await Db.Set<RefRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Resolves a revision: a branch or tag name, a commit id, a checksum or a unique prefix of one (4+ hex digits),
    /// optionally followed by <c>~N</c> (N first-parent steps back).
    /// </summary>
    public async Task<CommitRow> ResolveAsync(Revision target, CancellationToken cancellationToken)
    {
        if (target.CommitId is { } commitId)
        {
            return await GetCommitRowAsync(commitId, cancellationToken).ConfigureAwait(false);
        }

        var revision = target.Text ?? throw new ArgumentException("The revision is empty (default); name a branch, tag, commit or checksum.", nameof(target));
        var text = revision;
        long back = 0;
        var tilde = text.IndexOf('~', text.LastIndexOf('}') + 1);
        if (tilde > 0)
        {
            var count = text[(tilde + 1)..];
            if (count.Length == 0)
            {
                back = 1;
            }
            else if (!long.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out back))
            {
                throw new RevisionNotFoundException(revision, $"'~{count}' is not a number of commits to go back.");
            }

            text = text[..tilde];
        }

        DateTimeOffset? at = null;
        var open = text.IndexOf("@{", StringComparison.Ordinal);
        if (open > 0 && text.EndsWith('}'))
        {
            var when = text[(open + 2)..^1];
            if (!DateTimeOffset.TryParse(when, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
            {
                throw new RevisionNotFoundException(revision, $"'{when}' is not a date and time; write it in ISO 8601, e.g. main@{{2026-11-01T12:00:00Z}}.");
            }

            at = instant;
            text = text[..open];
        }

        // "main~2@{t}": the time applies to the history of main~2.
        var row = at is not null && text.Contains('~', StringComparison.Ordinal)
            ? await ResolveAsync(Revision.Parse(text), cancellationToken).ConfigureAwait(false)
            : await ResolveBaseAsync(revision, text, cancellationToken).ConfigureAwait(false);
        if (at is { } time)
        {
            row = await AtOrBeforeAsync(revision, text, row, time, cancellationToken).ConfigureAwait(false);
        }

        if (back == 0)
        {
            return row;
        }

        var targetDepth = row.Depth - back;
        if (targetDepth < 0)
        {
            throw new RevisionNotFoundException(revision, $"the history of '{text}' is only {row.Depth + 1} commit(s) deep.");
        }

        // The path's ranges partition the depths from the root to the commit: the one holding the target depth names
        // its segment, and (segment, depth) is the commit's unique key.
        var path = await PathAsync(row, cancellationToken).ConfigureAwait(false);
        var segment = path.SegmentAt(targetDepth);
        return await Commits.Where(c => c.Segment == segment && c.Depth == targetDepth).FirstAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resolves a revision (<see cref="ResolveAsync"/>) and loads its first-parent path (<see cref="PathAsync"/>). A
    /// branch, tag or commit id is read with its segment's row in one statement (no EF query translation), and when that
    /// segment forks from nothing, as a linear history's or a branch line's placed whole does, the path is that one
    /// range: no second round trip. Nothing is cached between calls: each reads the database as it is (on SQLite the
    /// statements stay prepared on the open connection, <see cref="KeptStatements"/>; they hold no data).
    /// </summary>
    public async Task<(CommitRow Row, AncestryPath Path)> ResolveWithPathAsync(Revision target, CancellationToken cancellationToken)
    {
        string? name = null;
        CommitId? id = target.CommitId;
        if (id is null && target.Text is { } back && back.IndexOf('@') < 0 && back.IndexOf('~') is var tilde and > 0
            && (tilde == back.Length - 1 || long.TryParse(back.AsSpan(tilde + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            // rev~N: the ancestor's path is a prefix of rev's, cut at its depth (no second path query).
            var steps = tilde == back.Length - 1 ? 1 : long.Parse(back.AsSpan(tilde + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            var (baseRow, basePath) = await ResolveWithPathAsync(Revision.Parse(back[..tilde]), cancellationToken).ConfigureAwait(false);
            var depth = baseRow.Depth - steps;
            if (depth < 0)
            {
                throw new RevisionNotFoundException(back, $"the history of '{back[..tilde]}' is only {baseRow.Depth + 1} commit(s) deep.");
            }

            var segment = basePath.SegmentAt(depth);
            var ancestor = await Commits.Where(c => c.Segment == segment && c.Depth == depth).FirstAsync(cancellationToken).ConfigureAwait(false);
            return (ancestor, basePath.UpTo(depth));
        }

        if (id is null && target.Text is { } text && text.IndexOfAny(['~', '@']) < 0)
        {
            if (text.Length > 32 && CommitId.TryParse(text, out var parsed))
            {
                id = parsed; // a ref of this name would win in ResolveAsync: looked up first below
            }

            name = text;
        }

        if (id is null && name is null)
        {
            var resolved = await ResolveAsync(target, cancellationToken).ConfigureAwait(false);
            return (resolved, await PathAsync(resolved, cancellationToken).ConfigureAwait(false));
        }

        const string columns = $"{RowColumns}, s.parent_segment, s.fork_depth";
        var found = name is not null
            ? await QueryKeptAsync(
                $"SELECT {columns} FROM {SystemTables.Refs} r JOIN {SystemTables.Commits} c ON c.id = r.commit_id JOIN {SystemTables.Segments} s ON s.id = c.segment WHERE r.name = @p0",
                [Map.Text], [name], ReadWithSegment, cancellationToken).ConfigureAwait(false)
            : [];
        if (found.Count == 0 && id is { } commitId)
        {
            found = await QueryKeptAsync(
                $"SELECT {columns} FROM {SystemTables.Commits} c JOIN {SystemTables.Segments} s ON s.id = c.segment WHERE c.id = @p0",
                [Map.CommitId], [commitId], ReadWithSegment, cancellationToken).ConfigureAwait(false);
        }

        if (found.Count == 0)
        {
            // Not a ref or an id: a checksum prefix, or nothing (ResolveAsync says which).
            var resolved = await ResolveAsync(target, cancellationToken).ConfigureAwait(false);
            return (resolved, await PathAsync(resolved, cancellationToken).ConfigureAwait(false));
        }

        var (row, parentSegment, forkDepth) = found[0];
        if (parentSegment is not null || row.State == CommitState.Working)
        {
            // A working commit's path is marked as ending open (PathAsync): it may sit in its parent's segment.
            return (row, await PathAsync(row, cancellationToken).ConfigureAwait(false));
        }

        return (row, AncestryPath.OfRootSegment(row.Segment, forkDepth, row.Depth));
    }

    private static (CommitRow Row, long? ParentSegment, long ForkDepth) ReadWithSegment(System.Data.Common.DbDataReader reader)
    {
        return (ReadRow(reader), reader.IsDBNull(11) ? null : reader.GetInt64(11), reader.GetInt64(12));
    }

    /// <summary>
    /// The newest commit on <paramref name="row"/>'s first-parent history whose timestamp is at or before
    /// <paramref name="time"/>: one query that walks the (segment, depth) index back from the newest commit.
    /// </summary>
    private async Task<CommitRow> AtOrBeforeAsync(string revision, string text, CommitRow row, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var micros = Timestamps.ToUnixMicroseconds(time);
        if (row.TimestampMicros <= micros)
        {
            return row;
        }

        var path = await PathAsync(row, cancellationToken).ConfigureAwait(false);
        return await path.Within<CommitRow>(this, SystemTables.Commits).Where(c => c.TimestampMicros <= micros).OrderByDescending(c => c.Depth)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new RevisionNotFoundException(revision, $"no commit in the history of '{text}' is at or before {time.ToUniversalTime():yyyy-MM-dd HH:mm:ss.ffffff}Z.");
    }

    private async Task<CommitRow> ResolveBaseAsync(string revision, string text, CancellationToken cancellationToken)
    {
        // A branch or tag: the ref and its commit in one raw statement, kept prepared where the dialect keeps statements.
        var referenced = await QueryKeptAsync(
            $"SELECT {RowColumns} FROM {SystemTables.Refs} r JOIN {SystemTables.Commits} c ON c.id = r.commit_id WHERE r.name = @p0",
            [Map.Text], [text], ReadRow, cancellationToken).ConfigureAwait(false);
        if (referenced.Count > 0)
        {
            return referenced[0];
        }

        if (text.Length > 32 && CommitId.TryParse(text, out var id))
        {
            return await FindCommitRowAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new RevisionNotFoundException(revision, "no commit has this id.");
        }

        if (text.Length >= 4 && text.Length <= 64 && text.All(char.IsAsciiHexDigit))
        {
            var (low, high) = PrefixRange(text);
            var matches = await QueryAsync(
                Dialect.SelectFirst(10, "id, checksum", $"FROM {SystemTables.Commits} WHERE checksum >= @p0 AND checksum < @p1 ORDER BY {Dialect.IdOrder("id")}"),
                [Map.Bytes, Map.Bytes], [low, high], reader => (Id: new CommitId(GuidColumn.Read(reader, 0)), Checksum: Convert.ToHexString((byte[])reader.GetValue(1))), cancellationToken).ConfigureAwait(false);
            if (matches.Count > 1)
            {
                // Identical sibling commits share their whole checksum: only their ids tell them apart.
                throw new AmbiguousRevisionException(revision, matches.Select(m => m.Id).ToArray(), identical: matches.All(m => m.Checksum == matches[0].Checksum));
            }

            if (matches.Count == 1)
            {
                return await GetCommitRowAsync(matches[0].Id, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new RevisionNotFoundException(revision, "no branch, tag, commit id or checksum matches it.");
    }

    private static (byte[] Low, byte[] High) PrefixRange(string hex)
    {
        var padded = hex.Length % 2 == 0 ? hex : hex + "0";
        var low = Convert.FromHexString(padded);
        var high = (byte[])low.Clone();
        var step = hex.Length % 2 == 0 ? 1 : 16;
        for (var i = high.Length - 1; i >= 0; i--)
        {
            var sum = high[i] + step;
            high[i] = (byte)sum;
            if (sum <= 0xFF)
            {
                return (low, high);
            }

            step = 1;
        }

        return (low, Enumerable.Repeat((byte)0xFF, 33).ToArray());
    }
}
