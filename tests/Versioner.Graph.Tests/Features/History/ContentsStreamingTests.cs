using FluentAssertions;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// <c>Snapshot.ContentsAsync</c> streams a type's rows in eternal-id order a page at a time, so a caller may use the
/// same repository between rows (look up a referenced entity, say) on every engine: PostgreSQL allows one open
/// command per connection, and the stream holds none between pages.
/// </summary>
public abstract class ContentsStreamingTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Every_row_streams_in_eternal_id_order_across_pages_while_the_caller_reads_between_rows()
    {
        var frank = new Author { Name = "Frank Herbert" };
        await CommitAsync("author", frank);
        var books = Enumerable.Range(0, 1_234).Select(i => new Book { Title = $"Book {i}", AuthorId = frank.EternalId }).ToArray();
        await CommitAsync("books", books);
        var snapshot = await Repo.SnapshotAsync("main");

        var seen = new List<EternalId>();
        await foreach (var book in snapshot.ContentsAsync("Book"))
        {
            seen.Add(book.EternalId);
            var author = await snapshot.FindContentAsync(frank.EternalId); // another query on the same connection, mid-stream
            author!["Name"].ToObject().Should().Be("Frank Herbert");
        }

        seen.Should().HaveCount(books.Length).And.OnlyHaveUniqueItems();
        seen.Should().BeEquivalentTo(books.Select(b => b.EternalId));
        seen.Select(id => id.ToString()).Should().BeInAscendingOrder(StringComparer.Ordinal, "pages continue where the last one ended, in eternal-id order");
    }

    [GraphFact]
    public async Task Documents_stream_the_same_way_through_ContentsAsync_and_DocumentsAsync()
    {
        var ws = await Repo.CheckoutAsync("main");
        var ids = Enumerable.Range(0, 1_050).Select(_ => EternalId.New()).ToArray();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await ws.SaveDocumentAsync("Invoice", id, System.Text.Json.JsonDocument.Parse($$"""{"number": {{i}}}""").RootElement);
        }

        await ws.FinalizeAsync("ada", "invoices");
        var snapshot = await Repo.SnapshotAsync("main");

        var seen = new List<EternalId>();
        await foreach (var invoice in snapshot.ContentsAsync("Invoice"))
        {
            seen.Add(invoice.EternalId);
            (await snapshot.FindDocumentAsync("Invoice", invoice.EternalId)).Should().NotBeNull();
        }

        seen.Should().BeEquivalentTo(ids);
        seen.Select(id => id.ToString()).Should().BeInAscendingOrder(StringComparer.Ordinal);

        var documents = new List<EternalId>();
        await foreach (var document in snapshot.DocumentsAsync("Invoice"))
        {
            documents.Add(document.EternalId);
            (await snapshot.FindDocumentAsync("Invoice", document.EternalId)).Should().NotBeNull();
        }

        documents.Should().Equal(seen, "DocumentsAsync streams the same rows in the same order");
    }
}

public sealed class SqliteContentsStreamingTests : ContentsStreamingTests<SqliteProvider>;

public sealed class PostgresContentsStreamingTests : ContentsStreamingTests<PostgresProvider>;
