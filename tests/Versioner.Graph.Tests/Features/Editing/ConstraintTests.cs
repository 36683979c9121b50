using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class ConstraintTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task A_duplicate_key_in_the_snapshot_refuses_finalize_and_names_the_entities()
    {
        var book = new Book { EternalId = EternalId.New(), Title = "Dune" };
        var first = new Revenue { Year = 2024, Amount = 10m }.WithBook(book);
        await CommitAsync("first", book, first);
        var ws = await Repo.CheckoutAsync();
        var second = await ws.SaveAsync(new Revenue { Year = 2024, Amount = 20m }.WithBook(book));

        var act = () => ws.FinalizeAsync("ada", "second revenue row");

        var violation = (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Should().ContainSingle().Subject;
        violation.Constraint.Should().Be("Revenue(BookId, Year)");
        violation.Entities.Should().BeEquivalentTo([first.EternalId, second.EternalId]);
        violation.Key.Should().Contain("2024").And.Contain(book.EternalId.ToString());
        violation.KeyValues.Should().Equal(
            KeyValuePair.Create("BookId", FieldValue.From(book.EternalId)), KeyValuePair.Create("Year", FieldValue.From(2024)));
    }

    [GraphFact]
    public async Task Two_new_duplicates_in_one_commit_are_refused()
    {
        var book = new Book { EternalId = EternalId.New(), Title = "Dune" };
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(book);
        await ws.SaveAsync(new Revenue { Year = 2024 }.WithBook(book));
        await ws.SaveAsync(new Revenue { Year = 2024 }.WithBook(book));

        await FluentActions.Awaiting(() => ws.FinalizeAsync("ada", "dupes")).Should().ThrowAsync<SnapshotConstraintException>();
    }

    [GraphFact]
    public async Task The_same_key_in_another_year_or_after_the_old_row_is_removed_is_allowed()
    {
        var book = new Book { EternalId = EternalId.New(), Title = "Dune" };
        var old = new Revenue { Year = 2024 }.WithBook(book);
        await CommitAsync("first", book, old);
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Revenue { Year = 2025 }.WithBook(book));
        await ws.RemoveAsync(old);
        await ws.SaveAsync(new Revenue { Year = 2024, Amount = 5m }.WithBook(book));

        var commit = await ws.FinalizeAsync("ada", "replace 2024, add 2025");

        commit.IsFinalized.Should().BeTrue();
    }

    [GraphFact]
    public async Task After_a_refusal_the_workspace_can_be_fixed_and_finalized()
    {
        var book = new Book { EternalId = EternalId.New(), Title = "Dune" };
        await CommitAsync("first", book, new Revenue { Year = 2024 }.WithBook(book));
        var ws = await Repo.CheckoutAsync();
        var duplicate = await ws.SaveAsync(new Revenue { Year = 2024 }.WithBook(book));
        await FluentActions.Awaiting(() => ws.FinalizeAsync("ada", "dupe")).Should().ThrowAsync<SnapshotConstraintException>();

        duplicate.Year = 2023;
        await ws.SaveAsync(duplicate);
        await ws.FinalizeAsync("ada", "fixed");

        (await (await Repo.SnapshotAsync("main")).Query<Revenue>().CountAsync()).Should().Be(2);
    }

    [GraphFact]
    public async Task A_reference_to_an_entity_missing_from_the_snapshot_is_refused()
    {
        var author = new Author { Name = "Ursula" };
        await CommitAsync("first", author);
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(author);
        await ws.SaveAsync(new Book { Title = "Orphan", AuthorId = author.EternalId });

        var act = () => ws.FinalizeAsync("ada", "orphan");

        (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Single().Key.Should().Contain("not in the snapshot");
    }

    [GraphFact]
    public async Task A_reference_to_an_entity_of_the_wrong_type_is_refused()
    {
        var tag = new Tag { Label = "sf" };
        await CommitAsync("first", tag);
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Book { Title = "Confused", AuthorId = tag.EternalId });

        var act = () => ws.FinalizeAsync("ada", "wrong type");

        (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Single().Key.Should().Contain("a Tag, not a Author");
    }
}

public sealed class ConstraintTests_Sqlite : ConstraintTests<SqliteProvider>;
