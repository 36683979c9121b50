using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class ImmutabilityTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task A_finalized_version_modified_through_EF_is_refused()
    {
        var author = new Author { Name = "Ursula" };
        var commit = await CommitAsync("first", author);
        await using var db = NewContext();
        var tracked = await db.Authors.SingleAsync();
        tracked.Name = "Rewritten";

        var act = () => db.SaveChangesAsync();

        var refused = (await act.Should().ThrowAsync<ImmutableVersionException>()).Which;
        refused.VersionId.Should().Be(author.VersionId);
        refused.CommitId.Should().Be(commit.Id);
        refused.Message.Should().Contain("cannot be modified or deleted");
    }

    [GraphFact]
    public async Task A_finalized_version_deleted_through_EF_is_refused()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });
        await using var db = NewContext();
        db.Authors.Remove(await db.Authors.SingleAsync());

        await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<ImmutableVersionException>();
    }

    [GraphFact]
    public async Task Adding_a_versioned_entity_through_EF_is_refused_with_directions()
    {
        await using var db = NewContext();
        db.Authors.Add(new Author { Name = "Sneaky" });

        var act = () => db.SaveChangesAsync();

        (await act.Should().ThrowAsync<WorkspaceRequiredException>()).Which.Message.Should().Contain("repository.CheckoutAsync");
    }

    [GraphTheory]
    // Identifiers quoted and values engine-neutral, so the same SQL runs on SQLite and PostgreSQL.
    [InlineData("UPDATE \"Authors\" SET \"Name\" = 'Rewritten'")]
    [InlineData("DELETE FROM \"Authors\"")]
    [InlineData("UPDATE versioner_commits SET message = 'rewritten' WHERE state = 1")]
    [InlineData("DELETE FROM versioner_changes")]
    [InlineData("UPDATE versioner_pointers SET content = content")]
    [InlineData("DELETE FROM versioner_commit_parents")]
    [InlineData("UPDATE versioner_segments SET fork_depth = fork_depth")]
    [InlineData("DELETE FROM versioner_pointer_members")]
    [InlineData("UPDATE versioner_manifests SET changes = changes")]
    [InlineData("DELETE FROM versioner_manifests")]
    public async Task Finalized_rows_are_guarded_by_the_database_itself(string sql)
    {
        var sf = new Tag { Label = "sf" };
        var ursula = new Author { Name = "Ursula" };
        await CommitAsync("first", sf, ursula);
        await CommitAsync("second", new Book { Title = "Dune", Tags = EternalIdSet.Of(sf.EternalId) });
        // A removal: a change row of a finalized commit even when versions get no change row of their own.
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(ursula);
        await ws.FinalizeAsync("tester", "third");

        var act = () => Db.Database.ExecuteSqlRawAsync(sql);

        (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("rows of finalized commits are immutable");
    }

    [GraphFact]
    public async Task Working_rows_stay_editable_through_the_workspace()
    {
        var ws = await Repo.CheckoutAsync();
        var author = await ws.SaveAsync(new Author { Name = "Draft" });
        author.Name = "Final";

        await ws.SaveAsync(author);
        await ws.RemoveAsync(author);

        (await ws.StatusAsync()).IsEmpty.Should().BeTrue();
    }
    [GraphFact]
    public async Task A_maintenance_transaction_lifts_the_guards_for_itself_only()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });
        var store = new Versioner.Internal.GraphStore(Db, Repo.Options);

        await Versioner.Internal.MaintenanceTransaction.RunAsync(
            store, () => Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET message = 'maintained' WHERE state = 1"), default);

        (await Db.Database.SqlQueryRaw<string>("SELECT message AS \"Value\" FROM versioner_commits WHERE state = 1").SingleAsync()).Should().Be("maintained");
        var afterwards = () => Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET message = 'again' WHERE state = 1");
        (await afterwards.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("rows of finalized commits are immutable");
    }

    [GraphFact]
    public async Task A_failed_maintenance_transaction_leaves_the_store_and_the_guards_as_they_were()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });
        var store = new Versioner.Internal.GraphStore(Db, Repo.Options);

        var failing = () => Versioner.Internal.MaintenanceTransaction.RunAsync<int>(store, async () =>
        {
            await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET message = 'maintained' WHERE state = 1");
            throw new InvalidOperationException("boom");
        }, default);

        await failing.Should().ThrowAsync<InvalidOperationException>();
        (await Db.Database.SqlQueryRaw<string>("SELECT message AS \"Value\" FROM versioner_commits WHERE state = 1").SingleAsync()).Should().Be("first");
        var afterwards = () => Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET message = 'again' WHERE state = 1");
        await afterwards.Should().ThrowAsync<Exception>();
    }
    [GraphFact]
    public async Task Guards_installed_by_an_older_version_are_replaced_on_open()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });
        await Db.DropGuardsAsync();
        // The older generation of the guard refused every update of a finalized commit, maintenance or not.
        await Db.Database.ExecuteSqlRawAsync(Db.Database.IsNpgsql()
            ? "CREATE OR REPLACE FUNCTION versioner_guard_commits() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN IF OLD.state = 1 THEN RAISE EXCEPTION 'versioner: rows of finalized commits are immutable'; END IF; RETURN NEW; END $f$; "
                + "CREATE TRIGGER versioner_guard_commits BEFORE UPDATE OR DELETE ON versioner_commits FOR EACH ROW EXECUTE FUNCTION versioner_guard_commits()"
            : "CREATE TRIGGER versioner_guard_commits_u BEFORE UPDATE ON versioner_commits WHEN OLD.state = 1 BEGIN SELECT RAISE(ABORT, 'versioner: rows of finalized commits are immutable'); END");

        await Repository.OpenAsync(Db);

        var store = new Versioner.Internal.GraphStore(Db, Repo.Options);
        await Versioner.Internal.MaintenanceTransaction.RunAsync(
            store, () => Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET message = 'maintained' WHERE state = 1"), default);
        var outside = () => Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET message = 'again' WHERE state = 1");
        await outside.Should().ThrowAsync<Exception>();
    }
}

public sealed class ImmutabilityTests_Sqlite : ImmutabilityTests<SqliteProvider>;
