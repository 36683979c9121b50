using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Property-style tests: random small histories of adds, edits, removals, re-adds (in the same working commit and
/// later), merges, reverts and cherry-picks on three branches, each step checked against a reference model of the
/// snapshot that merges three ways per field by the documented rules (docs/architecture.md, "Merges"). Seeded, so a
/// failure names the case that reproduces it.
/// </summary>
public abstract class RandomHistoryTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private const int Steps = 8;
    private static readonly string[] Titles = ["a", "b", "c"];
    private static readonly decimal[] Prices = [1m, 2m, 3m];

    /// <summary>Cases per run: a few hundred on SQLite, fewer on the server engine (each step is a few round trips).</summary>
    private static int Cases => typeof(TProvider) == typeof(SqliteProvider) ? 200 : 30;

    [GraphFact]
    public async Task Random_histories_match_the_reference_model_of_the_snapshot()
    {
        var tags = new[] { new Tag { Label = "x" }, new Tag { Label = "y" }, new Tag { Label = "z" } };
        var root = await CommitAsync("root", tags);
        var tagIds = tags.Select(t => t.EternalId).ToArray();
        for (var seed = 0; seed < Cases; seed++)
        {
            var run = new Run(this, seed, root.Id, tagIds);
            try
            {
                await run.PlayAsync();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Case {seed} failed after:\n{run.Log}", ex);
            }
        }

        // Every merge, resolution, revert and cherry-pick left history Verify finds whole: checksums, places, intervals,
        // and which versions each commit made and which it adopted.
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    /// <summary>One random history: three branches from the shared root, the model of every commit made.</summary>
    private sealed class Run(RandomHistoryTests<TProvider> test, int seed, CommitId root, EternalId[] tags)
    {
        private readonly Random _random = new(seed);
        private readonly string[] _branches = [$"c{seed}-a", $"c{seed}-b", $"c{seed}-c"];
        private readonly Dictionary<CommitId, ModelCommit> _commits = new() { [root] = new ModelCommit([], new Dictionary<EternalId, BookState>(), Merge: false) };
        private readonly Dictionary<string, CommitId> _heads = [];
        private readonly HashSet<EternalId> _known = [];

        private readonly List<string> _log = [];

        public string Log => string.Join("\n", _log);

        private Repository Repo => test.Repo;

        public async Task PlayAsync()
        {
            foreach (var branch in _branches)
            {
                await Repo.CreateBranchAsync(branch, root);
                _heads[branch] = root;
            }

            for (var step = 0; step < Steps; step++)
            {
                test.Clock.Advance(TimeSpan.FromSeconds(1));
                var branch = Pick(_branches);
                switch (_random.Next(10))
                {
                    case < 5:
                        await EditAsync(branch);
                        break;
                    case < 8:
                        await MergeAsync(branch, Pick(_branches.Where(b => b != branch).ToArray()));
                        break;
                    default:
                        await PickAsync(branch, revert: _random.Next(2) == 0);
                        break;
                }

                await CheckAsync(branch);
            }
        }

        private async Task EditAsync(string branch)
        {
            var ws = await Repo.CheckoutAsync(branch);
            var state = new Dictionary<EternalId, BookState>(_commits[_heads[branch]].Books);
            var edits = 1 + _random.Next(3);
            for (var i = 0; i < edits; i++)
            {
                var present = state.Keys.ToArray();
                var absent = _known.Where(id => !state.ContainsKey(id)).ToArray();
                switch (_random.Next(absent.Length > 0 ? 4 : 3))
                {
                    case 0 when present.Length > 0:
                    {
                        var id = Pick(present);
                        var book = (await (await ws.SnapshotAsync()).FindAsync<Book>(id))!;
                        var edited = Mutate(state[id]);
                        (book.Title, book.Price, book.Tags) = (edited.Title, edited.Price, EternalIdSet.Of(edited.Tags));
                        await ws.SaveAsync(book);
                        state[id] = edited;
                        Note($"{branch}: edit {Short(id)} to {edited}");
                        break;
                    }

                    case 1 when present.Length > 0:
                    {
                        var id = Pick(present);
                        await ws.RemoveAsync<Book>(id);
                        state.Remove(id);
                        Note($"{branch}: remove {Short(id)}");
                        break;
                    }

                    case 3:
                    {
                        // Re-add: an entity removed earlier (in this working commit, on this branch, or never here).
                        var id = Pick(absent);
                        var added = RandomBook();
                        await ws.SaveAsync(new Book { EternalId = id, Title = added.Title, Price = added.Price, Tags = EternalIdSet.Of(added.Tags) });
                        state[id] = added;
                        Note($"{branch}: re-add {Short(id)} as {added}");
                        break;
                    }

                    default:
                    {
                        var added = RandomBook();
                        var book = await ws.SaveAsync(new Book { Title = added.Title, Price = added.Price, Tags = EternalIdSet.Of(added.Tags) });
                        state[book.EternalId] = added;
                        _known.Add(book.EternalId);
                        Note($"{branch}: add {Short(book.EternalId)} as {added}");
                        break;
                    }
                }
            }

            try
            {
                var commit = await ws.FinalizeAsync("tester", "edit");
                Advance(branch, commit.Id, [_heads[branch]], state, merge: false);
            }
            catch (NothingToCommitException)
            {
                // Only when the edits cancelled out: an entity added and removed again in the same working commit.
                Same(state, _commits[_heads[branch]].Books).Should().BeTrue("only edits that cancel out leave nothing to commit");
                Note($"{branch}: nothing to commit");
            }
        }

        private async Task MergeAsync(string into, string from)
        {
            var ours = _heads[into];
            var theirs = _heads[from];
            var fastForward = _random.Next(2) == 0 ? FastForwardMode.Allow : FastForwardMode.Never;
            Note($"merge {from} into {into} ({fastForward})");
            var ws = await Repo.CheckoutAsync(into);
            var result = await ws.MergeAsync(theirs, new MergeOptions { FastForward = fastForward });
            if (IsAncestor(theirs, ours))
            {
                result.Status.Should().Be(MergeStatus.UpToDate);
                return;
            }

            if (IsAncestor(ours, theirs) && fastForward == FastForwardMode.Allow)
            {
                result.Status.Should().Be(MergeStatus.FastForward);
                _heads[into] = theirs;
                return;
            }

            var bases = MergeBases(ours, theirs);
            if (bases.Count > 1)
            {
                // Criss-cross: the recursive strategy's virtual base is beyond this model; the merge must still work,
                // and the model goes on from what it made.
                var made = await FinishAsync(ws, result, null, into, [ours, theirs]);
                if (made is { } commit)
                {
                    var books = await ReadAsync(commit);
                    Advance(into, commit, [ours, theirs], books, merge: true);
                }

                return;
            }

            var expected = Merge(_commits[bases[0]].Books, _commits[ours].Books, _commits[theirs].Books);
            result.Status.Should().Be(expected.Conflicts.Count > 0 ? MergeStatus.Conflicts : MergeStatus.Merged);
            await FinishAsync(ws, result, expected, into, [ours, theirs]);
        }

        private async Task PickAsync(string branch, bool revert)
        {
            var candidates = _commits.Where(c => c.Key != root && !c.Value.Merge).Select(c => c.Key).ToArray();
            if (candidates.Length == 0)
            {
                return;
            }

            var picked = Pick(candidates);
            var parent = _commits[picked].Parents[0];
            var ours = _heads[branch];
            Note($"{(revert ? "revert" : "cherry-pick")} {picked.ToString(8)} onto {branch}");
            var ws = await Repo.CheckoutAsync(branch);
            var result = revert ? await ws.RevertAsync(picked) : await ws.CherryPickAsync(picked);
            var (@base, theirs) = revert ? (picked, parent) : (parent, picked);
            var expected = Merge(_commits[@base].Books, _commits[ours].Books, _commits[theirs].Books);
            if (expected.Conflicts.Count == 0 && Same(expected.Books, _commits[ours].Books))
            {
                result.Status.Should().Be(MergeStatus.UpToDate);
                return;
            }

            result.Status.Should().Be(expected.Conflicts.Count > 0 ? MergeStatus.Conflicts : MergeStatus.Merged);
            await FinishAsync(ws, result, expected, branch, [ours]);
        }

        /// <summary>
        /// Settles a merge result as the model expects: conflicts compared, then either abandoned or each resolved by
        /// one side and finalized. Returns the commit made, or null when none was.
        /// </summary>
        private async Task<CommitId?> FinishAsync(Workspace ws, MergeResult result, Expected? expected, string branch, CommitId[] parents)
        {
            if (expected is not null)
            {
                result.Conflicts.Select(Key).Should().BeEquivalentTo(expected.Conflicts.Select(Key));
            }

            if (result.Status == MergeStatus.Merged)
            {
                if (expected is not null)
                {
                    Advance(branch, result.Commit!.Id, parents, expected.Books, merge: parents.Length > 1);
                }

                return result.Commit!.Id;
            }

            result.Status.Should().Be(MergeStatus.Conflicts);
            if (_random.Next(3) == 0)
            {
                Note("  abandoned");
                await ws.AbortMergeAsync();
                (await ws.StatusAsync()).IsEmpty.Should().BeTrue("abandoning a merge leaves the workspace clean");
                return null;
            }

            var books = expected is null ? null : new Dictionary<EternalId, BookState>(expected.Books);
            foreach (var conflict in result.Conflicts)
            {
                var strategy = _random.Next(2) == 0 ? MergeStrategy.Ours : MergeStrategy.Theirs;
                Note($"  {conflict.Kind} {Short(conflict.EternalId)} {string.Join(",", conflict.Fields)}: {strategy}");
                await ws.ResolveAsync(conflict, strategy);
                if (books is not null && strategy == MergeStrategy.Theirs)
                {
                    var theirs = expected!.Theirs.GetValueOrDefault(conflict.EternalId);
                    if (conflict.Kind == ConflictKind.DeleteModify)
                    {
                        if (theirs is null)
                        {
                            books.Remove(conflict.EternalId);
                        }
                        else
                        {
                            books[conflict.EternalId] = theirs;
                        }
                    }
                    else
                    {
                        books[conflict.EternalId] = books[conflict.EternalId].With(conflict.Fields.Single(), theirs!);
                    }
                }
            }

            try
            {
                var commit = await ws.FinalizeAsync("tester", "resolved");
                Advance(branch, commit.Id, parents, books ?? await ReadAsync(commit.Id), merge: parents.Length > 1);
                return commit.Id;
            }
            catch (NothingToCommitException)
            {
                parents.Should().ContainSingle("a merge commit always has something to record: its second parent");
                Same(books!, _commits[parents[0]].Books).Should().BeTrue("a revert or cherry-pick settled on our side changes nothing");
                Note("  nothing to commit");
                return null;
            }
        }

        private void Advance(string branch, CommitId commit, CommitId[] parents, Dictionary<EternalId, BookState> books, bool merge)
        {
            _commits[commit] = new ModelCommit(parents, books, merge);
            _heads[branch] = commit;
        }

        private async Task CheckAsync(string branch)
        {
            (await Repo.FindCommitAsync(branch)).Id.Should().Be(_heads[branch], "the branch head is where the model put it");
            var actual = await ReadAsync(_heads[branch]);
            var expected = _commits[_heads[branch]].Books;
            if (!Same(actual, expected))
            {
                throw new InvalidOperationException(
                    $"{branch} holds [{string.Join("; ", actual.OrderBy(b => b.Key).Select(b => $"{Short(b.Key)}={b.Value}"))}], "
                    + $"the model [{string.Join("; ", expected.OrderBy(b => b.Key).Select(b => $"{Short(b.Key)}={b.Value}"))}]");
            }
        }

        private async Task<Dictionary<EternalId, BookState>> ReadAsync(CommitId commit)
        {
            var snapshot = await Repo.SnapshotAsync(commit);
            var books = await snapshot.Query<Book>().ToListAsync();
            return books.ToDictionary(b => b.EternalId, b => new BookState(b.Title, b.Price, b.Tags.ToArray()));
        }

        private BookState RandomBook() => new(Pick(Titles), Pick(Prices), tags.Where(_ => _random.Next(2) == 0).ToArray());

        private BookState Mutate(BookState book) => _random.Next(3) switch
        {
            0 => book with { Title = Pick(Titles) },
            1 => book with { Price = Pick(Prices) },
            _ => book.Toggle(Pick(tags)),
        };

        private void Note(string line) => _log.Add(line);

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private bool IsAncestor(CommitId ancestor, CommitId of) => Ancestors(of).Contains(ancestor);

        private HashSet<CommitId> Ancestors(CommitId of)
        {
            var seen = new HashSet<CommitId>();
            var stack = new Stack<CommitId>([of]);
            while (stack.TryPop(out var id))
            {
                if (seen.Add(id))
                {
                    foreach (var parent in _commits[id].Parents)
                    {
                        stack.Push(parent);
                    }
                }
            }

            return seen;
        }

        /// <summary>The best common ancestors: common ancestors that are not ancestors of another common ancestor.</summary>
        private List<CommitId> MergeBases(CommitId a, CommitId b)
        {
            var common = Ancestors(a).Intersect(Ancestors(b)).ToList();
            return common.Where(c => !common.Any(other => other != c && Ancestors(other).Contains(c))).ToList();
        }

        private static string Short(EternalId id) => id.ToString()[^4..];

        private static string Key(MergeConflict conflict) => $"{conflict.EternalId} {conflict.Kind} {string.Join(",", conflict.Fields)}";
    }

    private sealed record ModelCommit(CommitId[] Parents, Dictionary<EternalId, BookState> Books, bool Merge);

    private sealed record Expected(Dictionary<EternalId, BookState> Books, List<MergeConflict> Conflicts, Dictionary<EternalId, BookState> Theirs);

    /// <summary>A book as the model sees it: the fields the runs change (the others stay at their defaults).</summary>
    private sealed record BookState(string Title, decimal Price, EternalId[] Tags)
    {
        public bool Equals(BookState? other) =>
            other is not null && Title == other.Title && Price == other.Price && Tags.Order().SequenceEqual(other.Tags.Order());

        public override int GetHashCode() => HashCode.Combine(Title, Price, Tags.Length);

        public BookState Toggle(EternalId tag) => this with { Tags = Tags.Contains(tag) ? Tags.Where(t => t != tag).ToArray() : [.. Tags, tag] };

        public BookState With(string field, BookState from) => field switch
        {
            nameof(Book.Title) => this with { Title = from.Title },
            nameof(Book.Price) => this with { Price = from.Price },
            _ => this with { Tags = from.Tags },
        };

        public override string ToString() => $"({Title}, {Price}, {Tags.Length} tags)";
    }

    private static bool Same(Dictionary<EternalId, BookState> a, Dictionary<EternalId, BookState> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var other) && other.Equals(e.Value));

    /// <summary>
    /// The documented three-way merge, per entity then per field: a change on one side applies; equal changes agree;
    /// different changes to one field conflict (AddAdd when there is no base); removal against modification
    /// conflicts; sets merge member by member. A conflicted entity or field keeps our state until resolved.
    /// </summary>
    private static Expected Merge(Dictionary<EternalId, BookState> @base, Dictionary<EternalId, BookState> ours, Dictionary<EternalId, BookState> theirs)
    {
        var result = new Dictionary<EternalId, BookState>(ours);
        var conflicts = new List<MergeConflict>();
        foreach (var id in @base.Keys.Union(ours.Keys).Union(theirs.Keys))
        {
            var b = @base.GetValueOrDefault(id);
            var o = ours.GetValueOrDefault(id);
            var t = theirs.GetValueOrDefault(id);
            if (Equals(o, t) || Equals(b, t))
            {
                continue;
            }

            if (Equals(b, o))
            {
                if (t is null)
                {
                    result.Remove(id);
                }
                else
                {
                    result[id] = t;
                }

                continue;
            }

            if (o is null || t is null)
            {
                conflicts.Add(new MergeConflict("Book", id, ConflictKind.DeleteModify, [], null, null, null));
                continue;
            }

            var kind = b is null ? ConflictKind.AddAdd : ConflictKind.Field;
            var merged = o;
            if (!(o.Title == t.Title || b?.Title == t.Title))
            {
                if (b?.Title == o.Title)
                {
                    merged = merged with { Title = t.Title };
                }
                else
                {
                    conflicts.Add(new MergeConflict("Book", id, kind, [nameof(Book.Title)], null, null, null));
                }
            }

            if (!(o.Price == t.Price || b?.Price == t.Price))
            {
                if (b?.Price == o.Price)
                {
                    merged = merged with { Price = t.Price };
                }
                else
                {
                    conflicts.Add(new MergeConflict("Book", id, kind, [nameof(Book.Price)], null, null, null));
                }
            }

            var baseTags = b?.Tags ?? [];
            var removed = baseTags.Except(o.Tags).Concat(baseTags.Except(t.Tags)).ToHashSet();
            merged = merged with { Tags = baseTags.Concat(o.Tags.Except(baseTags)).Concat(t.Tags.Except(baseTags)).Where(tag => !removed.Contains(tag)).Distinct().ToArray() };
            result[id] = merged;
        }

        return new Expected(result, conflicts, theirs);
    }
}

public sealed class RandomHistoryTests_Sqlite : RandomHistoryTests<SqliteProvider>;
