using System.Net;
using Microsoft.EntityFrameworkCore;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

public sealed class BatchTests : IAsyncLifetime
{
    private IngestServer _server = null!;

    public async Task InitializeAsync() => _server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Http:MaxBatchVersions"] = "3" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(params string[] messages) => _server.Client.PostAsync("/versions/batch", IngestServer.Json(Messages.Batch(messages)));

    [Fact]
    public async Task A_batch_is_stored_in_one_commit_in_request_order()
    {
        var ids = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };

        var receipt = await (await SendAsync(Messages.Upsert(ids[0]), Messages.Upsert(ids[1], changes: ("author", "\"bob\"")))).BatchReceiptAsync(HttpStatusCode.Created);

        receipt.Versions.Select(v => v.EternalId).Should().Equal(ids);
        receipt.Versions.Select(v => v.CommitId).Distinct().Should().ContainSingle();
        receipt.Versions.Should().OnlyContain(v => v.Status == VersionStatus.Committed);
        var commit = await (await _server.Client.GetAsync($"/commits/{receipt.Versions[0].CommitChecksum}")).JsonAsync();
        commit.GetProperty("commit").GetProperty("author").GetString().Should().Be("billing", "mixed authors from one source: the source is the author");
        commit.GetProperty("commit").GetProperty("message").GetString().Should().StartWith("Ingest 2 versions\n\n- upsert Invoice");
    }

    [Fact]
    public async Task One_invalid_version_refuses_the_whole_batch()
    {
        var good = Guid.CreateVersion7();

        var problem = await (await SendAsync(Messages.Upsert(good), Messages.Upsert(changes: ("operation", "\"merge\"")))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Errors.Should().ContainSingle().Which.Should().Be(new IngestFieldError("[1].operation", "must be \"upsert\" or \"delete\"."));
        (await _server.Client.GetAsync($"/entities/Invoice/{good}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_refusal_from_storage_rolls_back_the_versions_before_it()
    {
        var good = Guid.CreateVersion7();
        var missing = Guid.CreateVersion7();

        var problem = await (await SendAsync(Messages.Upsert(good), Messages.Delete(missing))).ProblemAsync(HttpStatusCode.NotFound);

        problem.Errors!.Single().Field.Should().Be("[1].eternalId");
        (await _server.Client.GetAsync($"/entities/Invoice/{good}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var after = await (await SendAsync(Messages.Upsert(good))).BatchReceiptAsync(HttpStatusCode.Created);
        after.Versions.Single().Status.Should().Be(VersionStatus.Committed, "the writer recovers from the rollback");
    }

    [Fact]
    public async Task A_conflicting_version_refuses_the_whole_batch()
    {
        var versionId = Guid.CreateVersion7();
        await (await _server.PutAsync(versionId, Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);
        var good = Guid.CreateVersion7();

        var problem = await (await SendAsync(Messages.Upsert(good), Messages.Upsert(changes: ("versionId", $"\"{versionId}\"")))).ProblemAsync(HttpStatusCode.Conflict);

        problem.Errors!.Single().Field.Should().Be("[1].versionId");
        (await _server.Client.GetAsync($"/entities/Invoice/{good}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_versions_of_one_entity_in_a_batch_are_both_kept_in_history()
    {
        var eternalId = Guid.CreateVersion7();

        var receipt = await (await SendAsync(Messages.Upsert(eternalId), Messages.Upsert(eternalId, data: """{"number": 17, "total": 99}"""))).BatchReceiptAsync(HttpStatusCode.Created);

        receipt.Versions.Select(v => v.CommitId).Distinct().Should().HaveCount(2);
        var history = await (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}/history")).JsonAsync();
        history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("change").GetString()).Should().Equal("modified", "added");
    }

    [Fact]
    public async Task A_batch_sent_again_is_acknowledged_without_storing_anything()
    {
        var batch = new[] { Messages.Upsert(changes: ("versionId", $"\"{Guid.CreateVersion7()}\"")), Messages.Upsert(changes: ("versionId", $"\"{Guid.CreateVersion7()}\"")) };
        var first = await (await SendAsync(batch)).BatchReceiptAsync(HttpStatusCode.Created);

        var again = await (await SendAsync(batch)).BatchReceiptAsync(HttpStatusCode.OK);

        again.Versions.Should().OnlyContain(v => v.AlreadyStored);
        again.Versions.Select(v => v.CommitChecksum).Should().Equal(first.Versions.Select(v => v.CommitChecksum));
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_too_large()
    {
        var problem = await (await SendAsync(Messages.Upsert(), Messages.Upsert(), Messages.Upsert(), Messages.Upsert())).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.Detail.Should().Be("The batch holds 4 versions; this service accepts at most 3 per batch. Split it into smaller batches.");
    }

    [Fact]
    public async Task Batches_written_in_many_bulk_chunks_over_several_transactions_verify_and_read_back()
    {
        // Each batch's rows fill several 32 KB bulk-insert chunks per table (Graph's BulkInsert), and each batch is its
        // own transaction, so the later ones are written through chunk arrays the earlier ones used, padded with spaces.
        var database = IngestServer.NewDatabasePath();
        try
        {
            var sent = new List<(Guid EternalId, string Note)>();
            await using (var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Http:MaxBatchVersions"] = "400" }, databasePath: database))
            {
                foreach (var (size, noteLength) in new[] { (400, 300), (250, 20), (400, 120) })
                {
                    var batch = Enumerable.Range(0, size).Select(i => (EternalId: Guid.CreateVersion7(), Note: $"{i} \"quoted\" {new string('n', noteLength + (i % 7))}")).ToArray();
                    var receipt = await (await server.Client.PostAsync("/versions/batch", IngestServer.Json(Messages.Batch(
                        batch.Select(v => Messages.Upsert(v.EternalId, data: $$"""{"note": "{{v.Note.Replace("\"", "\\\"", StringComparison.Ordinal)}}", "total": 12.50}""")).ToArray())))).BatchReceiptAsync(HttpStatusCode.Created);
                    receipt.Versions.Should().HaveCount(size);
                    sent.AddRange(batch);
                }

                foreach (var (eternalId, note) in new[] { sent[0], sent[399], sent[400], sent[649], sent[^1] })
                {
                    var entity = await (await server.Client.GetAsync($"/entities/Invoice/{eternalId}")).JsonAsync();
                    entity.GetProperty("data").GetProperty("note").GetString().Should().Be(note);
                }
            }

            var options = IngestServer.ContextOptions(database);
            await using var db = new IngestDbContext(options);
            (await db.Records.CountAsync()).Should().Be(sent.Count);
            var report = await (await Repository.OpenAsync(db)).VerifyAsync();
            report.IsValid.Should().BeTrue(report.ToString());
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }
}
