using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class ReadThePastTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Log_lists_a_branch_newest_first_in_pages()
    {
        for (var i = 1; i <= 7; i++)
        {
            await CommitAsync($"commit {i}", new Author { Name = $"A{i}" });
        }

        var firstPage = await Repo.LogAsync("main", new LogOptions { Take = 3 });
        var secondPage = await Repo.LogAsync("main", new LogOptions { Take = 3, Skip = 3 });
        var lastPage = await Repo.LogAsync("main", new LogOptions { Take = 3, Skip = 6 });

        firstPage.Select(c => c.Message).Should().Equal("commit 7", "commit 6", "commit 5");
        secondPage.Select(c => c.Message).Should().Equal("commit 4", "commit 3", "commit 2");
        lastPage.Select(c => c.Message).Should().Equal("commit 1");
    }

    [GraphFact]
    public async Task A_read_of_all_on_a_linear_history_holds_the_versions_a_revert_brought_back_and_composes_like_any_query()
    {
        // main stays one segment, so a read of all takes the versions in effect from their own rows, plus the versions
        // the line adopted: here the revert's, which bring back the first commit's versions of Dune and Emma.
        var dune = new Book { Title = "Dune", Rating = 4.5 };
        var emma = new Book { Title = "Emma", Rating = 3.0 };
        var kept = new Book { Title = "Kept", Rating = 1.0 };
        var first = await CommitAsync("three books", dune, emma, kept);
        var firstDune = (await (await Repo.SnapshotAsync(first)).FindAsync<Book>(dune.EternalId))!.VersionId;
        dune.Rating = 2.0;
        emma.Rating = 5.0;
        var raise = await CommitAsync("re-rate", dune, emma);
        var ws = await Repo.CheckoutAsync("main");
        await ws.RemoveAsync(kept);
        await ws.FinalizeAsync("ada", "kept removed");
        var revert = await (await Repo.CheckoutAsync("main")).RevertAsync(raise, new MergeOptions { Author = "ada" });
        revert.Status.Should().Be(MergeStatus.Merged);

        var head = await Repo.SnapshotAsync("main");
        (await head.Query<Book>().OrderBy(b => b.Title).Select(b => $"{b.Title} {b.Rating}").ToListAsync())
            .Should().Equal("Dune 4.5", "Emma 3");
        (await head.Query<Book>().CountAsync()).Should().Be(2);
        (await head.Query<Book>().Where(b => b.Rating > 4).Select(b => b.Title).ToListAsync()).Should().Equal("Dune");
        (await head.Query<Book>().OrderByDescending(b => b.Rating).Skip(1).Take(1).Select(b => b.Title).SingleAsync()).Should().Be("Emma");
        (await head.Query<Book>().SumAsync(b => b.Rating)).Should().Be(7.5);
        (await head.Query<Book>().SingleAsync(b => b.EternalId == dune.EternalId)).VersionId.Should().Be(firstDune, "the revert adopts the version, it does not copy it");
        (await head.Query<Book>().AnyAsync(b => b.EternalId == kept.EternalId)).Should().BeFalse("the removal is not reverted");

        // Each earlier revision on the line reads its own state.
        (await (await Repo.SnapshotAsync(raise)).Query<Book>().OrderBy(b => b.Title).Select(b => $"{b.Title} {b.Rating}").ToListAsync())
            .Should().Equal("Dune 2", "Emma 5", "Kept 1");
        (await (await Repo.SnapshotAsync("main~1")).Query<Book>().CountAsync()).Should().Be(2);
    }

    [GraphFact]
    public async Task History_of_an_entity_lists_the_commits_that_added_changed_or_removed_it()
    {
        var author = new Author { Name = "v1" };
        var added = await CommitAsync("add", author);
        await CommitAsync("unrelated", new Tag { Label = "x" });
        author.Name = "v2";
        var changed = await CommitAsync("change", author);
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(author);
        var removed = await ws.FinalizeAsync("ada", "remove");

        var history = await Repo.HistoryAsync(author.EternalId, "main");

        history.Select(h => (h.Commit.Id, h.Kind)).Should().Equal(
            (removed.Id, ChangeKind.Removed), (changed.Id, ChangeKind.Modified), (added.Id, ChangeKind.Added));
        history[1].VersionId.Should().Be(author.VersionId);
        history[0].VersionId.Should().BeNull();
    }

    [GraphFact]
    public async Task An_entity_reads_as_it_was_at_any_commit()
    {
        var author = new Author { Name = "v1" };
        var c1 = await CommitAsync("1", author);
        author.Name = "v2";
        var c2 = await CommitAsync("2", author);
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(author);
        var c3 = await ws.FinalizeAsync("ada", "3");

        (await (await Repo.SnapshotAsync(c1.Id.ToString())).FindAsync<Author>(author.EternalId))!.Name.Should().Be("v1");
        (await (await Repo.SnapshotAsync(c2.Checksum.ToString())).FindAsync<Author>(author.EternalId))!.Name.Should().Be("v2");
        (await (await Repo.SnapshotAsync(c3.Checksum.ToString(8))).FindAsync<Author>(author.EternalId)).Should().BeNull();
        (await (await Repo.SnapshotAsync("main~2")).FindAsync<Author>(author.EternalId))!.Name.Should().Be("v1");
    }

    [GraphFact]
    public async Task A_branch_reads_as_it_stood_at_any_time()
    {
        var author = new Author { Name = "v1" };
        var c1 = await CommitAsync("1", author);              // finalized at 03:05:05
        author.Name = "v2";
        var c2 = await CommitAsync("2", author);              // 03:06:05
        author.Name = "v3";
        await CommitAsync("3", author);                       // 03:07:05
        var between = new DateTimeOffset(2026, 1, 2, 3, 6, 30, TimeSpan.Zero);

        (await Repo.FindCommitAsync(Revision.At("main", between))).Id.Should().Be(c2.Id);
        (await Repo.FindCommitAsync("main@{2026-01-02T03:06:05Z}")).Id.Should().Be(c2.Id, "a commit made exactly then counts");
        (await Repo.FindCommitAsync("main@{2026-01-02 05:05:30+02:00}")).Id.Should().Be(c1.Id, "an offset is honoured");
        (await Repo.FindCommitAsync("main@{2026-01-02T03:06:30Z}~1")).Id.Should().Be(c1.Id);
        (await Repo.FindCommitAsync("main~1@{2026-01-02T03:06:30Z}")).Id.Should().Be(c2.Id);
        (await Repo.FindCommitAsync(Revision.At(c2.Id, between.AddDays(1)))).Id.Should().Be(c2.Id, "a time after the revision is the revision itself");
        var then = await Repo.SnapshotAsync(Revision.At("main", between));
        (await then.FindAsync<Author>(author.EternalId))!.Name.Should().Be("v2");

        var before = () => Repo.FindCommitAsync("main@{2026-01-01T00:00:00Z}");
        (await before.Should().ThrowAsync<RevisionNotFoundException>()).Which.Message.Should().Contain("no commit in the history of 'main' is at or before 2026-01-01 00:00:00");
        var garbled = () => Repo.FindCommitAsync("main@{yesterday-ish}");
        (await garbled.Should().ThrowAsync<InvalidRevisionException>()).Which.Message.Should().Contain("ISO 8601");
    }

    [GraphFact]
    public async Task A_snapshot_is_a_queryable_translated_to_sql()
    {
        var dune = new Book { EternalId = EternalId.New(), Title = "Dune" };
        var lotr = new Book { EternalId = EternalId.New(), Title = "LotR" };
        await CommitAsync("books", dune, lotr,
            new Revenue { Year = 2023, Amount = 10m }.WithBook(dune),
            new Revenue { Year = 2024, Amount = 20m }.WithBook(dune),
            new Revenue { Year = 2024, Amount = 5m }.WithBook(lotr));
        var ws = await Repo.CheckoutAsync();
        var lotr2024 = await (await Repo.SnapshotAsync("main")).Query<Revenue>().SingleAsync(r => r.BookId == lotr.EternalId && r.Year == 2024);
        lotr2024.Amount = 50m;
        await ws.SaveAsync(lotr2024);
        await ws.FinalizeAsync("ada", "correction");

        var now = (await Repo.SnapshotAsync("main")).Query<Revenue>();
        var before = (await Repo.SnapshotAsync("main~1")).Query<Revenue>();
        var query = now.Where(r => r.Year == 2024).GroupBy(r => r.Year).Select(g => g.Sum(r => (double)r.Amount));

        // One statement; on one segment the current rows are a range of the change rows' validity (until_depth), no search for later rows.
        query.ToQueryString().Should().Contain("versioner_changes").And.Contain("until_depth").And.NotContain("NOT EXISTS");
        (await query.SingleAsync()).Should().Be(70);
        (await before.Where(r => r.Year == 2024).SumAsync(r => (double)r.Amount)).Should().Be(25);
        (await now.CountAsync()).Should().Be(3);
    }

    [GraphFact]
    public async Task Snapshots_join_entities_through_their_references()
    {
        var author = new Author { Name = "Frank Herbert" };
        await CommitAsync("author", author);
        await CommitAsync("book", new Book { Title = "Dune", AuthorId = author.EternalId });

        var snapshot = await Repo.SnapshotAsync("main");
        var rows = await snapshot.Query<Book>()
            .Join(snapshot.Query<Author>(), b => b.AuthorId, a => (EternalId?)a.EternalId, (b, a) => new { b.Title, a.Name })
            .ToListAsync();

        rows.Should().ContainSingle().Which.Should().Be(new { Title = "Dune", Name = "Frank Herbert" });
    }

    [GraphFact]
    public async Task Diff_between_commits_reports_added_modified_removed_with_field_values()
    {
        var keep = new Book { Title = "Keep", Price = 1m };
        var change = new Book { Title = "Old title", Price = 2m };
        var drop = new Book { Title = "Drop", Price = 3m };
        var from = await CommitAsync("from", keep, change, drop);
        var ws = await Repo.CheckoutAsync();
        var added = await ws.SaveAsync(new Book { Title = "New", Price = 4m });
        change.Title = "New title";
        await ws.SaveAsync(change);
        await ws.RemoveAsync(drop);
        var to = await ws.FinalizeAsync("ada", "to");

        var diff = await Repo.DiffAsync(from.Id.ToString(), to.Id.ToString());

        diff.ToString().Should().Be("+1 ~1 -1");
        diff.Added.Single().EternalId.Should().Be(added.EternalId);
        diff.Removed.Single().EternalId.Should().Be(drop.EternalId);
        var title = diff[change.EternalId]!.Fields.Should().ContainSingle().Subject;
        title.Field.Should().Be("Title");
        title.OldValue.ToString().Should().Be("Old title");
        title.NewValue.ToString().Should().Be("New title");
        (await Repo.DiffAsync(to.Id.ToString(), from.Id.ToString())).ToString().Should().Be("+1 ~1 -1");
        (await Repo.DiffAsync("main", "main")).IsEmpty.Should().BeTrue();
    }

    [GraphFact]
    public async Task Ancestors_and_descendants_of_a_commit()
    {
        var a = await CommitAsync("a", new Author { Name = "1" });
        var b = await CommitAsync("b", new Author { Name = "2" });
        var c = await CommitAsync("c", new Author { Name = "3" });

        (await Repo.AncestorsAsync(c.Id.ToString())).Select(x => x.Id).Should().Equal(b.Id, a.Id);
        (await Repo.DescendantsAsync(a.Id.ToString())).Select(x => x.Id).Should().Equal(b.Id, c.Id);
        (await Repo.AncestorsAsync(a.Id.ToString())).Should().BeEmpty();
        (await Repo.DescendantsAsync(c.Id.ToString())).Should().BeEmpty("working commits are not listed");
    }

    [GraphFact]
    public async Task Revisions_resolve_branches_ids_checksums_prefixes_and_steps_back()
    {
        var a = await CommitAsync("a", new Author { Name = "1" });
        var b = await CommitAsync("b", new Author { Name = "2" });

        (await Repo.FindCommitAsync("main")).Id.Should().Be(b.Id);
        (await Repo.FindCommitAsync("main~")).Id.Should().Be(a.Id);
        (await Repo.FindCommitAsync(a.Id.ToString())).Id.Should().Be(a.Id);
        (await Repo.FindCommitAsync(a.Checksum.ToString())).Id.Should().Be(a.Id);
        (await Repo.FindCommitAsync(b.Checksum.ToString(7))).Id.Should().Be(b.Id);
        (await Repo.FindCommitAsync(b.Checksum.ToString(7).ToUpperInvariant() + "~1")).Id.Should().Be(a.Id);

        await FluentActions.Awaiting(() => Repo.FindCommitAsync("nope")).Should().ThrowAsync<RevisionNotFoundException>()
            .WithMessage("Revision 'nope' not found: no branch, tag, commit id or checksum matches it.");
        await FluentActions.Awaiting(() => Repo.FindCommitAsync("main~5")).Should().ThrowAsync<RevisionNotFoundException>()
            .WithMessage("*only 2 commit(s) deep*");
    }

    [GraphFact]
    public async Task Revisions_can_be_commits_and_commit_ids_as_well_as_text()
    {
        var author = new Author { Name = "v1" };
        var first = await CommitAsync("1", author);
        author.Name = "v2";
        await CommitAsync("2", author);

        (await (await Repo.SnapshotAsync(first)).FindAsync<Author>(author.EternalId))!.Name.Should().Be("v1");
        (await (await Repo.SnapshotAsync(first.Id)).FindAsync<Author>(author.EternalId))!.Name.Should().Be("v1");
        (await Repo.DiffAsync(first, "main")).ToString().Should().Be("+0 ~1 -0");
        (await Repo.LogAsync((await Repo.BranchesAsync()).Single())).Should().HaveCount(2);
        FluentActions.Invoking(() => Revision.Parse(" ")).Should().Throw<InvalidRevisionException>().WithMessage("' ' is not a revision: it is only spaces.*");
        (await FluentActions.Awaiting(() => Repo.LogAsync("")).Should().ThrowAsync<InvalidRevisionException>()).WithMessage("'' is not a revision: it is empty.*");
    }

    [GraphFact]
    public async Task Typed_history_loads_each_version_in_one_query()
    {
        var author = new Author { Name = "v1" };
        await CommitAsync("1", author);
        author.Name = "v2";
        await CommitAsync("2", author);

        var history = await Repo.HistoryAsync<Author>(author.EternalId, "main");

        history.Select(h => h.Version!.Name).Should().Equal("v2", "v1");
        history.Select(h => h.Kind).Should().Equal(ChangeKind.Modified, ChangeKind.Added);
    }

    [GraphFact]
    public async Task History_by_a_branch_or_tag_name_pages_as_by_its_commit()
    {
        // On a database server (and on SQLite over an open connection) a ref's head is read in the history statement
        // itself; a branch forked off main (its own segment), an entity without history there and a name that is no ref
        // take the general path.
        var author = new Author { Name = "v1" };
        await CommitAsync("1", author);
        author.Name = "v2";
        var second = await CommitAsync("2", author);
        await Repo.CreateTagAsync("at-2", second);
        author.Name = "v3";
        await CommitAsync("3", author);
        await Repo.CreateBranchAsync("topic", "at-2");
        await CommitOnAsync("topic", "t", new Tag { Label = "topic only" });
        var later = new Author { Name = "later" };
        await CommitAsync("4", later);

        // Twice: on SQLite the folded form is taken while the connection stays open (its statements then stay prepared).
        foreach (var open in new[] { false, true })
        {
            if (open)
            {
                await Db.Database.OpenConnectionAsync();
            }

            foreach (var (name, messages) in new[] { ("main", new[] { "3", "2", "1" }), ("at-2", ["2", "1"]), ("topic", ["2", "1"]) })
            {
                var head = await Repo.FindCommitAsync(name);
                foreach (var options in new[] { new LogOptions(), new LogOptions { Skip = 1, Take = 1 }, new LogOptions { Skip = 5 } })
                {
                    var byName = await Repo.HistoryAsync<Author>(author.EternalId, name, options);
                    var byCommit = await Repo.HistoryAsync<Author>(author.EternalId, head.Id, options);
                    byName.Select(h => (h.Commit.Id, h.Kind, h.Version?.Name)).Should().Equal(byCommit.Select(h => (h.Commit.Id, h.Kind, h.Version?.Name)), $"{name}, skip {options.Skip}, take {options.Take}");
                }

                (await Repo.HistoryAsync(author.EternalId, name)).Select(h => h.Commit.Message).Should().Equal(messages);
                (await Repo.HistoryAsync(author.EternalId, name))[^1].Kind.Should().Be(ChangeKind.Added);
            }

            (await Repo.HistoryAsync(later.EternalId, "at-2")).Should().BeEmpty();
            (await Repo.HistoryAsync(later.EternalId, "main")).Select(h => h.Kind).Should().Equal(ChangeKind.Added);
            await FluentActions.Awaiting(() => Repo.HistoryAsync(author.EternalId, "no-such-ref")).Should().ThrowAsync<RevisionNotFoundException>();
        }

        await Db.Database.CloseConnectionAsync();
    }

    [GraphFact]
    public async Task History_entries_carry_their_commits_as_read_alone_a_merge_with_its_parents_in_order()
    {
        // The history statement returns a row per parent link, in no order; the page is put in depth order and a merge's
        // parents in ordinal order as it is read. Each entry's commit must be the one FindCommitAsync reads, on every form
        // of the call (by name folded into the statement while the connection is open, by commit, typed or not).
        var author = new Author { Name = "v1" };
        var first = await CommitAsync("1", author);
        await Repo.CreateBranchAsync("topic", "main");
        author.Name = "on topic";
        var onTopic = await CommitOnAsync("topic", "t", author);
        var second = await CommitAsync("2", new Tag { Label = "main moves on" });
        var ws = await Repo.CheckoutAsync("main");
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await ws.MergeAsync("topic", new MergeOptions { Author = "ada", FastForward = FastForwardMode.Never })).Status.Should().Be(MergeStatus.Merged);
        var merge = await Repo.FindCommitAsync("main");
        merge.Parents.Should().Equal(second.Id, onTopic.Id);
        var merged = (await (await Repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId))!;
        merged.Name = "v3";
        var third = await CommitAsync("3", merged);

        foreach (var open in new[] { false, true })
        {
            if (open)
            {
                await Db.Database.OpenConnectionAsync();
            }

            foreach (var revision in new Revision[] { "main", third.Id })
            {
                var untyped = await Repo.HistoryAsync(author.EternalId, revision);
                var typed = await Repo.HistoryAsync<Author>(author.EternalId, revision);
                untyped.Select(h => h.Commit.Id).Should().Equal([third.Id, merge.Id, first.Id], $"{revision}, open {open}");
                typed.Select(h => (h.Commit.Id, h.Kind, h.Version!.Name)).Should().Equal(
                    [(third.Id, ChangeKind.Modified, "v3"), (merge.Id, ChangeKind.Modified, "on topic"), (first.Id, ChangeKind.Added, "v1")]);
                foreach (var commit in untyped.Select(h => h.Commit).Concat(typed.Select(h => h.Commit)))
                {
                    var alone = await Repo.FindCommitAsync(commit.Id);
                    (commit.Id, commit.IsFinalized, commit.Checksum, commit.Author, commit.Message, commit.Timestamp, commit.Depth)
                        .Should().Be((alone.Id, alone.IsFinalized, alone.Checksum, alone.Author, alone.Message, alone.Timestamp, alone.Depth));
                    commit.Parents.Should().Equal(alone.Parents);
                }

                var page = await Repo.HistoryAsync(author.EternalId, revision, new LogOptions { Skip = 1, Take = 1 });
                page.Should().ContainSingle().Which.Commit.Parents.Should().Equal(second.Id, onTopic.Id);
            }
        }

        await Db.Database.CloseConnectionAsync();
    }

    [GraphFact]
    public async Task One_entity_as_of_a_commit_keeps_the_models_query_filter()
    {
        // FindAsync reads the version raw only for types EF would make from the row alone; a query filter is EF's to apply.
        var (_, repo) = await OpenModelAsync<FilteredAuthorsContext>(options => new FilteredAuthorsContext(options));
        var ws = await repo.CheckoutAsync();
        var shown = await ws.SaveAsync(new Author { Name = "shown" });
        var hidden = await ws.SaveAsync(new Author { Name = "hidden" });
        await ws.FinalizeAsync("ada", "1");

        var snapshot = await repo.SnapshotAsync("main");

        (await snapshot.Query<Author>().Select(a => a.Name).ToListAsync()).Should().Equal("shown");
        (await snapshot.FindAsync<Author>(shown.EternalId))!.Name.Should().Be("shown");
        (await snapshot.FindAsync<Author>(hidden.EternalId)).Should().BeNull();
    }

    private sealed class FilteredAuthorsContext(DbContextOptions<FilteredAuthorsContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Author>().HasQueryFilter(a => a.Name != "hidden");
            modelBuilder.UseVersioning();
        }
    }

    [GraphFact]
    public async Task A_branch_created_at_an_older_commit_has_its_own_history()
    {
        var a = await CommitAsync("a", new Author { Name = "1" });
        await CommitAsync("b", new Author { Name = "2" });
        await Repo.CreateBranchAsync("topic", a.Id.ToString());

        var ws = await Repo.CheckoutAsync("topic");
        await ws.SaveAsync(new Author { Name = "topic only" });
        var t = await ws.FinalizeAsync("ada", "t");

        (await Repo.LogAsync("topic")).Select(c => c.Message).Should().Equal("t", "a");
        (await Repo.LogAsync("main")).Select(c => c.Message).Should().Equal("b", "a");
        var topic = await Repo.SnapshotAsync("topic");
        (await topic.Query<Author>().Select(x => x.Name).OrderBy(n => n).ToListAsync()).Should().Equal("1", "topic only");
        (await Repo.DiffAsync("main", "topic")).ToString().Should().Be("+1 ~0 -1");
        t.Parents.Should().Equal(a.Id);
    }
}

public sealed class ReadThePastTests_Sqlite : ReadThePastTests<SqliteProvider>;
