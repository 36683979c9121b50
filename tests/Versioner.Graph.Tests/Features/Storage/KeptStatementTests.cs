using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// On SQLite the hot single-entity reads (resolving a revision, an entity's history, one entity as of a commit) keep
/// their statements prepared while the context's connection stays open (<see cref="KeptStatements"/>); a close drops
/// them. The reads stay right in the caller's transaction and across the connection closing and reopening on another
/// pooled handle, the case that withdrew an earlier form which kept them for the repository's life.
/// </summary>
public abstract class KeptStatementTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Reads_run_on_the_reopened_connection_and_in_its_transaction()
    {
        var author = new Author { Name = "v0" };
        var first = await CommitAsync("0", author);
        var connection = Db.Database.GetDbConnection();
        for (var round = 1; round <= 3; round++)
        {
            await Db.Database.OpenConnectionAsync();
            (await Repo.HistoryAsync<Author>(author.EternalId, "main")).Should().HaveCount(round);
            await using (var transaction = await Db.Database.BeginTransactionAsync())
            {
                author.Name = $"v{round}";
                await CommitAsync($"{round}", author);

                // Uncommitted, so only this connection's transaction sees it: a statement left on an earlier handle would not.
                (await Repo.HistoryAsync<Author>(author.EternalId, "main")).Select(h => h.Version!.Name).First().Should().Be($"v{round}");
                (await (await Repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId))!.Name.Should().Be($"v{round}");
                (await (await Repo.SnapshotAsync(first.Id)).FindAsync<Author>(author.EternalId))!.Name.Should().Be("v0");
                await transaction.CommitAsync();
            }

            await Db.Database.CloseConnectionAsync();
            KeptStatements.CountOn(connection).Should().Be(0, "a close drops the statements kept on the connection");
            if (connection is SqliteConnection sqlite)
            {
                // The next open gets a new native handle, not this one back from the pool.
                SqliteConnection.ClearPool(sqlite);
            }
        }

        (await Repo.HistoryAsync<Author>(author.EternalId, "main")).Select(h => h.Version!.Name).Should().Equal("v3", "v2", "v1", "v0");
    }

    [GraphFact]
    public async Task Statements_are_kept_while_the_connection_is_open_where_the_engine_keeps_them()
    {
        var author = new Author { Name = "v1" };
        await CommitAsync("1", author);
        var connection = Db.Database.GetDbConnection();
        await Db.Database.OpenConnectionAsync();
        try
        {
            (await Repo.HistoryAsync<Author>(author.EternalId, "main")).Should().ContainSingle();
            (await (await Repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId)).Should().NotBeNull();
            var kept = KeptStatements.CountOn(connection);

            (await Repo.HistoryAsync<Author>(author.EternalId, "main")).Should().ContainSingle();
            (await (await Repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId)).Should().NotBeNull();

            KeptStatements.CountOn(connection).Should().Be(kept, "the same reads use the statements they kept");
            (kept > 0).Should().Be(connection is SqliteConnection, "SQLite keeps them; Npgsql keeps its prepared statements by text itself");
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }
}

public sealed class KeptStatementTests_Sqlite : KeptStatementTests<SqliteProvider>;

public sealed class KeptStatementTests_Postgres : KeptStatementTests<PostgresProvider>;
