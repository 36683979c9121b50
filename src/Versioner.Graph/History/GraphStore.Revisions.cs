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
    /// optionally followed by <c>@{time}</c> and then by steps to an ancestor (<c>~N</c>, <c>^N</c>: <see cref="StepAsync"/>).
    /// </summary>
    public async Task<CommitRow> ResolveAsync(Revision target, CancellationToken cancellationToken)
    {
        if (target.CommitId is { } commitId)
        {
            return await GetCommitRowAsync(commitId, cancellationToken).ConfigureAwait(false);
        }

        var revision = target.Text ?? throw new ArgumentException("The revision is empty (default); name a branch, tag, commit or checksum.", nameof(target));
        var start = Revision.StepsStart(revision);
        if (start < revision.Length)
        {
            return (await StepAsync(revision, start, withPath: false, cancellationToken).ConfigureAwait(false)).Row;
        }

        var text = revision;
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
        var row = at is not null && Revision.StepsStart(text) < text.Length
            ? await ResolveAsync(Revision.Parse(text), cancellationToken).ConfigureAwait(false)
            : await ResolveBaseAsync(revision, text, cancellationToken).ConfigureAwait(false);
        if (at is { } time)
        {
            row = await AtOrBeforeAsync(revision, text, row, time, cancellationToken).ConfigureAwait(false);
        }

        return row;
    }

    /// <summary>
    /// Resolves a revision (<see cref="ResolveAsync"/>) and loads its first-parent path (<see cref="PathAsync(CommitRow, CancellationToken)"/>). A
    /// branch, tag or commit id is read with its segment's row in one statement (no EF query translation), and when that
    /// segment forks from nothing, as a linear history's or a branch line's placed whole does, the path is that one
    /// range: no second round trip. Otherwise the path comes from the segment rows kept for the database
    /// (<see cref="SegmentChains"/>), the segment's row read here checked against the kept one.
    /// </summary>
    public async Task<(CommitRow Row, AncestryPath Path)> ResolveWithPathAsync(Revision target, CancellationToken cancellationToken)
    {
        string? name = null;
        CommitId? id = target.CommitId;
        if (id is null && target.Text is { } stepped && Revision.StepsStart(stepped) is var start && start < stepped.Length)
        {
            var (ancestor, path) = await StepAsync(stepped, start, withPath: true, cancellationToken).ConfigureAwait(false);
            return (ancestor, path!);
        }

        if (id is null && target.Text is { } text && text.IndexOf('@') < 0)
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

        var found = name is not null
            ? await QueryKeptAsync(
                $"SELECT {WithSegmentColumns} FROM {SystemTables.Refs} r JOIN {SystemTables.Commits} c ON c.id = r.commit_id JOIN {SystemTables.Segments} s ON s.id = c.segment WHERE r.name = @p0",
                [Map.Text], [name], ReadWithSegment, cancellationToken).ConfigureAwait(false)
            : [];
        if (found.Count == 0 && id is { } commitId)
        {
            found = await QueryKeptAsync(
                $"SELECT {WithSegmentColumns} FROM {SystemTables.Commits} c JOIN {SystemTables.Segments} s ON s.id = c.segment WHERE c.id = @p0",
                [Map.CommitId], [commitId], ReadWithSegment, cancellationToken).ConfigureAwait(false);
        }

        if (found.Count == 0)
        {
            // Not a ref or an id: a checksum prefix, or nothing (ResolveAsync says which).
            var resolved = await ResolveAsync(target, cancellationToken).ConfigureAwait(false);
            return (resolved, await PathAsync(resolved, cancellationToken).ConfigureAwait(false));
        }

        var (row, rootPath, segmentRow) = found[0];
        return (row, rootPath ?? await PathAsync(row, segmentRow, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Resolves a revision with steps from <paramref name="start"/> (<see cref="Revision.StepsStart"/>): its name first,
    /// then the steps. A run of first-parent steps (<c>~N</c>, <c>^</c>, <c>^1</c>, folded into one count) is
    /// arithmetic on the path's depths, as <c>rev~N</c> alone is: the range holding the depth names the segment, and
    /// (segment, depth) is the commit's unique key. A step to a later parent of a merge (<c>^2</c>) is one statement:
    /// the merge by (segment, depth) with its parents. So <c>main~2^2~3</c> reads the name, the merge's parents, that
    /// parent's path and the last commit, whatever the counts: never a statement per commit stepped over. A name
    /// holding only <c>^</c> steps (<c>main^</c>) may be a whole branch or tag name made before names refused
    /// <c>^</c>: it is looked up with the name before the steps in one statement, and wins.
    /// </summary>
    /// <returns>The commit, and its path when <paramref name="withPath"/> (otherwise null).</returns>
    private async Task<(CommitRow Row, AncestryPath? Path)> StepAsync(string revision, int start, bool withPath, CancellationToken cancellationToken)
    {
        var name = revision[..start];
        CommitRow? row = null;
        AncestryPath? path = null;
        if (revision.IndexOfAny(['~', '{', '}']) < 0)
        {
            // No branch or tag holds '~' or braces, so only text of '^' steps can be an old name (made before '^' was refused).
            var refs = await QueryKeptAsync(
                $"SELECT {WithSegmentColumns}, r.name FROM {SystemTables.Refs} r JOIN {SystemTables.Commits} c ON c.id = r.commit_id JOIN {SystemTables.Segments} s ON s.id = c.segment WHERE r.name IN (@p0, @p1)",
                [Map.Text, Map.Text], [revision, name], reader => (Found: ReadWithSegment(reader), Name: reader.GetString(13)), cancellationToken).ConfigureAwait(false);
            if (refs.FirstOrDefault(r => r.Name == revision).Found is { Row: { } exact } whole)
            {
                return (exact, withPath ? whole.RootPath ?? await PathAsync(exact, whole.SegmentRow, cancellationToken).ConfigureAwait(false) : null);
            }

            if (refs.FirstOrDefault(r => r.Name == name).Found is { Row: { } named } found)
            {
                (row, path) = (named, found.RootPath);
            }
        }

        if (row is null)
        {
            try
            {
                (row, path) = await ResolveWithPathAsync(Revision.Parse(name), cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidRevisionException refused) when (refused.Revision == name)
            {
                // "main^x~1": the name's '^x' is no step, and the text given is what is refused.
                throw new InvalidRevisionException(revision, refused.Problem);
            }
        }

        var steps = Revision.Steps(revision, start);
        var rowText = name; // the text naming row, for refusals
        long back = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            var (toParent, count, end) = steps[i];
            if (!toParent || count == 1)
            {
                back = count > long.MaxValue - back ? long.MaxValue : back + count;
                continue;
            }

            if (count == 0)
            {
                continue; // ^0: the commit itself
            }

            // ^N, N >= 2: the N-th parent of the commit `back` first parents below row.
            var mergeText = revision[..(i == 0 ? start : steps[i - 1].End)];
            var depth = Below(revision, rowText, row, back);
            var segment = back == 0 ? row.Segment : (path ??= await PathAsync(row, cancellationToken).ConfigureAwait(false)).SegmentAt(depth);
            var parents = await QueryKeptAsync(
                $"SELECT {RowColumns} FROM {SystemTables.Commits} m JOIN {SystemTables.CommitParents} p ON p.commit_id = m.id JOIN {SystemTables.Commits} c ON c.id = p.parent_id WHERE m.segment = @p0 AND m.depth = @p1 ORDER BY p.ordinal",
                [Map.Long, Map.Long], [segment, depth], ReadRow, cancellationToken).ConfigureAwait(false);
            if (parents.Count < count)
            {
                throw new RevisionNotFoundException(revision, parents.Count switch
                {
                    0 => $"'{mergeText}' is a first commit, with no parents, so '^{count}' names none.",
                    1 => $"'{mergeText}' is no merge: it has one parent ('{mergeText}^'), so '^{count}' names none.",
                    _ => $"'{mergeText}' has {parents.Count} parents, so '^{count}' names none.",
                });
            }

            (row, path, back, rowText) = (parents[(int)(count - 1)], null, 0, revision[..end]);
        }

        if (back == 0)
        {
            return (row, withPath ? path ?? await PathAsync(row, cancellationToken).ConfigureAwait(false) : null);
        }

        var targetDepth = Below(revision, rowText, row, back);
        path ??= await PathAsync(row, cancellationToken).ConfigureAwait(false);
        var targetSegment = path.SegmentAt(targetDepth);
        var ancestor = await Commits.Where(c => c.Segment == targetSegment && c.Depth == targetDepth).FirstAsync(cancellationToken).ConfigureAwait(false);
        return (ancestor, withPath ? path.UpTo(targetDepth) : null);
    }

    /// <summary>The depth <paramref name="back"/> first parents below <paramref name="row"/>, which <paramref name="text"/> names; refused below the root.</summary>
    private static long Below(string revision, string text, CommitRow row, long back) =>
        row.Depth - back is var depth and >= 0
            ? depth
            : throw new RevisionNotFoundException(revision, $"the history of '{text}' is only {row.Depth + 1} commit(s) deep.");

    /// <summary>A commit row's columns (<see cref="RowColumns"/>) and its segment's (alias <c>s</c>), as <see cref="ReadWithSegment"/> reads them.</summary>
    private const string WithSegmentColumns = $"{RowColumns}, s.parent_segment, s.fork_depth";

    /// <summary>
    /// A commit row with its path when its segment forks from nothing (one range, no query; otherwise null), and its
    /// segment's row (for <see cref="PathAsync(CommitRow, ValueTuple{long?, long}?, CancellationToken)"/> otherwise). A
    /// working commit's path is loaded too, marked as ending open: it may sit in its parent's segment.
    /// </summary>
    private static (CommitRow Row, AncestryPath? RootPath, (long? Parent, long Fork) SegmentRow) ReadWithSegment(System.Data.Common.DbDataReader reader)
    {
        var row = ReadRow(reader);
        (long? Parent, long Fork) segment = (reader.IsDBNull(11) ? null : reader.GetInt64(11), reader.GetInt64(12));
        return (row, segment.Parent is null && row.State != CommitState.Working ? AncestryPath.OfRootSegment(row.Segment, segment.Fork, row.Depth) : null, segment);
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

        // A '^' the steps did not take ("main^x") is no name's part (no ref has it): the text is no revision.
        throw Revision.ParentStepProblem(text) is { } problem
            ? new InvalidRevisionException(revision, problem)
            : new RevisionNotFoundException(revision, "no branch, tag, commit id or checksum matches it.");
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
