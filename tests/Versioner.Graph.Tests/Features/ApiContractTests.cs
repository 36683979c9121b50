using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>Options and strategies mean one thing everywhere: applied, or refused where they do not apply.</summary>
public abstract class ApiContractTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task A_log_that_stops_at_its_page_size_says_more_follow()
    {
        for (var i = 0; i < 3; i++)
        {
            await CommitAsync($"c{i}", new Author { Name = $"a{i}" });
        }

        var first = await Repo.LogAsync("main", new LogOptions { Take = 2 });
        var rest = await Repo.LogAsync("main", new LogOptions { Take = 2, Skip = first.Count });
        var all = await Repo.LogAsync("main");
        var dag = await Repo.LogAsync("main", new LogOptions { Take = 2, FirstParentOnly = false });

        first.Select(c => c.Message).Should().Equal("c2", "c1");
        first.HasMore.Should().BeTrue();
        rest.Select(c => c.Message).Should().Equal("c0");
        rest.HasMore.Should().BeFalse();
        all.Should().HaveCount(3);
        all.HasMore.Should().BeFalse();
        dag.Should().HaveCount(2);
        dag.HasMore.Should().BeTrue();
    }

    [GraphFact]
    public async Task History_ancestors_and_descendants_refuse_the_log_filters_they_do_not_apply()
    {
        var author = new Author { Name = "a" };
        var first = await CommitAsync("first", author);
        author.Name = "b";
        await CommitAsync("second", author);

        var history = () => Repo.HistoryAsync(author.EternalId, "main", new LogOptions { Author = "tester" });
        var allParents = () => Repo.HistoryAsync(author.EternalId, "main", new LogOptions { FirstParentOnly = false });
        var ancestors = () => Repo.AncestorsAsync("main", new LogOptions { EntityType = "Author" });
        var descendants = () => Repo.DescendantsAsync(first.Id, new LogOptions { Since = DateTimeOffset.UnixEpoch });

        (await history.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("HistoryAsync pages with Take and Skip only; it does not apply Author");
        (await allParents.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("FirstParentOnly = false");
        (await ancestors.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("AncestorsAsync").And.Contain("EntityType");
        (await descendants.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("DescendantsAsync").And.Contain("Since");
        (await Repo.HistoryAsync(author.EternalId, "main", new LogOptions { Take = 1 })).Should().ContainSingle();
        (await Repo.DescendantsAsync(first.Id, new LogOptions { Take = 1 })).Should().ContainSingle();
    }

    [GraphFact]
    public async Task Conflict_leaves_a_conflict_in_a_policy_and_is_refused_by_ResolveAsync_which_takes_Manual()
    {
        var book = new Book { Title = "Base" };
        await CommitAsync("base", book);
        await Repo.CreateBranchAsync("topic", "main");
        book.Title = "Ours";
        await CommitAsync("ours", book);
        var theirs = (await (await Repo.SnapshotAsync("topic")).FindAsync<Book>(book.EternalId))!;
        theirs.Title = "Theirs";
        await CommitOnAsync("topic", "theirs", theirs);
        var ws = await Repo.CheckoutAsync("main");
        var conflict = (await ws.MergeAsync("topic", new MergeOptions { Policy = new MergePolicy().Resolve("Book", MergeStrategy.Conflict) })).Conflicts.Single();

        var resolveWithConflict = () => ws.ResolveAsync(conflict, MergeStrategy.Conflict);
        var policyWithManual = () => new MergePolicy().Resolve("Book", "Title", MergeStrategy.Manual);

        (await resolveWithConflict.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("Manual");
        policyWithManual.Should().Throw<ArgumentException>().Which.Message.Should().Contain("ResolveAsync");
        (await ws.ConflictsAsync()).Should().ContainSingle("a refused resolution resolves nothing");
        await ws.ResolveAsync(conflict, MergeStrategy.Manual);
        (await ws.ConflictsAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task Opening_a_workspace_on_a_finalized_commit_says_it_is_finalized()
    {
        var commit = await CommitAsync("c", new Author { Name = "a" });

        var act = () => Repo.OpenWorkspaceAsync(commit.Id);

        (await act.Should().ThrowAsync<WorkingCommitFinalizedException>()).Which.Commit.Should().Be(commit.Id);
    }

    [GraphFact]
    public async Task A_workspace_whose_working_commit_was_finalized_elsewhere_refuses_to_save()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "a" });
        var elsewhere = await Repo.OpenWorkspaceAsync(ws.Id);
        await elsewhere.FinalizeAsync("bob", "finalized elsewhere");

        var act = () => ws.SaveAsync(new Author { Name = "b" });

        (await act.Should().ThrowAsync<WorkingCommitFinalizedException>()).Which.Message.Should().Contain("Check the branch out again");
    }

    [GraphFact]
    public async Task Merging_into_a_workspace_with_changes_is_refused_as_uncommitted_changes()
    {
        await CommitAsync("base", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        await CommitOnAsync("topic", "theirs", new Author { Name = "t" });
        var ws = await Repo.CheckoutAsync("main");
        await ws.SaveAsync(new Author { Name = "not finalized" });

        var act = () => ws.MergeAsync("topic");

        (await act.Should().ThrowAsync<UncommittedChangesException>()).Which.WorkingCommit.Should().Be(ws.Id);
    }
}

public sealed class ApiContractTests_Sqlite : ApiContractTests<SqliteProvider>;

public sealed class ApiContractTests_Postgres : ApiContractTests<PostgresProvider>;
