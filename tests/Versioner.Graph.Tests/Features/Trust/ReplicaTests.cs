using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Testing.Model;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// <see cref="Repository.CreateReplicaAsync"/>: a database without Versioner tables becomes an empty replica from the
/// source's descriptions alone (no application model), a push fills it, and Verify and compare find the two the same;
/// on the same engine and on the other.
/// </summary>
public abstract class ReplicaTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly List<IAsyncDisposable> _opened = [];

    public override async Task DisposeAsync()
    {
        foreach (var opened in Enumerable.Reverse(_opened))
        {
            await opened.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>A history of every value kind (an enum among them), references, a pin, members, a document removed and a merge, in a database of its own.</summary>
    protected async Task<(Repository Typed, TestProvider Database)> RichSourceAsync()
    {
        var database = NewDatabase<TProvider>();
        var context = new ValuesContext(await database.CreateAsync<ValuesContext>());
        _opened.Add(context);
        await context.Database.EnsureCreatedAsync();
        var source = await OpenRepositoryAsync(context);
        var ws = await source.CheckoutAsync();
        var plain = await ws.SaveAsync(new Specimen());
        var rich = ValueTests<TProvider>.Extremes();
        rich.Other = plain.EternalId;
        rich.Exact = plain.VersionId;
        rich.Members = EternalIdSet.Of(plain.EternalId);
        await ws.SaveAsync(rich);
        var invoice = EternalId.New();
        using (var data = JsonDocument.Parse("""{"number": 17, "total": 12.50}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, data.RootElement);
        }

        await ws.FinalizeAsync("ada", "specimens");
        await source.CreateBranchAsync("topic", "main");
        var topic = await source.CheckoutAsync("topic");
        rich.Text = "on topic";
        await topic.SaveAsync(rich);
        await topic.RemoveDocumentAsync("Invoice", invoice);
        await topic.FinalizeAsync("bob", "edit on topic");
        await source.CreateTagAsync("v1", "topic");
        ws = await source.CheckoutAsync("main");
        await ws.SaveAsync(new Specimen { Text = "on main" });
        await ws.FinalizeAsync("ada", "edit on main");
        ws = await source.CheckoutAsync("main");
        await ws.MergeAsync("topic", new MergeOptions { FastForward = FastForwardMode.Never, Author = "ada", Message = "merge topic" });
        return (source, database);
    }

    private async Task<Repository> OpenBareAsync(TestProvider database)
    {
        var connection = database.NewConnection();
        _opened.Add(connection);
        var repo = await Repository.OpenAsync(connection);
        _opened.Add(repo);
        return repo;
    }

    /// <summary>Creates a replica of <paramref name="source"/> in a new database on <typeparamref name="TTarget"/>'s engine, pushes both branches, and checks the two are the same.</summary>
    protected async Task ReplicateAsync<TTarget>(Repository source)
        where TTarget : TestProvider, new()
    {
        var target = NewDatabase<TTarget>();
        await target.CreateAsync<ValuesContext>(); // an empty database (a SQLite file is made by the opening)
        var connection = target.NewConnection();
        _opened.Add(connection);

        var replica = await source.CreateReplicaAsync(connection);
        _opened.Add(replica);
        var empty = await replica.EntityTypesAsync();
        var pushed = await source.PushAsync(replica, "main");
        await source.PushAsync(replica, "topic");

        empty.Should().BeEmpty("a replica starts with no history");
        pushed.Commits.Should().Be(4);
        (await replica.SchemaAsync()).Select(t => t.Name).Should().Equal((await source.SchemaAsync()).Select(t => t.Name));
        (await replica.VerifyAsync()).Issues.Should().BeEmpty();
        (await source.CompareAsync(replica)).IsIdentical.Should().BeTrue("the same commits, checksums, refs and tags");
        (await replica.FindCommitAsync("v1")).Should().NotBeNull("tags travel with the push");
        var there = await (await replica.SnapshotAsync("main")).ContentsAsync("Specimen").ToListAsync();
        var here = await (await source.SnapshotAsync("main")).ContentsAsync("Specimen").ToListAsync();
        there.Select(c => c.ComputeChecksum()).Should().Equal(here.Select(c => c.ComputeChecksum()));

        // The replica reopens without a model, and with the application's: its descriptions and field sets are the source's.
        await using var reopened = target.NewConnection();
        await using var tool = await Repository.OpenAsync(reopened);
        (await tool.VerifyAsync()).Issues.Should().BeEmpty();
        await using var app = new ValuesContext(target.OptionsFor<ValuesContext>());
        var typed = await Repository.OpenAsync(app);
        var ws = await typed.CheckoutAsync("main");
        await ws.SaveAsync(new Specimen { Text = "written by the application on the replica" });
        await ws.FinalizeAsync("ada", "after the replica");
        (await typed.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_replica_on_the_same_engine_from_a_source_opened_with_its_model()
    {
        var (source, _) = await RichSourceAsync();

        await ReplicateAsync<TProvider>(source);
    }

    [GraphFact]
    public async Task A_replica_on_the_same_engine_from_a_source_opened_without_a_model()
    {
        var (_, database) = await RichSourceAsync();

        await ReplicateAsync<TProvider>(await OpenBareAsync(database));
    }

    [GraphFact]
    public async Task A_database_with_Versioner_tables_is_refused_and_left_as_it_was()
    {
        await CommitAsync("one", new Author { Name = "Frank Herbert" });
        var (otherDb, other) = await OpenOtherDatabaseAsync<TProvider>();

        var act = () => Repo.CreateReplicaAsync(otherDb.Database.GetDbConnection());

        await act.Should().ThrowAsync<VersionerDatabaseExistsException>().WithMessage("The database holds Versioner's tables already*push into it instead.");
        (await other.EntityTypesAsync()).Should().BeEmpty();
        (await Repo.PushAsync(other, "main")).Commits.Should().Be(1, "it is still the database it was");
    }
}

public sealed class ReplicaTests_Sqlite : ReplicaTests<SqliteProvider>;

public sealed class ReplicaTests_Postgres : ReplicaTests<PostgresProvider>
{
    [GraphFact]
    public async Task A_replica_of_PostgreSQL_in_SQLite_and_back_takes_each_engines_own_column_types()
    {
        var (source, _) = await RichSourceAsync();

        await ReplicateAsync<SqliteProvider>(source);
    }

    [GraphFact]
    public async Task A_replica_of_SQLite_in_PostgreSQL_takes_PostgreSQL_column_types()
    {
        var sqlite = NewDatabase<SqliteProvider>();
        await using var context = new ValuesContext(await sqlite.CreateAsync<ValuesContext>());
        await context.Database.EnsureCreatedAsync();
        var source = await OpenRepositoryAsync(context);
        var ws = await source.CheckoutAsync();
        await ws.SaveAsync(ValueTests<SqliteProvider>.Extremes());
        await ws.FinalizeAsync("ada", "in SQLite");
        await using var connection = sqlite.NewConnection();
        await using var tool = await Repository.OpenAsync(connection);
        var target = NewDatabase<PostgresProvider>();
        await target.CreateAsync<ValuesContext>();
        await using var targetConnection = target.NewConnection();

        await using var replica = await tool.CreateReplicaAsync(targetConnection);
        await tool.PushAsync(replica, "main");

        (await replica.VerifyAsync()).Issues.Should().BeEmpty();
        (await tool.CompareAsync(replica)).IsIdentical.Should().BeTrue();
        var money = (await replica.SchemaAsync()).Single(t => t.Name == "Specimen").Fields.Single(f => f.Name == "Money");
        money.StoreType.Should().Be("numeric", "PostgreSQL's type for a decimal, not SQLite's TEXT");
    }
}
