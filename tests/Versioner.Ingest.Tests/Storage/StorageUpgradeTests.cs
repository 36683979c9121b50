using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Storage;

/// <summary>
/// The service upgrades its own SQLite database to storage format 3 (<c>-- upgrade</c>): the ingest tables' ids become
/// 16-byte blobs with Versioner's, so the idempotency lookup still finds what was stored before.
/// </summary>
public sealed class StorageUpgradeTests
{
    [Fact]
    public async Task An_ingest_database_with_text_ids_is_upgraded_with_its_records_and_a_resend_is_still_a_repeat()
    {
        var path = IngestServer.NewDatabasePath();
        try
        {
            var versionId = Guid.CreateVersion7();
            var eternalId = Guid.CreateVersion7();
            await using (var server = await IngestServer.StartAsync(databasePath: path))
            {
                await (await server.PutAsync(versionId, Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.Created);
            }

            // As format 2 left it: the ingest table's ids as EF's 36-character text, the record saying 2.
            SqliteConnection.ClearAllPools();
            await using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                const string Text = "upper(substr(hex({0}), 1, 8) || '-' || substr(hex({0}), 9, 4) || '-' || substr(hex({0}), 13, 4) || '-' || substr(hex({0}), 17, 4) || '-' || substr(hex({0}), 21))";
                var columns = new[] { "version_id", "eternal_id", "stored_version_id", "commit_id" }.Select(c => $"{c} = {string.Format(System.Globalization.CultureInfo.InvariantCulture, Text, c)}");
                command.CommandText = $"PRAGMA foreign_keys = OFF; UPDATE ingest_versions SET {string.Join(", ", columns)}; UPDATE versioner_meta SET value = '2' WHERE key = 'format'";
                await command.ExecuteNonQueryAsync();
                (await TypeOfAsync(connection)).Should().Be("text");
            }

            var options = IngestServer.ContextOptions(path);
            var result = await StorageSetup.UpgradeAsync(new Factory(options), CancellationToken.None);

            result.Should().Be(new StorageUpgradeResult(2, 7, 0));
            SqliteConnection.ClearAllPools();
            await using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                await connection.OpenAsync();
                (await TypeOfAsync(connection)).Should().Be("blob");
            }

            await using (var server = await IngestServer.StartAsync(databasePath: path))
            {
                var again = await (await server.PutAsync(versionId, Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.OK);
                again.AlreadyStored.Should().BeTrue("the record written before the upgrade is found by its id");
            }
        }
        finally
        {
            IngestServer.DeleteDatabase(path);
        }
    }

    private static async Task<string?> TypeOfAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT typeof(version_id) || ',' || typeof(eternal_id) || ',' || typeof(commit_id) FROM ingest_versions";
        var value = (string?)await command.ExecuteScalarAsync();
        return value?.Split(',').Distinct().Single();
    }

    private sealed class Factory(DbContextOptions<IngestDbContext> options) : IDbContextFactory<IngestDbContext>
    {
        public IngestDbContext CreateDbContext() => new(options);
    }
}
