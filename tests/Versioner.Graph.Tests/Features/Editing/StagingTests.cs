using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class StagingTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Staging_one_entity_finalizes_it_and_keeps_the_rest_in_the_working_commit()
    {
        var ws = await Repo.CheckoutAsync();
        var ursula = await ws.SaveAsync(new Author { Name = "Ursula" });
        var frank = await ws.SaveAsync(new Author { Name = "Frank" });
        var working = ws.Id;

        var status = await ws.StatusAsync();
        var commit = await ws.Stage().Include(status[ursula.EternalId]!).FinalizeAsync("ada", "Only Ursula");

        var head = await Repo.SnapshotAsync("main");
        (await head.Query<Author>().Select(a => a.Name).ToListAsync()).Should().Equal("Ursula");
        ws.Id.Should().Be(working, "the working commit goes on");
        (await Repo.FindCommitAsync(working.ToString())).Parents.Should().Equal(commit.Id);
        var rest = await ws.StatusAsync();
        rest.Added.Should().ContainSingle().Which.EternalId.Should().Be(frank.EternalId);

        var second = await ws.FinalizeAsync("ada", "Then Frank");
        second.Parents.Should().Equal(commit.Id);
        (await (await Repo.SnapshotAsync("main")).Query<Author>().CountAsync()).Should().Be(2);
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task Staging_a_single_field_commits_just_that_field()
    {
        var book = new Book { Title = "Dune", Price = 10m };
        await CommitAsync("first", book);
        var ws = await Repo.CheckoutAsync();
        book.Title = "Dune (2nd ed.)";
        book.Price = 12m;
        await ws.SaveAsync(book);

        var status = await ws.StatusAsync();
        var change = status.Single();
        var staged = await ws.Stage().Include(change, change.Fields.Single(f => f.Field == "Price")).FinalizeAsync("ada", "Price only");

        var atStaged = await (await Repo.SnapshotAsync(staged.Id.ToString())).FindAsync<Book>(book.EternalId);
        atStaged!.Price.Should().Be(12m);
        atStaged.Title.Should().Be("Dune");
        var rest = (await ws.StatusAsync()).Single();
        rest.Fields.Select(f => f.Field).Should().Equal("Title");

        await ws.FinalizeAsync("ada", "Title");
        var head = await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId);
        head!.Title.Should().Be("Dune (2nd ed.)");
        head.Price.Should().Be(12m);
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty("the staged part's version and the rest's are each their own commit's");
    }

    [GraphFact]
    public async Task Staging_a_removal_finalizes_it()
    {
        var author = new Author { Name = "Gone" };
        var other = new Author { Name = "Edited" };
        await CommitAsync("first", author, other);
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(author);
        other.Name = "Edited!";
        await ws.SaveAsync(other);

        await ws.Stage().Include(author.EternalId).FinalizeAsync("ada", "remove");

        var head = await Repo.SnapshotAsync("main");
        (await head.FindAsync<Author>(author.EternalId)).Should().BeNull();
        (await head.FindAsync<Author>(other.EternalId))!.Name.Should().Be("Edited");
    }

    [GraphFact]
    public async Task Staging_a_new_entity_by_field_is_refused()
    {
        var ws = await Repo.CheckoutAsync();
        var author = await ws.SaveAsync(new Author { Name = "New" });

        var act = () => ws.Stage().IncludeField(author.EternalId, "Name").FinalizeAsync("ada", "partial new");

        var refused = (await act.Should().ThrowAsync<InvalidStageSelectionException>()).Which;
        refused.EternalIds.Should().Equal(author.EternalId);
        refused.WorkingCommit.Should().Be(ws.Id);
        refused.Message.Should().Contain($"Author {author.EternalId} is new in it, so it is staged whole, not by field");
        (await ws.StatusAsync()).Added.Should().ContainSingle("the refused finalize changed nothing");
    }

    [GraphFact]
    public async Task Staging_a_field_the_type_does_not_have_is_refused_and_writes_nothing()
    {
        var book = new Book { Title = "Dune", Price = 10m };
        var first = await CommitAsync("first", book);
        var ws = await Repo.CheckoutAsync();
        book.Price = 12m;
        await ws.SaveAsync(book);

        var act = () => ws.Stage().IncludeField(book.EternalId, "Colour").FinalizeAsync("ada", "no such field");

        var refused = (await act.Should().ThrowAsync<InvalidStageSelectionException>()).Which;
        refused.EternalIds.Should().Equal(book.EternalId);
        refused.Message.Should().Contain("Book has no field 'Colour' to stage (its fields are: ").And.Contain("Price");
        (await Repo.FindCommitAsync("main")).Id.Should().Be(first.Id);
        (await ws.StatusAsync()).Single().Fields.Select(f => f.Field).Should().Equal("Price");
    }

    [GraphFact]
    public async Task Staging_an_entity_without_working_changes_is_refused()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "New" });
        var unchanged = EternalId.New();

        var act = () => ws.Stage().Include(unchanged).FinalizeAsync("ada", "nothing");

        var refused = (await act.Should().ThrowAsync<InvalidStageSelectionException>()).Which;
        refused.EternalIds.Should().Equal(unchanged);
        refused.Message.Should().Contain($"{unchanged} has no change in it");
        (await ws.StatusAsync()).Added.Should().ContainSingle("the refused finalize changed nothing");
    }

    [GraphFact]
    public async Task Staging_nothing_is_refused()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "New" });

        var act = () => ws.Stage().FinalizeAsync("ada", "nothing");

        await act.Should().ThrowAsync<NothingToCommitException>();
    }
}

public sealed class StagingTests_Sqlite : StagingTests<SqliteProvider>;
