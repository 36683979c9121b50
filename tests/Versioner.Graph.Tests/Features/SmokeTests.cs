using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class SmokeTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [Fact]
    public async Task Edit_finalize_and_read_back()
    {
        var ws = await Repo.CheckoutAsync();
        var author = await ws.SaveAsync(new Author { Name = "Frank Herbert" });
        var scifi = await ws.SaveAsync(new Tag { Label = "sci-fi" });
        var book = await ws.SaveAsync(new Book { Title = "Dune", Price = 9.99m, AuthorId = author.EternalId, Tags = EternalIdSet.Of(scifi.EternalId), Blurb = "A desert planet." });
        var first = await ws.FinalizeAsync("ada", "First");
        first.Checksum.IsEmpty.Should().BeFalse();

        book.Title = "Dune (2nd ed.)";
        await ws.SaveAsync(book);
        var second = await ws.FinalizeAsync("ada", "Second");

        var head = await Repo.SnapshotAsync("main");
        var books = await head.Query<Book>().ToListAsync();
        books.Should().ContainSingle().Which.Title.Should().Be("Dune (2nd ed.)");
        books[0].Tags.Should().ContainSingle().Which.Should().Be(scifi.EternalId);
        books[0].Blurb!.Value.Should().Be("A desert planet.");

        var past = await Repo.SnapshotAsync(first.Checksum.ToString(7));
        (await past.Query<Book>().SingleAsync()).Title.Should().Be("Dune");

        var log = await Repo.LogAsync("main");
        log.Select(c => c.Message).Should().Equal("Second", "First");

        var diff = await Repo.DiffAsync("main~1", "main");
        diff.ToString().Should().Be("+0 ~1 -0");
        diff[0].Fields.Should().ContainSingle().Which.Field.Should().Be("Title");
        (await head.QueryContaining<Book>(b => b.Tags, scifi.EternalId).CountAsync()).Should().Be(1);
        second.Parents.Should().Equal(first.Id);
    }
}

public sealed class SmokeTests_Sqlite : SmokeTests<SqliteProvider>;
