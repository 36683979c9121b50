using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// PostgreSQL only (SQLite has no roles): lifting the guards takes what a plain writer of the application's tables does
/// not have. The writer is a second login role, created for the test, granted everything on every table of the schema.
/// </summary>
public sealed class GuardPrivilegeTests : GraphTest<PostgresProvider>
{
    private static readonly RetentionPolicy ThirtyDays = new() { Name = "30 days", NoncurrentFor = TimeSpan.FromDays(30) };

    [GraphFact]
    public async Task A_plain_writer_of_the_tables_works_but_cannot_lift_the_guards()
    {
        var author = new Author { Name = "v1" };
        await CommitAsync("v1", author);
        await using var writer = await WriterAsync();
        var repo = await OpenRepositoryAsync(writer.Db);

        // An ordinary writer: it commits (the guards run as their owner, so it needs no right on the maintenance table).
        var ws = await repo.CheckoutAsync();
        author.Name = "v2";
        await ws.SaveAsync(author);
        await ws.FinalizeAsync("writer", "v2");
        Clock.Advance(TimeSpan.FromDays(40));

        // A token written directly is refused, even with INSERT granted on the maintenance table...
        await using (var transaction = await writer.Db.Database.BeginTransactionAsync())
        {
            var token = () => writer.Db.Database.ExecuteSqlRawAsync("INSERT INTO versioner_maintenance (token) VALUES (1)");
            (await token.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Be("versioner: only the owner of the versioner tables may lift the guards");
        }

        // ...the lifting function is not the writer's to call...
        var lift = () => writer.Db.Database.ExecuteSqlRawAsync("SELECT versioner_lift_guards()");
        (await lift.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be("42501");

        // ...so finalized rows stay as they are, and maintenance through Versioner says whose it is.
        var rewrite = () => writer.Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET message = 'rewritten' WHERE state = 1");
        (await rewrite.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Be("versioner: rows of finalized commits are immutable");
        var retention = () => repo.ApplyRetentionAsync(ThirtyDays);
        var refused = (await retention.Should().ThrowAsync<MaintenanceNotPermittedException>()).Which;
        refused.Role.Should().Be(writer.Role);
        refused.Message.Should().Contain($"GRANT EXECUTE ON FUNCTION versioner_lift_guards(), versioner_restore_guards() TO {writer.Role}");
        (await Db.CountRowsAsync("versioner_pruned")).Should().Be(0, "nothing was changed");

        // The owner grants the right to a maintenance role: then the same call runs.
#pragma warning disable EF1002 // a role name made by the test
        await Db.Database.ExecuteSqlRawAsync($"GRANT EXECUTE ON FUNCTION versioner_lift_guards(), versioner_restore_guards() TO \"{writer.Role}\"");
#pragma warning restore EF1002
        (await repo.ApplyRetentionAsync(ThirtyDays)).Versions.Should().Be(1);
        await rewrite.Should().ThrowAsync<PostgresException>("the guards are back once maintenance commits");
        (await repo.VerifyAsync()).IsValid.Should().BeTrue();
    }

    [GraphFact]
    public async Task Guards_to_install_or_upgrade_wait_for_the_owner_and_say_so()
    {
        await using var writer = await WriterAsync();
        await Db.DropGuardsAsync();

        var open = () => OpenRepositoryAsync(writer.Db);

        (await open.Should().ThrowAsync<VersioningNotConfiguredException>()).Which.Message.Should()
            .Contain("needs the role that owns Versioner's tables: open the repository once as that role");
        await OpenRepositoryAsync(Db);
        await OpenRepositoryAsync(writer.Db);
    }

    /// <summary>A second login role with every table privilege on the schema, and a context connected as it.</summary>
    private async Task<Writer> WriterAsync()
    {
        var role = $"versioner_writer_{Guid.NewGuid():N}"[..40];
        var password = Guid.NewGuid().ToString("N");
#pragma warning disable EF1002 // names made by the test
        await Db.Database.ExecuteSqlRawAsync($"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'");
        await Db.Database.ExecuteSqlRawAsync($"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"{role}\"");
#pragma warning restore EF1002
        var connection = new NpgsqlConnectionStringBuilder(Db.Database.GetConnectionString()) { Username = role, Password = password, Pooling = false };
        var context = new LibraryContext(new DbContextOptionsBuilder<LibraryContext>().UseNpgsql(connection.ConnectionString).UseVersioning().Options);
        return new Writer(role, context, Db);
    }

    private sealed class Writer(string role, LibraryContext db, LibraryContext owner) : IAsyncDisposable
    {
        public string Role { get; } = role;

        public LibraryContext Db { get; } = db;

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
#pragma warning disable EF1002 // a role name made by the test
            await owner.Database.ExecuteSqlRawAsync($"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM \"{Role}\"");
            await owner.Database.ExecuteSqlRawAsync($"REVOKE ALL ON FUNCTION versioner_lift_guards(), versioner_restore_guards() FROM \"{Role}\"");
            await owner.Database.ExecuteSqlRawAsync($"DROP ROLE \"{Role}\"");
#pragma warning restore EF1002
        }
    }
}
