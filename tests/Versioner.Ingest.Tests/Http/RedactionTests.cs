using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

/// <summary>
/// A version redacted in Graph (issue 5) stays redacted through ingest: a resend is never compared with the removed
/// content (which would confirm a guess), and the content hash ingest kept for idempotency is cleared.
/// </summary>
public sealed class RedactionTests
{
    [Fact]
    public async Task A_redacted_version_is_never_compared_with_a_resend_and_its_content_hash_is_cleared()
    {
        var path = IngestServer.NewDatabasePath();
        try
        {
            var versionId = Guid.CreateVersion7();
            var eternalId = Guid.CreateVersion7();
            await using (var server = await IngestServer.StartAsync(databasePath: path))
            {
                await (await server.PutAsync(versionId, Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.Created);
                await RedactAsync(path, versionId);

                var same = await (await server.PutAsync(versionId, Messages.Upsert(eternalId))).ProblemAsync(HttpStatusCode.Conflict);
                var other = await (await server.PutAsync(versionId, Messages.Upsert(eternalId, data: """{"number": 17, "total": 13}"""))).ProblemAsync(HttpStatusCode.Conflict);

                same.Detail.Should().Be($"Version {versionId} was redacted: its content was removed for good and is never compared with a resend. Send any new change under a new version id.");
                other.Detail.Should().Be(same.Detail, "the same content and other content get the same answer, so a guess cannot be confirmed");
            }

            await using (await IngestServer.StartAsync(databasePath: path))
            {
                // The writer clears the hashes of redacted versions when it starts.
                await using var connection = new SqliteConnection($"Data Source={path}");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT length(content_hash) FROM ingest_versions";
                ((long)(await command.ExecuteScalarAsync())!).Should().Be(0);
            }
        }
        finally
        {
            IngestServer.DeleteDatabase(path);
        }
    }

    private static async Task RedactAsync(string databasePath, Guid versionId)
    {
        var options = IngestServer.ContextOptions(databasePath);
        await using var db = new IngestDbContext(options);
        // The version Graph holds for the one the client named (ingest keeps the mapping).
        var stored = await db.Set<IngestRecord>().AsNoTracking().Where(r => r.VersionId == new VersionId(versionId)).Select(r => r.StoredVersionId).SingleAsync();
        var repository = await Repository.OpenAsync(db);
        await repository.RedactAsync(new RedactionRequest { Versions = [stored!.Value], Author = "security", Reason = "INC-1: classified total" });
    }
}
