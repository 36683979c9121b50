using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class PointerTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task An_unchanged_set_and_large_text_are_shared_not_copied()
    {
        var sf = new Tag { Label = "sf" };
        var classic = new Tag { Label = "classic" };
        await CommitAsync("tags", sf, classic);
        var book = new Book { Title = "Dune", Tags = EternalIdSet.Of(sf.EternalId, classic.EternalId), Blurb = new string('x', 10_000) };
        await CommitAsync("book", book);
        var pointers = await Db.CountRowsAsync("versioner_pointers");

        book.Price = 9.99m;
        await CommitAsync("price", book);

        (await Db.CountRowsAsync("versioner_pointers")).Should().Be(pointers);
        (await Db.CountRowsAsync("Books")).Should().Be(2);
        var head = await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId);
        head!.Tags.Should().BeEquivalentTo([sf.EternalId, classic.EternalId]);
        head.Blurb!.Value.Should().HaveLength(10_000);
    }

    [GraphFact]
    public async Task A_many_to_many_relation_reads_from_both_sides_as_of_any_commit()
    {
        var sf = new Tag { Label = "sf" };
        var fantasy = new Tag { Label = "fantasy" };
        await CommitAsync("tags", sf, fantasy);
        var dune = new Book { Title = "Dune", Tags = EternalIdSet.Of(sf.EternalId) };
        var lotr = new Book { Title = "LotR", Tags = EternalIdSet.Of(fantasy.EternalId) };
        var before = await CommitAsync("books", dune, lotr);
        lotr.Tags = lotr.Tags.Add(sf.EternalId);
        await CommitAsync("lotr is sf too", lotr);

        var then = await Repo.SnapshotAsync(before.Id.ToString());
        var now = await Repo.SnapshotAsync("main");

        (await then.QueryContaining<Book>(b => b.Tags, sf.EternalId).Select(b => b.Title).ToListAsync()).Should().Equal("Dune");
        (await now.QueryContaining<Book>(b => b.Tags, sf.EternalId).Select(b => b.Title).OrderBy(t => t).ToListAsync()).Should().Equal("Dune", "LotR");
        (await now.FindAsync<Book>(lotr.EternalId))!.Tags.Should().HaveCount(2);
    }

    [GraphFact]
    public async Task Diff_reports_set_members_added_and_removed()
    {
        var a = new Tag { Label = "a" };
        var b = new Tag { Label = "b" };
        var c = new Tag { Label = "c" };
        await CommitAsync("tags", a, b, c);
        var book = new Book { Title = "T", Tags = EternalIdSet.Of(a.EternalId, b.EternalId) };
        await CommitAsync("book", book);
        book.Tags = book.Tags.Remove(a.EternalId).Add(c.EternalId);
        await CommitAsync("retag", book);

        var change = (await Repo.DiffAsync("main~1", "main")).Single().Fields.Single();

        change.Field.Should().Be("Tags");
        change.MembersAdded.Should().Equal(c.EternalId);
        change.MembersRemoved.Should().Equal(a.EternalId);
    }

    [GraphFact]
    public async Task Entities_read_by_a_plain_DbSet_query_load_their_pointers_once_bound()
    {
        var tag = new Tag { Label = "t" };
        await CommitAsync("tag", tag);
        await CommitAsync("book", new Book { Title = "Dune", Tags = EternalIdSet.Of(tag.EternalId), Blurb = "desert" });
        var reader = NewContext();
        var books = await reader.Books.AsNoTracking().ToListAsync();

        FluentActions.Invoking(() => books[0].Blurb!.Value).Should().Throw<VersionerException>().WithMessage("*LoadPointers*");

        (await OpenRepositoryAsync(reader)).LoadPointers(books);
        books[0].Blurb!.Value.Should().Be("desert");
        books[0].Tags.Should().Equal(tag.EternalId);
    }

    [GraphFact]
    public async Task Pointer_contents_of_many_entities_load_in_one_round_trip()
    {
        var tag = new Tag { Label = "t" };
        await CommitAsync("tag", tag);
        var books = Enumerable.Range(0, 50).Select(i => new Book { Title = $"B{i}", Tags = EternalIdSet.Of(tag.EternalId), Blurb = $"blurb {i}" }).ToArray();
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAllAsync(books);
        await ws.FinalizeAsync("ada", "books");

        var reader = NewContext();
        var snapshot = await (await OpenRepositoryAsync(reader)).SnapshotAsync("main");
        var loaded = await snapshot.Query<Book>().ToListAsync();

        loaded.Sum(b => b.Blurb!.Value.Length + b.Tags.Count).Should().Be(50 + Enumerable.Range(0, 50).Sum(i => $"blurb {i}".Length));
        Versioner.Internal.PointerLoader.For(reader).RoundTrips.Should().Be(1);
    }
}

public sealed class PointerTests_Sqlite : PointerTests<SqliteProvider>;
