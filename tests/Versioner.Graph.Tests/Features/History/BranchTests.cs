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
        await FluentActions.Awaiting(() => Repo.CreateBranchAsync("main", "feature")).Should().ThrowAsync<RefNameTakenException>().WithMessage("*already exists*");
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
    public async Task Ancestors_and_descendants_across_repeated_merges_list_each_commit_once()
    {
        // Every merge joins two lines that share all earlier commits: the paths to the root multiply with each merge,
        // the commits do not (the walk SQL Server writes as a loop instead of a recursive UNION must keep this).
        var root = await CommitAsync("root", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        var made = new List<CommitId>();
        Commit? last = null;
        for (var i = 0; i < 4; i++)
        {
            made.Add((await CommitOnAsync("topic", $"topic {i}", new Author { Name = $"t{i}" })).Id);
            made.Add((await CommitAsync($"main {i}", new Author { Name = $"m{i}" })).Id);
            var merged = await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { Author = "ada", FastForward = FastForwardMode.Never });
            merged.Status.Should().Be(MergeStatus.Merged);
            last = merged.Commit!;
            made.Add(last.Id);
        }

        var ancestors = (await Repo.AncestorsAsync(last!.Id.ToString())).Select(c => c.Id).ToList();
        var descendants = (await Repo.DescendantsAsync(root)).Select(c => c.Id).ToList();

        ancestors.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(made.SkipLast(1).Append(root.Id));
        descendants.Should().Equal(made, "each commit once, in finalize order");
        (await Repo.AncestorsAsync(last.Id.ToString(), new LogOptions { Skip = 2, Take = 3 })).Select(c => c.Id).Should().Equal(ancestors.Skip(2).Take(3));
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
        var refused = (await FluentActions.Awaiting(() => Repo.CheckoutAsync("v1")).Should().ThrowAsync<NotABranchException>().WithMessage("*tags never move*")).Which;
        refused.Name.Should().Be("v1");
        refused.IsInvalidInput.Should().BeTrue("the name given is a tag's, where a branch's is wanted");
        await FluentActions.Awaiting(() => Repo.CreateTagAsync("v1", "main")).Should().ThrowAsync<RefNameTakenException>();
        (await (await Repo.CheckoutDetachedAsync("v1")).Query<Author>().CountAsync()).Should().Be(1);
        await Repo.DeleteTagAsync("v1");
        (await Repo.TagsAsync()).Should().BeEmpty();
    }
}

public sealed class BranchTests_Sqlite : BranchTests<SqliteProvider>;
