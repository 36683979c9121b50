using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class WorkingCommitTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Checkout_gives_a_working_commit_whose_parent_is_the_branch_head()
    {
        var first = await CommitAsync("first", new Author { Name = "Ursula" });

        var ws = await Repo.CheckoutAsync("main");
        await ws.SaveAsync(new Author { Name = "Le Guin" });

        var working = await Repo.FindCommitAsync(ws.Id.ToString());
        working.IsFinalized.Should().BeFalse();
        working.Checksum.IsEmpty.Should().BeTrue();
        working.Parents.Should().Equal(first.Id);
        ws.Branch.Should().Be("main");
    }

    [GraphFact]
    public async Task Saving_a_new_entity_assigns_time_ordered_ids_and_an_eternal_id_row()
    {
        var ws = await Repo.CheckoutAsync();
        var author = await ws.SaveAsync(new Author { Name = "Ursula" });

        author.EternalId.IsEmpty.Should().BeFalse();
        author.VersionId.IsEmpty.Should().BeFalse();
        author.VersionId.Value.Version.Should().Be(7);
        author.CommitId.Should().Be(ws.Id);
        (await Db.CountRowsAsync("versioner_entities", "entity_type = 'Author'")).Should().Be(1);
    }

    [GraphFact]
    public async Task Saving_under_an_empty_version_id_is_refused_and_writes_nothing()
    {
        var ws = await Repo.CheckoutAsync();
        var author = new Author { Name = "Ursula" };

        var act = () => ws.SaveAsync(author, default(VersionId));

        var refused = (await act.Should().ThrowAsync<InvalidVersionIdException>()).Which;
        refused.EntityType.Should().Be(nameof(Author));
        refused.Message.Should().Contain("version id given for Author").And.Contain("nothing was written");
        (await ws.StatusAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task Saving_again_in_the_same_working_commit_edits_that_version_in_place()
    {
        var ws = await Repo.CheckoutAsync();
        var author = await ws.SaveAsync(new Author { Name = "Ursula" });
        var versionId = author.VersionId;

        author.Name = "Ursula K. Le Guin";
        await ws.SaveAsync(author);

        author.VersionId.Should().Be(versionId);
        (await Db.CountRowsAsync("Authors")).Should().Be(1);
        (await (await ws.SnapshotAsync()).Query<Author>().SingleAsync()).Name.Should().Be("Ursula K. Le Guin");
    }

    [GraphFact]
    public async Task Saving_a_finalized_version_makes_a_new_version_and_leaves_the_old_one_intact()
    {
        var author = new Author { Name = "Ursula" };
        var first = await CommitAsync("first", author);
        var oldVersion = author.VersionId;

        var ws = await Repo.CheckoutAsync();
        author.Name = "Ursula K. Le Guin";
        await ws.SaveAsync(author);

        author.VersionId.Should().NotBe(oldVersion);
        author.EternalId.Should().Be((await Repo.FindVersionAsync<Author>(oldVersion))!.EternalId);
        (await Repo.FindVersionAsync<Author>(oldVersion))!.Name.Should().Be("Ursula");
        (await (await Repo.SnapshotAsync(first.Id.ToString())).FindAsync<Author>(author.EternalId))!.Name.Should().Be("Ursula");
    }

    [GraphFact]
    public async Task Removing_records_the_eternal_id_as_removed()
    {
        var author = new Author { Name = "Ursula" };
        await CommitAsync("first", author);

        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(author);

        var status = await ws.StatusAsync();
        status.Removed.Should().ContainSingle().Which.EternalId.Should().Be(author.EternalId);
        (await (await ws.SnapshotAsync()).FindAsync<Author>(author.EternalId)).Should().BeNull();
        (await (await Repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId)).Should().NotBeNull();
    }

    [GraphFact]
    public async Task Removing_an_entity_added_in_the_same_working_commit_leaves_no_trace()
    {
        var ws = await Repo.CheckoutAsync();
        var author = await ws.SaveAsync(new Author { Name = "Draft" });

        await ws.RemoveAsync(author);

        (await ws.StatusAsync()).IsEmpty.Should().BeTrue();
        (await Db.CountRowsAsync("Authors")).Should().Be(0);
    }

    [GraphFact]
    public async Task Removing_an_entity_that_is_not_there_is_refused()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.RemoveAsync<Author>(EternalId.New());

        (await act.Should().ThrowAsync<EntityNotFoundException>()).Which.Message.Should().Contain("nothing to remove");
    }

    [GraphFact]
    public async Task Saving_then_removing_then_saving_again_restores_the_entity()
    {
        var author = new Author { Name = "Ursula" };
        await CommitAsync("first", author);
        var ws = await Repo.CheckoutAsync();

        await ws.RemoveAsync(author);
        author.Name = "Back";
        await ws.SaveAsync(author);

        var status = await ws.StatusAsync();
        status.Modified.Should().ContainSingle().Which.Fields.Should().ContainSingle(f => f.Field == "Name");
    }

    [GraphFact]
    public async Task An_eternal_id_keeps_its_entity_type()
    {
        var author = new Author { Name = "Ursula" };
        await CommitAsync("first", author);
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.SaveAsync(new Tag { EternalId = author.EternalId, Label = "not an author" });

        (await act.Should().ThrowAsync<EntityTypeMismatchException>()).Which.ExistingType.Should().Be("Author");
    }

    [GraphFact]
    public async Task Status_lists_added_modified_and_removed_entities_with_field_changes()
    {
        var keep = new Author { Name = "Keep" };
        var change = new Author { Name = "Before" };
        var drop = new Author { Name = "Drop" };
        await CommitAsync("first", keep, change, drop);

        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "New" });
        change.Name = "After";
        await ws.SaveAsync(change);
        await ws.RemoveAsync(drop);

        var status = await ws.StatusAsync();
        status.ToString().Should().Be("+1 ~1 -1");
        var modified = status.Modified.Single();
        modified.EternalId.Should().Be(change.EternalId);
        modified.Fields.Should().ContainSingle().Which.Should().Match<FieldChange>(f =>
            f.Field == "Name" && (string)f.OldValue.ToObject()! == "Before" && (string)f.NewValue.ToObject()! == "After");
    }

    [GraphFact]
    public async Task An_invalid_field_value_is_refused_before_anything_is_written()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.SaveAllAsync([new Book { Title = "Fine" }, new Book { Title = "Bad", Rating = double.NaN }]);

        (await act.Should().ThrowAsync<InvalidFieldValueException>()).Which.FieldName.Should().Be("Rating");
        (await Db.CountRowsAsync("Books")).Should().Be(0);
    }

    [GraphFact]
    public async Task A_workspace_never_used_leaves_nothing_behind()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });
        await Repo.CreateBranchAsync("topic", "main");
        var commits = await Db.CountRowsAsync("versioner_commits");
        var segments = await Db.CountRowsAsync("versioner_segments");

        var ws = await Repo.CheckoutAsync("main");
        (await ws.StatusAsync()).IsEmpty.Should().BeTrue();
        (await (await ws.SnapshotAsync()).Query<Author>().CountAsync()).Should().Be(1);
        (await ws.ConflictsAsync()).Should().BeEmpty();
        await FluentActions.Awaiting(() => ws.FinalizeAsync("ada", "nothing")).Should().ThrowAsync<NothingToCommitException>();
        (await ws.MergeAsync("topic")).Status.Should().Be(MergeStatus.UpToDate);
        await ws.DiscardAsync();

        (await Db.CountRowsAsync("versioner_commits")).Should().Be(commits);
        (await Db.CountRowsAsync("versioner_segments")).Should().Be(segments);
        (await Repo.WorkspacesAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task Finalizing_leaves_no_empty_working_commit_behind()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "Ursula" });
        await ws.FinalizeAsync("ada", "one");
        await ws.SaveAsync(new Author { Name = "Octavia" });
        await ws.FinalizeAsync("ada", "two");

        (await Db.CountRowsAsync("versioner_commits")).Should().Be(2);
        (await Db.CountRowsAsync("versioner_commits", "state = 0")).Should().Be(0);
        (await Repo.WorkspacesAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task Open_workspaces_are_listed_and_a_discarded_one_leaves_no_rows()
    {
        var first = await CommitAsync("first", new Author { Name = "Ursula" });
        await Repo.CreateBranchAsync("topic", "main");
        var onMain = await Repo.CheckoutAsync("main");
        await onMain.SaveAsync(new Author { Name = "Octavia" });
        var onTopic = await Repo.CheckoutAsync("topic");
        var ursula = await (await Repo.SnapshotAsync("topic")).Query<Author>().SingleAsync();
        ursula.Name = "Ursula K.";
        await onTopic.SaveAsync(ursula);
        await onTopic.SaveAsync(new Book { Title = "The Dispossessed", Tags = EternalIdSet.Of(ursula.EternalId) });
        var authors = await Db.CountRowsAsync("Authors");

        var open = await Repo.WorkspacesAsync();

        open.Select(w => (w.Id, w.Branch)).Should().Equal((onMain.Id, "main"), (onTopic.Id, "topic"));
        var topicId = onTopic.Id;
        await open[1].DiscardAsync();

        (await Repo.WorkspacesAsync()).Select(w => w.Id).Should().Equal(onMain.Id);
        (await Db.CountRowsAsync("versioner_commits", "state = 0")).Should().Be(1);
        (await Repo.CountChangeRowsAsync()).Should().Be(2);
        (await Db.CountRowsAsync("Authors")).Should().Be(authors - 1);
        (await Db.CountRowsAsync("Books")).Should().Be(0);
        await FluentActions.Awaiting(() => Repo.OpenWorkspaceAsync(topicId)).Should().ThrowAsync<RevisionNotFoundException>();

        // The workspace object that was discarded elsewhere is clean again and goes on.
        (await onTopic.StatusAsync()).IsEmpty.Should().BeTrue();
        await onTopic.SaveAsync(new Author { Name = "Samuel" });
        (await onTopic.FinalizeAsync("ada", "after discard")).Parents.Should().Equal(first.Id);
    }

    [GraphFact]
    public async Task Aborting_a_merge_when_none_is_in_progress_is_refused_and_keeps_the_edits()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "Ursula" });

        var refused = await FluentActions.Awaiting(() => ws.AbortMergeAsync()).Should().ThrowAsync<NoMergeInProgressException>();

        refused.Which.Message.Should().Contain("DiscardAsync()");
        (await ws.StatusAsync()).Added.Should().ContainSingle();
        await FluentActions.Awaiting(() => Repo.CheckoutAsync().ContinueWith(t => t.Result.AbortMergeAsync()).Unwrap())
            .Should().ThrowAsync<NoMergeInProgressException>();
    }

    [GraphFact]
    public async Task A_merge_refused_for_edits_in_progress_names_calls_that_exist()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });
        await Repo.CreateBranchAsync("topic", "main");
        await CommitOnAsync("topic", "theirs", new Author { Name = "Octavia" });
        var ws = await Repo.CheckoutAsync("main");
        await ws.SaveAsync(new Author { Name = "Samuel" });

        var refused = await FluentActions.Awaiting(() => ws.MergeAsync("topic")).Should().ThrowAsync<VersionerException>();

        var named = System.Text.RegularExpressions.Regex.Matches(refused.Which.Message, @"\b([A-Z]\w+Async)\b").Select(m => m.Groups[1].Value).ToArray();
        named.Should().BeEquivalentTo(["FinalizeAsync", "AbortMergeAsync", "DiscardAsync"]);
        named.Should().OnlyContain(name => typeof(Workspace).GetMethod(name) != null);
        await ws.DiscardAsync();
        (await ws.MergeAsync("topic")).Status.Should().Be(MergeStatus.FastForward);
    }

    [GraphFact]
    public async Task A_workspace_can_be_reopened_by_its_working_commit_id()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "Ursula" });

        await using var other = NewContext();
        var reopened = await (await OpenRepositoryAsync(other)).OpenWorkspaceAsync(ws.Id);
        var commit = await reopened.FinalizeAsync("tester", "from another context");

        (await Repo.LogAsync("main")).Should().ContainSingle().Which.Id.Should().Be(commit.Id);
    }
}

public sealed class WorkingCommitTests_Sqlite : WorkingCommitTests<SqliteProvider>;

/// <summary>
/// Writers of one working commit take turns on PostgreSQL, where a save only adds rows and so takes no lock a finalize
/// would wait on without the working commit's row lock (on SQLite the database's write lock orders all writers).
/// </summary>
public sealed class WorkingCommitLockTests_Postgres : GraphTest<PostgresProvider>
{
    [GraphFact]
    public async Task A_finalize_waits_for_a_save_into_its_working_commit_in_progress_and_finalizes_it_too()
    {
        var book = new Book { Title = "Dune", Price = 10m };
        await CommitAsync("first", book);
        var ws = await Repo.CheckoutAsync();
        book.Price = 12m;
        await ws.SaveAsync(book);
        await using var other = NewContext();
        var writer = await (await OpenRepositoryAsync(other)).OpenWorkspaceAsync(ws.Id);

        // Another writer's save into the same working commit is in its transaction when the finalize starts.
        Commit commit;
        await using (var transaction = await other.Database.BeginTransactionAsync())
        {
            var late = await writer.SaveAsync(new Author { Name = "late" });
            var finalize = ws.FinalizeAsync("ada", "all");
            // The finalize waits on the working commit's row the save locked; without that it would finalize what it read,
            // and the save's rows would then land in a finalized commit.
            (await Task.WhenAny(finalize, Task.Delay(TimeSpan.FromSeconds(2)))).Should().NotBeSameAs(finalize, "the finalize waits for the save");
            await transaction.CommitAsync();
            commit = await finalize;
            (await (await Repo.SnapshotAsync(commit.Id.ToString())).FindAsync<Author>(late.EternalId)).Should().NotBeNull("the save committed first, so it is finalized");
        }

        (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId))!.Price.Should().Be(12m);
        (await ws.StatusAsync()).Should().BeEmpty();
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }
}
