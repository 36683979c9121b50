using System.Text.Json;
using Versioner.Internal;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// <see cref="Snapshot.FindAsync{T}"/> on a path longer than the statements write inline (a branch with a range per
/// fork, as a database placed before the placement rule keeps): the entity's own change rows decide there, the first
/// the path holds, so every answer a short path gives must hold on it too: removals, re-additions by a revert,
/// entities of another type or documents, the working commit's own rows, and pruned versions.
/// </summary>
public abstract class LongPathFindTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>Commits on main, each forking (a branch base-k left at main's tip), past the inline limit.</summary>
    private async Task<List<Commit>> ForkingStepsAsync(int count, Func<int, Workspace, Task> step)
    {
        var commits = new List<Commit>();
        for (var k = 1; k <= count; k++)
        {
            await Repo.CreateBranchAsync($"base-{k}", "main");
            var ws = await Repo.CheckoutAsync("main");
            await step(k, ws);
            await ws.SaveAsync(new Book { Title = $"filler {k}" });
            commits.Add(await ws.FinalizeAsync("dev", $"step {k}"));
        }

        return commits;
    }

    [GraphFact]
    public async Task Find_on_a_path_of_many_forks_answers_as_on_a_short_path()
    {
        var author = new Author { Name = "v1" };
        var removed = new Book { Title = "removed" };
        var returning = new Book { Title = "returning" };
        await CommitAsync("start", author, removed, returning);
        var invoice = await (await Repo.CheckoutAsync("main")).SaveDocumentAsync("Invoice", default, JsonDocument.Parse("""{"number": 1}""").RootElement);
        var steps = await ForkingStepsAsync(AncestryPath.InlineLimit + 8, async (k, ws) =>
        {
            switch (k)
            {
                case 3:
                    author.Name = "v2";
                    await ws.SaveAsync(author);
                    break;
                case 5:
                    await ws.RemoveAsync(removed);
                    break;
                case 7:
                    await ws.RemoveAsync(returning);
                    break;
                case 35:
                    author.Name = "v3";
                    await ws.SaveAsync(author);
                    break;
                case 37:
                    author.Name = "v4";
                    await ws.SaveAsync(author);
                    break;
            }
        });
        (await (await Repo.CheckoutAsync("main")).RevertAsync(steps[6], new MergeOptions { Author = "ada" })).Status.Should().Be(MergeStatus.Merged);

        var head = await Repo.SnapshotAsync("main");
        head.PathRangeCount.Should().BeGreaterThan(AncestryPath.InlineLimit);
        (await head.FindAsync<Author>(author.EternalId))!.Name.Should().Be("v4");
        (await head.FindAsync<Book>(removed.EternalId)).Should().BeNull("its newest change on the path removes it");
        (await head.FindAsync<Book>(returning.EternalId))!.Title.Should().Be("returning", "the revert adopts its version back");
        (await head.FindAsync<Book>(author.EternalId)).Should().BeNull("it is an author");
        (await head.FindAsync<Book>(invoice.EternalId)).Should().BeNull("it is a document");
        (await head.FindAsync<Author>(EternalId.New())).Should().BeNull();

        // An earlier commit on the same line, itself past the inline limit, reads its own state.
        var beforeLast = await Repo.SnapshotAsync(steps[35].Id);
        beforeLast.PathRangeCount.Should().BeGreaterThan(AncestryPath.InlineLimit);
        (await beforeLast.FindAsync<Author>(author.EternalId))!.Name.Should().Be("v3");
        (await beforeLast.FindAsync<Book>(returning.EternalId)).Should().BeNull("removed there, not yet reverted");

        // The working commit's own rows decide for its snapshot.
        var ws = await Repo.CheckoutAsync("main");
        author.Name = "working";
        await ws.SaveAsync(author);
        await ws.RemoveAsync(returning);
        var working = await ws.SnapshotAsync();
        working.PathRangeCount.Should().BeGreaterThan(AncestryPath.InlineLimit);
        (await working.FindAsync<Author>(author.EternalId))!.Name.Should().Be("working");
        (await working.FindAsync<Book>(returning.EternalId)).Should().BeNull();
        await ws.DiscardAsync();

        // v3, current only where no branch points any more, is pruned: a read as of it says so.
        await Repo.DeleteBranchAsync("base-36", force: true);
        await Repo.DeleteBranchAsync("base-37", force: true);
        (await Repo.ApplyRetentionAsync(new RetentionPolicy { NoncurrentFor = TimeSpan.Zero, KeepNewest = 1 })).Versions.Should().BeGreaterThan(0);
        var pruned = async () => await (await Repo.SnapshotAsync(steps[35].Id)).FindAsync<Author>(author.EternalId);
        await pruned.Should().ThrowAsync<VersionPrunedException>();
        (await (await Repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId))!.Name.Should().Be("v4");
    }
}

public sealed class LongPathFindTests_Sqlite : LongPathFindTests<SqliteProvider>;

public sealed class LongPathFindTests_Postgres : LongPathFindTests<PostgresProvider>;
