using System.Text.Json;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// <see cref="Repository.EntityTypesAsync"/>: which entity types the database holds history of, typed and documents,
/// a type whose entities were all removed included, the same through a model-free, read-only opening.
/// </summary>
public abstract class EntityTypesTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Every_type_some_commit_changed_is_listed_in_ordinal_order_removed_ones_too_untouched_ones_not()
    {
        (await Repo.EntityTypesAsync()).Should().BeEmpty("no commit has changed anything yet");

        var frank = new Author { Name = "Frank Herbert" };
        var invoice = EternalId.New();
        var ws = await Repo.CheckoutAsync("main");
        await ws.SaveAsync(frank);
        var dune = new Book { Title = "Dune", AuthorId = frank.EternalId };
        await ws.SaveAsync(dune);
        using (var data = JsonDocument.Parse("""{"number": 1}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, data.RootElement);
            await ws.SaveDocumentAsync("appendix", EternalId.New(), data.RootElement);
        }

        await ws.FinalizeAsync("ada", "add");
        ws = await Repo.CheckoutAsync("main");
        await ws.RemoveAsync<Book>(dune.EternalId);
        await ws.RemoveDocumentAsync("Invoice", invoice);
        await ws.FinalizeAsync("ada", "remove every Book and Invoice");

        var types = await Repo.EntityTypesAsync();
        await using var connection = Provider.NewConnection(readOnlyAccess: true);
        await using var tool = await Repository.OpenAsync(connection, new RepositoryOptions { ReadOnly = true });
        var fromTool = await tool.EntityTypesAsync();

        types.Should().Equal(["Author", "Book", "Invoice", "appendix"], "ordinal order on every engine, whatever its collation; Tag was never saved");
        fromTool.Should().Equal(types, "a tool without the application's classes gets the same answer, reading only");
        (await (await Repo.SnapshotAsync("main")).ContentsAsync("Invoice").ToListAsync()).Should().BeEmpty("listed, yet nothing of it is current");
    }
}

public sealed class EntityTypesTests_Sqlite : EntityTypesTests<SqliteProvider>;

public sealed class EntityTypesTests_Postgres : EntityTypesTests<PostgresProvider>;
