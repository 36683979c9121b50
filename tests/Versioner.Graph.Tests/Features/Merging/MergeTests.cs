using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class MergeTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private async Task<Book> OnAsync(string branch, EternalId id) =>
        (await (await Repo.SnapshotAsync(branch)).FindAsync<Book>(id))!;

    /// <summary>main: base with one book; topic branches from it.</summary>
    private async Task<(Book Book, Commit Base)> ForkAsync(Book? book = null)
    {
        book ??= new Book { Title = "Dune", Price = 10m };
        var @base = await CommitAsync("base", book);
        await Repo.CreateBranchAsync("topic", "main");
        return (book, @base);
    }

    [GraphFact]
    public async Task A_merge_fast_forwards_when_the_branch_is_behind()
    {
        var (book, _) = await ForkAsync();
        var topicBook = await OnAsync("topic", book.EternalId);
        topicBook.Title = "Dune II";
        var ahead = await CommitOnAsync("topic", "retitle", topicBook);

        var ws = await Repo.CheckoutAsync("main");
        var result = await ws.MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.FastForward);
        result.Commit!.Id.Should().Be(ahead.Id);
        (await Repo.FindCommitAsync("main")).Id.Should().Be(ahead.Id);
        await ws.SaveAsync(new Author { Name = "after" });
        (await ws.FinalizeAsync("ada", "on top")).Parents.Should().Equal(ahead.Id);
    }

    [GraphFact]
    public async Task A_merge_can_always_make_a_merge_commit_whose_checksum_covers_its_parents_in_order()
    {
        var (book, @base) = await ForkAsync();
        var topicBook = await OnAsync("topic", book.EternalId);
        topicBook.Title = "Dune II";
        var theirs = await CommitOnAsync("topic", "retitle", topicBook);

        var ws = await Repo.CheckoutAsync("main");
        var result = await ws.MergeAsync("topic", new MergeOptions { FastForward = FastForwardMode.Never, Author = "ada", Message = "merge topic" });

        result.Status.Should().Be(MergeStatus.Merged);
        var merge = result.Commit!;
        merge.Parents.Should().Equal(@base.Id, theirs.Id);
        var added = await (await Repo.SnapshotAsync(merge)).FindContentAsync(book.EternalId);
        merge.Checksum.Should().Be(new CommitContent([@base.Checksum, theirs.Checksum], [added!.ComputeChecksum()], [], "ada", "merge topic", merge.Timestamp).ComputeChecksum());
        (await OnAsync("main", book.EternalId)).Title.Should().Be("Dune II");
    }

    [GraphFact]
    public async Task A_fast_forward_onto_a_branch_created_since_checkout_is_refused_as_moved_and_changes_nothing()
    {
        // In an empty repository any branch can be checked out; the first finalize creates it.
        var mine = await Repo.CheckoutAsync("main");
        var theirs = await Repo.CheckoutAsync("main");
        var topic = await Repo.CheckoutAsync("topic");
        await topic.SaveAsync(new Book { Title = "Dune" });
        await topic.FinalizeAsync("tester", "on topic");
        await theirs.SaveAsync(new Author { Name = "A" });
        var landed = await theirs.FinalizeAsync("tester", "first on main");

        var act = () => mine.MergeAsync("topic");

        var refused = (await act.Should().ThrowAsync<BranchMovedException>()).Which;
        refused.Expected.Should().BeNull("the workspace was checked out before main had a commit");
        refused.Actual.Should().Be(landed.Id);
        (await Repo.FindCommitAsync("main")).Id.Should().Be(landed.Id);
        (await Repo.LogAsync("main")).Should().ContainSingle();
    }

    [GraphFact]
    public async Task Merging_an_ancestor_is_up_to_date()
    {
        await ForkAsync();
        await CommitAsync("ahead", new Author { Name = "x" });

        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.UpToDate);
    }

    [GraphFact]
    public async Task Changes_to_different_fields_merge_into_one_version()
    {
        var (book, @base) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Dune (ours)";
        var ours = await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Price = 12m;
        var theirsCommit = await CommitOnAsync("topic", "theirs", theirs);

        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Merged);
        result.Commit!.Parents.Should().Equal(ours.Id, theirsCommit.Id);
        var merged = await OnAsync("main", book.EternalId);
        merged.Title.Should().Be("Dune (ours)");
        merged.Price.Should().Be(12m);
        (await Repo.MergeBasesAsync(ours, theirsCommit)).Select(c => c.Id).Should().Equal(@base.Id);
    }

    [GraphFact]
    public async Task An_entity_changed_only_on_their_side_is_shared_not_copied()
    {
        var (book, _) = await ForkAsync();
        await CommitAsync("ours", new Author { Name = "ours" });
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Price = 12m;
        await CommitOnAsync("topic", "theirs", theirs);
        var versions = await Db.CountRowsAsync("Books");

        await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        (await Db.CountRowsAsync("Books")).Should().Be(versions);
        (await OnAsync("main", book.EternalId)).VersionId.Should().Be(theirs.VersionId);
    }

    [GraphFact]
    public async Task A_merge_of_more_entities_than_one_batch_adopts_removes_and_merges_each()
    {
        // 1,200 books: more than the merge's batch of 500, and adoptions enough for PostgreSQL's bulk path.
        var seed = await Repo.CheckoutAsync("main");
        await seed.SaveAllAsync(Enumerable.Range(0, 1200).Select(i => new Book { Title = $"Book {i}", Price = i }).ToList());
        await seed.FinalizeAsync("tester", "seed");
        await Repo.CreateBranchAsync("topic", "main");
        var books = await (await Repo.SnapshotAsync("topic")).Query<Book>().OrderBy(b => b.Title).ToListAsync();
        var byTitle = books.ToDictionary(b => b.Title);
        Book Seeded(int i) => byTitle[$"Book {i}"];

        var topic = await Repo.CheckoutAsync("topic");
        var retitled = Enumerable.Range(0, 600).Select(i => Seeded(i)).ToList();
        retitled.ForEach(b => b.Title += " (theirs)");
        var repriced = Enumerable.Range(700, 500).Select(i => Seeded(i)).ToList();
        repriced.ForEach(b => b.Price += 1000m);
        await topic.SaveAllAsync([.. retitled, .. repriced]);
        foreach (var i in Enumerable.Range(600, 100))
        {
            await topic.RemoveAsync<Book>(Seeded(i).EternalId);
        }

        await topic.FinalizeAsync("tester", "theirs");
        var theirs = (await (await Repo.SnapshotAsync("topic")).Query<Book>().ToListAsync()).ToDictionary(b => b.EternalId);

        var main = await Repo.CheckoutAsync("main");
        var ours = (await (await Repo.SnapshotAsync("main")).Query<Book>().ToListAsync()).Where(b => repriced.Any(r => r.EternalId == b.EternalId)).ToList();
        ours.ForEach(b => b.Title += " (ours)");
        await main.SaveAllAsync(ours);
        await main.FinalizeAsync("tester", "ours");
        var versionsBefore = await Db.CountRowsAsync("Books");

        var result = await main.MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Merged);
        var merged = (await (await Repo.SnapshotAsync("main")).Query<Book>().ToListAsync()).ToDictionary(b => b.EternalId);
        merged.Should().HaveCount(1100, "the 100 books removed on topic are gone");
        foreach (var i in Enumerable.Range(0, 600))
        {
            merged[Seeded(i).EternalId].VersionId.Should().Be(theirs[Seeded(i).EternalId].VersionId, "a book changed only on topic is topic's version, shared");
        }

        foreach (var i in Enumerable.Range(700, 500))
        {
            var book = merged[Seeded(i).EternalId];
            (book.Title, book.Price).Should().Be(($"Book {i} (ours)", i + 1000m), "each side changed another field");
        }

        (await Db.CountRowsAsync("Books")).Should().Be(versionsBefore + 500, "only the field-level merges make versions");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task The_same_change_on_both_sides_is_no_conflict()
    {
        var (book, _) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Price = 11m;
        await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Price = 11m;
        await CommitOnAsync("topic", "theirs", theirs);

        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Merged);
        (await OnAsync("main", book.EternalId)).Price.Should().Be(11m);
    }

    [GraphFact]
    public async Task Different_changes_to_one_field_conflict_until_resolved()
    {
        var (book, _) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Ours";
        mine.Price = 20m;
        await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Title = "Theirs";
        await CommitOnAsync("topic", "theirs", theirs);
        var ws = await Repo.CheckoutAsync("main");

        var result = await ws.MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Conflicts);
        var conflict = result.Conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.Field);
        conflict.Field.Should().Be("Title");
        conflict.Base!["Title"].ToString().Should().Be("Dune");
        conflict.Ours!["Title"].ToString().Should().Be("Ours");
        conflict.Theirs!["Title"].ToString().Should().Be("Theirs");
        await FluentActions.Awaiting(() => ws.FinalizeAsync("ada", "too early")).Should().ThrowAsync<UnresolvedConflictsException>();

        (await ws.ConflictsAsync()).Should().ContainSingle();
        await ws.ResolveAsync(conflict, MergeStrategy.Theirs);
        var merge = await ws.FinalizeAsync("ada", "merged");

        merge.Parents.Should().HaveCount(2);
        var merged = await OnAsync("main", book.EternalId);
        merged.Title.Should().Be("Theirs");
        merged.Price.Should().Be(20m);
    }

    [GraphFact]
    public async Task A_conflict_resolved_by_hand_is_accepted_as_saved()
    {
        var (book, _) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Ours";
        await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Title = "Theirs";
        await CommitOnAsync("topic", "theirs", theirs);
        var ws = await Repo.CheckoutAsync("main");
        var conflict = (await ws.MergeAsync("topic")).Conflicts.Single();

        var working = await (await ws.SnapshotAsync()).FindAsync<Book>(book.EternalId);
        working!.Title = "Ours and theirs";
        await ws.SaveAsync(working);
        await ws.ResolveAsync(conflict, MergeStrategy.Manual);
        await ws.FinalizeAsync("ada", "by hand");

        (await OnAsync("main", book.EternalId)).Title.Should().Be("Ours and theirs");
    }

    [GraphFact]
    public async Task Removal_against_modification_conflicts()
    {
        var (book, _) = await ForkAsync();
        var mine = await Repo.CheckoutAsync("main");
        await mine.RemoveAsync<Book>(book.EternalId);
        await mine.FinalizeAsync("ada", "remove");
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Price = 99m;
        await CommitOnAsync("topic", "modify", theirs);
        var ws = await Repo.CheckoutAsync("main");

        var result = await ws.MergeAsync("topic");

        result.Conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.DeleteModify);
        await ws.ResolveAsync(result.Conflicts[0], MergeStrategy.Theirs);
        await ws.FinalizeAsync("ada", "keep theirs");
        (await OnAsync("main", book.EternalId)).Price.Should().Be(99m);
    }

    [GraphFact]
    public async Task A_removal_taken_from_their_side_drops_the_version_the_merge_made_of_the_entity()
    {
        var (book, _) = await ForkAsync();
        var ours = await OnAsync("main", book.EternalId);
        ours.Price = 20m;
        await CommitAsync("modify", ours);
        var topic = await Repo.CheckoutAsync("topic");
        await topic.RemoveAsync<Book>(book.EternalId);
        await topic.FinalizeAsync("ada", "remove");
        var ws = await Repo.CheckoutAsync("main");
        var conflict = (await ws.MergeAsync("topic")).Conflicts.Should().ContainSingle().Subject;
        var edited = (await (await ws.SnapshotAsync()).FindAsync<Book>(book.EternalId))!;
        edited.Price = 30m;
        await ws.SaveAsync(edited);

        await ws.ResolveAsync(conflict, MergeStrategy.Theirs);
        var merged = await ws.FinalizeAsync("ada", "take their removal");

        (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId)).Should().BeNull();
        (await Db.Set<Book>().AsNoTracking().CountAsync(b => b.VersionId == edited.VersionId)).Should().Be(0, "the version the merge made of the entity is not part of any commit now");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
        (await Repo.DiffAsync(merged.Parents[0], merged.Id)).Removed.Should().ContainSingle().Which.EternalId.Should().Be(book.EternalId);
    }

    [GraphFact]
    public async Task Sets_merge_member_by_member()
    {
        var a = new Tag { Label = "a" };
        var b = new Tag { Label = "b" };
        var c = new Tag { Label = "c" };
        await CommitAsync("tags", a, b, c);
        var (book, _) = await ForkAsync(new Book { Title = "T", Tags = EternalIdSet.Of(a.EternalId, b.EternalId) });
        var mine = await OnAsync("main", book.EternalId);
        mine.Tags = mine.Tags.Add(c.EternalId);
        await CommitAsync("add c", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Tags = theirs.Tags.Remove(a.EternalId);
        await CommitOnAsync("topic", "remove a", theirs);

        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Merged);
        (await OnAsync("main", book.EternalId)).Tags.Should().BeEquivalentTo([b.EternalId, c.EternalId]);
    }

    [GraphFact]
    public async Task An_entity_their_side_added_and_removed_again_is_no_change()
    {
        var (book, _) = await ForkAsync();
        var ephemeral = await CommitOnAsync("topic", "add", new Book { Title = "Ephemeral" });
        var topic = await Repo.CheckoutAsync("topic");
        var added = (await (await Repo.SnapshotAsync("topic")).Query<Book>().Where(b => b.Title == "Ephemeral").SingleAsync());
        await topic.RemoveAsync(added);
        await topic.FinalizeAsync("ada", "remove");
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Dune (ours)";
        await CommitAsync("ours", mine);

        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Merged);
        (await (await Repo.SnapshotAsync("main")).Query<Book>().Select(b => b.Title).ToListAsync()).Should().Equal("Dune (ours)");
        ephemeral.Should().NotBeNull();
    }

    [GraphFact]
    public async Task Abandoning_a_merge_restores_the_working_state()
    {
        var (book, _) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Ours";
        var ours = await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Title = "Theirs";
        await CommitOnAsync("topic", "theirs", theirs);
        var ws = await Repo.CheckoutAsync("main");
        (await ws.MergeAsync("topic")).Status.Should().Be(MergeStatus.Conflicts);

        await ws.AbortMergeAsync();

        (await ws.StatusAsync()).IsEmpty.Should().BeTrue();
        (await ws.ConflictsAsync()).Should().BeEmpty();
        (await Repo.WorkspacesAsync()).Should().BeEmpty("the abandoned merge's working commit went with it");
        await ws.SaveAsync(new Author { Name = "life goes on" });
        (await ws.FinalizeAsync("ada", "normal commit")).Parents.Should().Equal(ours.Id);
    }

    [GraphFact]
    public async Task Resolution_hooks_settle_conflicts_by_type_field_or_function()
    {
        var (book, _) = await ForkAsync(new Book { Title = "Dune", Price = 10m, Rating = 3 });
        var mine = await OnAsync("main", book.EternalId);
        (mine.Title, mine.Price, mine.Rating) = ("Ours", 11m, 4);
        await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        (theirs.Title, theirs.Price, theirs.Rating) = ("Theirs", 12m, 5);
        await CommitOnAsync("topic", "theirs", theirs);
        var policy = new MergePolicy()
            .Resolve("Book", "Title", MergeStrategy.Ours)
            .Resolve("Book", "Price", MergeStrategy.Theirs)
            .Resolve("Book", "Rating", c => c.Ours!["Rating"].ToObject() is double o && c.Theirs!["Rating"].ToObject() is double t ? FieldValue.From(Math.Max(o, t)) : FieldValue.Null);

        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { Policy = policy });

        result.Status.Should().Be(MergeStatus.Merged);
        var merged = await OnAsync("main", book.EternalId);
        (merged.Title, merged.Price, merged.Rating).Should().Be(("Ours", 12m, 5d));
    }

    [GraphFact]
    public async Task A_merge_policy_function_settling_a_typed_field_as_absent_is_refused_and_changes_nothing()
    {
        var (book, _) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Ours";
        var ours = await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Title = "Theirs";
        await CommitOnAsync("topic", "theirs", theirs);
        var ws = await Repo.CheckoutAsync("main");

        var act = () => ws.MergeAsync("topic", new MergeOptions { Policy = new MergePolicy().Resolve("Book", "Title", _ => null) });

        var refused = (await act.Should().ThrowAsync<FieldCannotBeAbsentException>()).Which;
        refused.Message.Should().Be("The merge policy's function for Book.Title returned null (absent), but 'Book' is the entity type of class Book, whose every version has every field; only a document type's field can be absent. Nothing was changed. Return a value for Book.Title from the function (FieldValue.Null, or one side's value such as conflict.Ours[\"Title\"]).");
        (refused.EntityType, refused.Field, refused.IsInvalidInput).Should().Be(("Book", "Title", true));
        (await Repo.FindCommitAsync("main")).Id.Should().Be(ours.Id);
        (await ws.ConflictsAsync()).Should().BeEmpty();
        (await ws.StatusAsync()).Should().BeEmpty();
        var settled = await ws.MergeAsync("topic", new MergeOptions { Policy = new MergePolicy().Resolve("Book", "Title", MergeStrategy.Theirs) });
        settled.Status.Should().Be(MergeStatus.Merged, "the refused merge left the workspace as it was");
        settled.Commit!.Parents.Should().Equal(ours.Id, (await Repo.FindCommitAsync("topic")).Id);
        (await OnAsync("main", book.EternalId)).Title.Should().Be("Theirs");
    }

    [GraphFact]
    public async Task Fields_grouped_together_conflict_as_one()
    {
        var (book, _) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Ours";
        await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Price = 12m;
        await CommitOnAsync("topic", "theirs", theirs);

        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { Policy = new MergePolicy().Group("Book", "Title", "Price") });

        var conflict = result.Conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.FieldGroup);
        conflict.Fields.Should().Equal("Title", "Price");
    }

    [GraphFact]
    public async Task Snapshot_constraints_are_checked_on_the_merged_result()
    {
        var book = new Book { EternalId = EternalId.New(), Title = "Dune" };
        await ForkAsync(book);
        await CommitAsync("ours", new Revenue { Year = 2024 }.WithBook(book));
        await CommitOnAsync("topic", "theirs", new Revenue { Year = 2024 }.WithBook(book));

        var act = () => Repo.CheckoutAsync("main").ContinueWith(t => t.Result.MergeAsync("topic")).Unwrap();

        await act.Should().ThrowAsync<SnapshotConstraintException>();
    }

    [GraphFact]
    public async Task Criss_cross_histories_have_two_merge_bases_and_still_merge()
    {
        var (book, _) = await ForkAsync(new Book { Title = "Dune", Price = 10m, Rating = 1 });
        var m1 = await OnAsync("main", book.EternalId);
        m1.Price = 11m;
        var a = await CommitAsync("a", m1);
        var t1 = await OnAsync("topic", book.EternalId);
        t1.Rating = 2;
        var b = await CommitOnAsync("topic", "b", t1);
        var mainWs = await Repo.CheckoutAsync("main");
        var mergeIntoMain = await mainWs.MergeAsync(b, new MergeOptions { FastForward = FastForwardMode.Never });
        var topicWs = await Repo.CheckoutAsync("topic");
        var mergeIntoTopic = await topicWs.MergeAsync(a, new MergeOptions { FastForward = FastForwardMode.Never });

        var bases = await Repo.MergeBasesAsync("main", "topic");

        bases.Select(c => c.Id).Should().BeEquivalentTo([a.Id, b.Id]);
        var m2 = await OnAsync("main", book.EternalId);
        m2.Title = "Dune!";
        await CommitAsync("main again", m2);
        var result = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");
        result.Status.Should().Be(MergeStatus.Merged);
        var merged = await OnAsync("main", book.EternalId);
        (merged.Title, merged.Price, merged.Rating).Should().Be(("Dune!", 11m, 2d));
        mergeIntoMain.Status.Should().Be(MergeStatus.Merged);
        mergeIntoTopic.Status.Should().Be(MergeStatus.Merged);
    }

    [GraphFact]
    public async Task Ancestry_is_answered_through_several_merges_and_branches()
    {
        await CommitAsync("root", new Author { Name = "r" });
        var merged = new List<Commit>();
        for (var i = 0; i < 3; i++)
        {
            await Repo.CreateBranchAsync($"b{i}", "main");
            merged.Add(await CommitOnAsync($"b{i}", $"on b{i}", new Author { Name = $"b{i}" }));
            await CommitOnAsync($"b{i}", $"more on b{i}", new Author { Name = $"b{i}+" });
            await CommitAsync($"main {i}", new Author { Name = $"m{i}" });
            await (await Repo.CheckoutAsync("main")).MergeAsync($"b{i}");
        }

        await Repo.CreateBranchAsync("unmerged", "main~2");
        var stray = await CommitOnAsync("unmerged", "stray", new Author { Name = "s" });
        var head = await Repo.FindCommitAsync("main");

        foreach (var commit in merged)
        {
            (await Repo.IsAncestorAsync(commit, head)).Should().BeTrue();
            (await Repo.IsAncestorAsync(head, commit)).Should().BeFalse();
        }

        (await Repo.IsAncestorAsync(stray, head)).Should().BeFalse();
        (await Repo.IsAncestorAsync("main~2", stray)).Should().BeTrue();
        (await Repo.MergeBasesAsync(stray, "main")).Select(c => c.Id).Should().Equal((await Repo.FindCommitAsync("main~2")).Id);
    }

    [GraphFact]
    public async Task Revert_makes_a_commit_that_undoes_another()
    {
        var book = new Book { Title = "Dune", Price = 10m };
        await CommitAsync("base", book);
        book.Price = 15m;
        var raise = await CommitAsync("raise", book);
        await CommitAsync("unrelated", new Author { Name = "x" });

        var result = await (await Repo.CheckoutAsync("main")).RevertAsync(raise, new MergeOptions { Author = "ada" });

        result.Status.Should().Be(MergeStatus.Merged);
        result.Commit!.Message.Should().StartWith("Revert \"raise\"");
        result.Commit.Parents.Should().HaveCount(1);
        (await OnAsync("main", book.EternalId)).Price.Should().Be(10m);
    }

    [GraphFact]
    public async Task Cherry_pick_applies_one_commit_onto_another_branch()
    {
        var (book, _) = await ForkAsync();
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Price = 12m;
        await CommitOnAsync("topic", "first on topic", new Author { Name = "not picked" });
        var picked = await CommitOnAsync("topic", "reprice", theirs);

        var result = await (await Repo.CheckoutAsync("main")).CherryPickAsync(picked);

        result.Status.Should().Be(MergeStatus.Merged);
        result.Commit!.Author.Should().Be("tester");
        result.Commit.Message.Should().StartWith("reprice");
        (await OnAsync("main", book.EternalId)).Price.Should().Be(12m);
        (await (await Repo.SnapshotAsync("main")).Query<Author>().CountAsync()).Should().Be(0);
    }

    [GraphFact]
    public async Task Resolving_a_conflict_already_resolved_or_with_no_merge_is_refused_as_not_found()
    {
        var (book, _) = await ForkAsync();
        var mine = await OnAsync("main", book.EternalId);
        mine.Title = "Ours";
        await CommitAsync("ours", mine);
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Title = "Theirs";
        await CommitOnAsync("topic", "theirs", theirs);
        var ws = await Repo.CheckoutAsync("main");
        var conflict = (await ws.MergeAsync("topic")).Conflicts.Single();
        await ws.ResolveAsync(conflict, MergeStrategy.Theirs);

        var again = () => ws.ResolveAsync(conflict, MergeStrategy.Ours);
        var elsewhere = async () => await (await Repo.CheckoutAsync("topic")).ResolveAsync(conflict, MergeStrategy.Ours);

        var resolved = (await again.Should().ThrowAsync<ConflictNotFoundException>()).Which;
        resolved.Should().Match<ConflictNotFoundException>(e => e.EntityType == "Book" && e.EternalId == book.EternalId && e.WorkingCommit == ws.Id);
        resolved.Fields.Should().Equal("Title");
        (await elsewhere.Should().ThrowAsync<ConflictNotFoundException>()).Which.EternalId.Should().Be(book.EternalId);
        await ws.FinalizeAsync("ada", "merged");
        (await OnAsync("main", book.EternalId)).Title.Should().Be("Theirs", "the refused second resolution changed nothing");
    }

    [GraphFact]
    public async Task Picking_a_merge_commit_or_merging_a_working_commit_is_refused_and_changes_nothing()
    {
        var (book, _) = await ForkAsync();
        await CommitAsync("on main", new Author { Name = "main" });
        await CommitOnAsync("topic", "on topic", new Author { Name = "topic" });
        var merge = (await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { Author = "ada" })).Commit!;
        var draft = await Repo.CheckoutAsync("topic");
        await draft.SaveAsync(new Author { Name = "draft" });
        var ws = await Repo.CheckoutAsync("main");

        var pick = () => ws.CherryPickAsync(merge);
        var revert = () => ws.RevertAsync(merge);
        var mergeDraft = () => ws.MergeAsync(draft.Id);

        var picked = (await pick.Should().ThrowAsync<MergeCommitPickException>()).Which;
        picked.Commit.Should().Be(merge.Id);
        picked.Message.Should().Contain("cherry-pick").And.Contain("Pick the commits it merged instead");
        (await revert.Should().ThrowAsync<MergeCommitPickException>()).Which.Message.Should().Contain("Revert the commits it merged instead");
        (await mergeDraft.Should().ThrowAsync<UnfinalizedCommitException>()).Which.Commit.Should().Be(draft.Id);
        (await Repo.FindCommitAsync("main")).Id.Should().Be(merge.Id);
        (await ws.StatusAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task Blame_names_the_commit_that_set_each_current_value()
    {
        var book = new Book { Title = "Dune", Price = 10m };
        var created = await CommitAsync("create", book);
        book.Price = 12m;
        var repriced = await CommitAsync("reprice", book);
        book.Title = "Dune";
        await CommitAsync("no-op title save", book);

        var blame = (await Repo.BlameAsync(book.EternalId, "main")).ToDictionary(b => b.Field);

        blame["Title"].Commit.Id.Should().Be(created.Id);
        blame["Price"].Commit.Id.Should().Be(repriced.Id);
        blame["Price"].Value.Should().Be(FieldValue.From(12m));
    }

    [GraphFact]
    public async Task Blame_follows_a_value_merged_in_to_the_commit_that_made_it()
    {
        var (book, _) = await ForkAsync();
        await CommitAsync("ours", new Author { Name = "x" });
        var theirs = await OnAsync("topic", book.EternalId);
        theirs.Price = 12m;
        var made = await CommitOnAsync("topic", "reprice", theirs);
        await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        var blame = (await Repo.BlameAsync(book.EternalId, "main")).Single(b => b.Field == "Price");

        blame.Commit.Id.Should().Be(made.Id);
    }

    [GraphFact]
    public async Task Log_follows_first_parents_or_every_parent_and_takes_git_filters()
    {
        var (book, @base) = await ForkAsync();
        var t1 = await CommitOnAsync("topic", "t1", new Author { Name = "t" });
        Clock.Advance(TimeSpan.FromHours(1));
        var m1 = await CommitAsync("m1", new Tag { Label = "m" });
        var merge = (await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { Author = "merger" })).Commit!;

        (await Repo.LogAsync("main")).Select(c => c.Id).Should().Equal(merge.Id, m1.Id, @base.Id);
        (await Repo.LogAsync("main", new LogOptions { FirstParentOnly = false })).Select(c => c.Id).Should().Equal(merge.Id, m1.Id, t1.Id, @base.Id);
        (await Repo.LogAsync("topic..main", new LogOptions { FirstParentOnly = false })).Select(c => c.Id).Should().Equal(merge.Id, m1.Id);
        (await Repo.LogAsync("topic..", new LogOptions { FirstParentOnly = false })).Select(c => c.Id).Should().Equal([merge.Id, m1.Id], "an empty side is the default branch, as git's is HEAD");
        (await Repo.LogAsync("..topic", new LogOptions { FirstParentOnly = false })).Should().BeEmpty("main has merged everything topic has");
        (await Repo.LogAsync("main", new LogOptions { Exclude = "topic" })).Select(c => c.Id).Should().Equal(merge.Id, m1.Id);
        (await Repo.Invoking(r => r.LogAsync("topic...main")).Should().ThrowAsync<InvalidRevisionException>("three dots are no range Versioner reads"))
            .Which.Revision.Should().Be("topic...main");
        await Repo.Invoking(r => r.LogAsync("topic..main..x")).Should().ThrowAsync<InvalidRevisionException>();
        (await Repo.LogAsync("main", new LogOptions { FirstParentOnly = false, Author = "merger" })).Should().ContainSingle().Which.Id.Should().Be(merge.Id);
        (await Repo.LogAsync("main", new LogOptions { EntityType = "Tag" })).Should().ContainSingle().Which.Id.Should().Be(m1.Id);
        (await Repo.LogAsync("main", new LogOptions { EternalId = book.EternalId })).Should().ContainSingle().Which.Id.Should().Be(@base.Id);
        (await Repo.LogAsync("main", new LogOptions { Since = m1.Timestamp })).Select(c => c.Id).Should().Equal(merge.Id, m1.Id);
        (await Repo.LogAsync("main", new LogOptions { Until = m1.Timestamp })).Select(c => c.Id).Should().Equal(@base.Id);
        (await Repo.IsAncestorAsync(t1, "main")).Should().BeTrue();
        (await Repo.IsAncestorAsync(m1, "topic")).Should().BeFalse();
    }

    [GraphFact]
    public async Task A_range_leaves_out_all_the_other_side_reaches_when_the_log_follows_first_parents()
    {
        var (_, @base) = await ForkAsync();
        var t1 = await CommitOnAsync("topic", "t1", new Author { Name = "t1" });
        var t2 = await CommitOnAsync("topic", "t2", new Author { Name = "t2" });
        var m1 = await CommitAsync("m1", new Tag { Label = "m" });
        var merge = (await (await Repo.CheckoutAsync("main")).MergeAsync("topic")).Commit!;

        (await Repo.LogAsync("main..topic")).Should().BeEmpty("main reached t1 and t2 through the merge's second parent, as git log --first-parent main..topic says");
        (await Repo.LogAsync("..topic")).Should().BeEmpty();
        (await Repo.LogAsync("topic..main")).Select(c => c.Id).Should().Equal(merge.Id, m1.Id);

        var t3 = await CommitOnAsync("topic", "t3", new Author { Name = "t3" });
        (await Repo.LogAsync("main..topic")).Select(c => c.Id).Should().Equal([t3.Id], "only what topic did after the merge is not in main");
        (await Repo.LogAsync("main..topic", new LogOptions { Take = 1, Skip = 1 })).Should().BeEmpty();

        // The other way round: main merged into topic; topic's line keeps its own commits and that merge, not main's.
        var back = (await (await Repo.CheckoutAsync("topic")).MergeAsync("main")).Commit!;
        (await Repo.LogAsync("main..topic")).Select(c => c.Id).Should().Equal(back.Id, t3.Id);
        (await Repo.LogAsync("main..topic", new LogOptions { Author = "nobody" })).Should().BeEmpty();
        (await Repo.LogAsync(@base.Id + "..topic")).Select(c => c.Id).Should().Equal(back.Id, t3.Id, t2.Id, t1.Id);
    }
}

public sealed class MergeTests_Sqlite : MergeTests<SqliteProvider>;
