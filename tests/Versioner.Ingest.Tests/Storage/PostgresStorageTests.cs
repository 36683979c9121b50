using System.Net;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Storage;

/// <summary>The service on PostgreSQL, the server engine: the same contract as on SQLite, and a history that verifies.</summary>
public sealed class PostgresStorageTests
{
    private static Task<IngestServer> StartAsync(PostgresDatabase database, string policy = "PerRequest") =>
        IngestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Versioner:Storage:Provider"] = "PostgreSql",
            ["Versioner:Storage:ConnectionString"] = database.ConnectionString,
            ["Versioner:Commits:Policy"] = policy,
        });

    [PostgresFact]
    public async Task Posts_puts_and_a_large_batch_are_stored_idempotently_and_the_history_verifies()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var versionId = Guid.CreateVersion7();
        var eternalId = Guid.CreateVersion7();
        var batch = Enumerable.Range(0, 250).Select(i => Messages.Upsert(data: $$"""{"number": {{i}}, "total": {{i}}.50}""")).ToArray();
        await using (var server = await StartAsync(database))
        {
            var posted = await (await server.PostAsync(Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.Created);
            var put = await (await server.PutAsync(versionId, Messages.Upsert(eternalId, """{"number": 17, "total": 13}"""))).ReceiptAsync(HttpStatusCode.Created);
            var again = await (await server.PutAsync(versionId, Messages.Upsert(eternalId, """{"number": 17, "total": 13}"""))).ReceiptAsync(HttpStatusCode.OK);
            await (await server.PutAsync(versionId, Messages.Upsert(eternalId, """{"number": 17, "total": 14}"""))).ProblemAsync(HttpStatusCode.Conflict);
            var stored = await (await server.Client.PostAsync("/versions/batch", IngestServer.Json(Messages.Batch(batch)))).BatchReceiptAsync(HttpStatusCode.Created);
            var resent = await (await server.Client.PostAsync("/versions/batch", IngestServer.Json(Messages.Batch(stored.Versions.Select((r, i) => Messages.Upsert(r.EternalId, $$"""{"number": {{i}}, "total": {{i}}.50}""", ("versionId", $"\"{r.VersionId}\""))).ToArray())))).BatchReceiptAsync(HttpStatusCode.OK);

            again.Should().BeEquivalentTo(put, o => o.Excluding(r => r.AlreadyStored));
            again.AlreadyStored.Should().BeTrue();
            stored.Versions.Should().HaveCount(250).And.OnlyContain(r => r.Status == VersionStatus.Committed && r.CommitId == stored.Versions[0].CommitId);
            resent.Versions.Should().OnlyContain(r => r.AlreadyStored);
            var history = await (await server.Client.GetAsync($"/entities/Invoice/{eternalId}/history")).JsonAsync();
            history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("versionId").GetGuid()).Should().Equal(versionId, posted.VersionId);
            var last = await (await server.Client.GetAsync($"/versions/{stored.Versions[^1].VersionId}")).JsonAsync();
            last.GetProperty("data").GetRawText().Should().Be("""{"number":249,"total":249.50}""");
        }

        var report = await database.VerifyAsync();
        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Versions.Should().Be(252);
    }

    [PostgresFact]
    public async Task Health_is_the_Versioner_health_check_ok_while_the_database_answers_and_503_with_the_reason_when_it_is_gone()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var server = await StartAsync(database);
        var healthy = await (await server.Anonymous.GetAsync("/health")).JsonAsync();
        healthy.GetProperty("status").GetString().Should().Be("ok");

        await database.DisposeAsync(); // drops it under the running service

        var unhealthy = await (await server.Anonymous.GetAsync("/health")).JsonAsync(HttpStatusCode.ServiceUnavailable);
        unhealthy.GetProperty("status").GetString().Should().Be("unavailable");
        unhealthy.GetProperty("branch").GetString().Should().Be("main");
        unhealthy.GetProperty("detail").GetString().Should().StartWith("Versioner: the database did not answer: ");
    }

    [PostgresFact]
    public async Task Concurrent_posts_grouped_into_shared_transactions_are_all_stored_and_verify()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        VersionReceipt[] receipts;
        await using (var server = await StartAsync(database, policy: "Grouped"))
        {
            receipts = await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ => await (await server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created)));
            foreach (var receipt in receipts.Take(5))
            {
                (await server.Client.GetAsync($"/versions/{receipt.VersionId}")).StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }

        receipts.Select(r => r.VersionId).Should().OnlyHaveUniqueItems();
        var report = await database.VerifyAsync();
        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Versions.Should().Be(64, "stopping the service finalizes what was pending: nothing acknowledged is lost");
    }
}
