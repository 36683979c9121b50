using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class FinalizeTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Finalize_makes_a_checksummed_commit_and_moves_the_branch()
    {
        var ws = await Repo.CheckoutAsync();
        var working = ws.Id;
        await ws.SaveAsync(new Author { Name = "Ursula" });

        var commit = await ws.FinalizeAsync("ada", "Add Ursula");

        commit.IsFinalized.Should().BeTrue();
        commit.Checksum.IsEmpty.Should().BeFalse();
        commit.Author.Should().Be("ada");
        commit.Message.Should().Be("Add Ursula");
        commit.Timestamp.Should().Be(Clock.GetUtcNow());
        commit.Id.Should().Be(working);
        (await Repo.BranchesAsync()).Should().ContainSingle().Which.Should().Be(new Branch("main", commit.Id));
        ws.Id.Should().NotBe(working, "the workspace goes on with a fresh working commit");
    }

    [GraphFact]
    public async Task Commit_checksum_covers_parents_versions_removals_and_metadata()
    {
        var author = new Author { Name = "Ursula" };
        var first = await CommitAsync("first", author);
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(author);
        var tag = await ws.SaveAsync(new Tag { Label = "sf" });
        var second = await ws.FinalizeAsync("ada", "second");

        var versionContent = await (await Repo.SnapshotAsync("main")).FindContentAsync(tag.EternalId);
        var expected = new CommitContent([first.Checksum], [versionContent!.ComputeChecksum()], [author.EternalId], "ada", "second", second.Timestamp).ComputeChecksum();

        second.Checksum.Should().Be(expected);
    }

    [GraphFact]
    public async Task Finalize_refuses_when_the_branch_moved_and_changes_nothing()
    {
        await CommitAsync("first", new Author { Name = "A" });
        var mine = await Repo.CheckoutAsync();
        var theirs = await Repo.CheckoutAsync();
        await mine.SaveAsync(new Author { Name = "Mine" });
        await theirs.SaveAsync(new Author { Name = "Theirs" });
        var landed = await theirs.FinalizeAsync("them", "theirs");

        var act = () => mine.FinalizeAsync("me", "mine");

        var refused = (await act.Should().ThrowAsync<BranchMovedException>()).Which;
        refused.Actual.Should().Be(landed.Id);
        refused.Message.Should().Contain("check out 'main' again");
        (await Repo.BranchesAsync()).Single().Head.Should().Be(landed.Id);
        (await Repo.LogAsync("main")).Select(c => c.Message).Should().Equal("theirs", "first");
        (await mine.StatusAsync()).Added.Should().ContainSingle("the refused working commit keeps its changes");
    }

    [GraphFact]
    public async Task Finalize_with_no_changes_is_refused()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.FinalizeAsync("ada", "empty");

        await act.Should().ThrowAsync<NothingToCommitException>();
    }

    [GraphFact]
    public async Task Commits_chain_with_parent_links_and_depths()
    {
        var a = await CommitAsync("a", new Author { Name = "1" });
        var b = await CommitAsync("b", new Author { Name = "2" });
        var c = await CommitAsync("c", new Author { Name = "3" });

        a.Parents.Should().BeEmpty();
        b.Parents.Should().Equal(a.Id);
        c.Parents.Should().Equal(b.Id);
        c.Depth.Should().Be(2);
    }

    [GraphFact]
    public async Task A_failed_finalize_leaves_the_store_as_it_was()
    {
        var book = new Book { EternalId = EternalId.New(), Title = "Dune" };
        await CommitAsync("first", book, new Revenue { Year = 2024 }.WithBook(book));
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Revenue { Year = 2024 }.WithBook(book));
        var before = await Db.CountRowsAsync("versioner_commits");

        var act = () => ws.FinalizeAsync("ada", "duplicate revenue");

        await act.Should().ThrowAsync<SnapshotConstraintException>();
        (await Db.CountRowsAsync("versioner_commits")).Should().Be(before);
        (await Db.CountRowsAsync("versioner_commits", "state = 1")).Should().Be(1);
        (await Repo.LogAsync("main")).Should().ContainSingle();
        (await ws.StatusAsync()).Added.Should().ContainSingle();
    }

    [GraphFact]
    public async Task Concurrent_workspaces_in_separate_contexts_land_one_after_another()
    {
        await CommitAsync("first", new Author { Name = "A" });
        await using var otherDb = NewContext();
        var otherRepo = await OpenRepositoryAsync(otherDb);
        var mine = await Repo.CheckoutAsync();
        var theirs = await otherRepo.CheckoutAsync();
        await mine.SaveAsync(new Author { Name = "Mine" });
        await theirs.SaveAsync(new Author { Name = "Theirs" });

        await theirs.FinalizeAsync("them", "theirs");
        await FluentActions.Awaiting(() => mine.FinalizeAsync("me", "mine")).Should().ThrowAsync<BranchMovedException>();

        var retry = await Repo.CheckoutAsync();
        await retry.SaveAsync(new Author { Name = "Mine" });
        await retry.FinalizeAsync("me", "mine, rebased");
        (await Repo.LogAsync("main")).Select(c => c.Message).Should().Equal("mine, rebased", "theirs", "first");
    }

    [GraphFact]
    public async Task Many_writers_finalizing_at_once_each_land_or_are_told_the_branch_moved()
    {
        await CommitAsync("base", new Author { Name = "base" });
        const int Writers = 6;
        const int AttemptsEach = 6;
        var landed = new System.Collections.Concurrent.ConcurrentBag<Commit>();
        var refused = 0;

        async Task WriteAsync(int writer)
        {
            await using var db = NewContext();
            var repo = await OpenRepositoryAsync(db);
            for (var attempt = 0; attempt < AttemptsEach; attempt++)
            {
                var ws = await repo.CheckoutAsync("main");
                await ws.SaveAsync(new Author { Name = $"writer {writer} attempt {attempt}" });
                try
                {
                    landed.Add(await ws.FinalizeAsync($"writer {writer}", $"attempt {attempt}"));
                }
                catch (BranchMovedException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w))));

        landed.Count.Should().BeGreaterThan(0);
        (landed.Count + refused).Should().Be(Writers * AttemptsEach, "every finalize either lands or is refused");
        var log = await Repo.LogAsync("main", new LogOptions { Take = 1000 });
        log.Should().HaveCount(landed.Count + 1, "no landed commit is lost and none is duplicated");
        log.Select(c => c.Id).Should().OnlyHaveUniqueItems().And.Contain(landed.Select(c => c.Id));
        for (var i = 0; i + 1 < log.Count; i++)
        {
            log[i].Parents.Should().Equal([log[i + 1].Id], "the branch history is a chain");
        }

        (await (await Repo.SnapshotAsync("main")).Query<Author>().CountAsync()).Should().Be(landed.Count + 1);
        (await Repo.VerifyAsync()).IsValid.Should().BeTrue();
    }

    [GraphFact]
    public async Task Writers_on_their_own_branches_never_refuse_each_other()
    {
        await CommitAsync("base", new Author { Name = "base" });
        const int Writers = 8;
        const int CommitsEach = 5;
        for (var writer = 0; writer < Writers; writer++)
        {
            await Repo.CreateBranchAsync($"worker-{writer}", "main");
        }

        async Task WriteAsync(int writer)
        {
            await using var db = NewContext();
            var repo = await OpenRepositoryAsync(db);
            var ws = await repo.CheckoutAsync($"worker-{writer}");
            for (var i = 0; i < CommitsEach; i++)
            {
                await ws.SaveAsync(new Author { Name = $"writer {writer} commit {i}" });
                await ws.FinalizeAsync($"writer {writer}", $"commit {i}");
            }
        }

        // Every writer finalizes on a branch of its own: none may be refused, whatever the interleaving.
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(w))));

        for (var writer = 0; writer < Writers; writer++)
        {
            var log = await Repo.LogAsync($"worker-{writer}", new LogOptions { Take = 100 });
            log.Select(c => c.Message).Should().Equal(Enumerable.Range(0, CommitsEach).Reverse().Select(i => $"commit {i}").Append("base"));
            (await (await Repo.SnapshotAsync($"worker-{writer}")).Query<Author>().CountAsync()).Should().Be(CommitsEach + 1);
        }

        var report = await Repo.VerifyAsync();
        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Commits.Should().Be(1 + Writers * CommitsEach);
    }

    [GraphFact]
    public async Task Concurrent_merges_into_one_branch_each_land_or_are_told_the_branch_moved()
    {
        await CommitAsync("base", new Author { Name = "base" });
        const int Mergers = 8;
        for (var topic = 0; topic < Mergers; topic++)
        {
            await Repo.CreateBranchAsync($"topic-{topic}", "main");
            var ws = await Repo.CheckoutAsync($"topic-{topic}");
            await ws.SaveAsync(new Author { Name = $"topic {topic}" });
            await ws.FinalizeAsync("ada", $"topic {topic}");
        }

        // Main moves first, so no merge is a fast-forward: each makes a merge commit of its own.
        await CommitAsync("main moves", new Author { Name = "on main" });
        var landed = new System.Collections.Concurrent.ConcurrentBag<Commit>();
        var refused = 0;

        // Every merger is ready (its own connection, its workspace checked out) before any starts, so they overlap.
        var workspaces = new List<Workspace>();
        for (var topic = 0; topic < Mergers; topic++)
        {
            workspaces.Add(await (await OpenRepositoryAsync(NewContext())).CheckoutAsync("main"));
        }

        async Task MergeAsync(Workspace ws, int topic)
        {
            try
            {
                var result = await ws.MergeAsync($"topic-{topic}");
                result.Status.Should().Be(MergeStatus.Merged);
                landed.Add(result.Commit!);
            }
            catch (BranchMovedException)
            {
                Interlocked.Increment(ref refused);
            }
        }

        await Task.WhenAll(workspaces.Select((ws, t) => Task.Run(() => MergeAsync(ws, t))));

        landed.Should().NotBeEmpty();
        (landed.Count + refused).Should().Be(Mergers, "each merge either lands or is told the branch moved");
        var log = await Repo.LogAsync("main", new LogOptions { Take = 100 });
        log.Select(c => c.Id).Should().Contain(landed.Select(c => c.Id));
        (await Repo.VerifyAsync()).IsValid.Should().BeTrue();
    }
}

public sealed class FinalizeTests_Sqlite : FinalizeTests<SqliteProvider>;
