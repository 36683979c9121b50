using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class BranchTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Branches_are_created_listed_renamed_and_followed_by_their_workspaces()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        var ws = await Repo.CheckoutAsync("topic");
        await ws.SaveAsync(new Author { Name = "b" });

        await Repo.RenameBranchAsync("topic", "feature");
        var commit = await ws.FinalizeAsync("ada", "on feature");

        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("feature", "main");
        (await Repo.FindCommitAsync("feature")).Id.Should().Be(commit.Id);
        commit.Parents.Should().Equal(first.Id);
        await FluentActions.Awaiting(() => Repo.CreateBranchAsync("main", "feature")).Should().ThrowAsync<ArgumentException>().WithMessage("*already exists*");
    }

    [GraphFact]
    public async Task Descendants_are_listed_in_finalize_order()
    {
        var root = await CommitAsync("root", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        var checkedOutFirst = await Repo.CheckoutAsync("topic");
        var checkedOutSecond = await Repo.CheckoutAsync("main");
        await checkedOutSecond.SaveAsync(new Author { Name = "main" });
        await checkedOutFirst.SaveAsync(new Author { Name = "topic" });
        var finalizedFirst = await checkedOutSecond.FinalizeAsync("ada", "main");
        var finalizedSecond = await checkedOutFirst.FinalizeAsync("ada", "topic");
        await checkedOutSecond.SaveAsync(new Author { Name = "main again" });
        var finalizedThird = await checkedOutSecond.FinalizeAsync("ada", "main again");

        (await Repo.DescendantsAsync(root)).Select(c => c.Id).Should().Equal(finalizedFirst.Id, finalizedSecond.Id, finalizedThird.Id);
        (await Repo.DescendantsAsync(root, new LogOptions { Skip = 1, Take = 1 })).Select(c => c.Id).Should().Equal(finalizedSecond.Id);
    }

    [GraphFact]
    public async Task Deleting_an_unmerged_branch_is_refused_unless_forced()
    {
        await CommitAsync("first", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        await CommitOnAsync("topic", "only on topic", new Author { Name = "b" });

        await FluentActions.Awaiting(() => Repo.DeleteBranchAsync("topic")).Should().ThrowAsync<BranchNotMergedException>()
            .WithMessage("*force: true*");
        await Repo.DeleteBranchAsync("topic", force: true);

        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("main");
    }

    [GraphFact]
    public async Task A_merged_branch_deletes_without_force()
    {
        await CommitAsync("first", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        await CommitOnAsync("topic", "t", new Author { Name = "b" });
        await (await Repo.CheckoutAsync("main")).MergeAsync("topic");

        await Repo.DeleteBranchAsync("topic");

        (await Repo.BranchesAsync()).Should().ContainSingle();
    }

    [GraphFact]
    public async Task Tags_name_a_commit_and_never_move()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        var tag = await Repo.CreateTagAsync("v1", "main");
        await CommitAsync("second", new Author { Name = "b" });

        (await Repo.FindCommitAsync("v1")).Id.Should().Be(first.Id);
        (await Repo.TagsAsync()).Should().Equal(tag);
        await FluentActions.Awaiting(() => Repo.CheckoutAsync("v1")).Should().ThrowAsync<ArgumentException>().WithMessage("*tags never move*");
        await FluentActions.Awaiting(() => Repo.CreateTagAsync("v1", "main")).Should().ThrowAsync<ArgumentException>();
        (await (await Repo.CheckoutDetachedAsync("v1")).Query<Author>().CountAsync()).Should().Be(1);
        await Repo.DeleteTagAsync("v1");
        (await Repo.TagsAsync()).Should().BeEmpty();
    }
}

public sealed class BranchTests_Sqlite : BranchTests<SqliteProvider>;
