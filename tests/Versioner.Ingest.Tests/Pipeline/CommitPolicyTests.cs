using System.Net;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Pipeline;

public sealed class CommitPolicyTests
{
    private static Dictionary<string, string?> Grouped(int maxVersions = 3, string maxDelay = "01:00:00") => new()
    {
        ["Versioner:Commits:Policy"] = "Grouped",
        ["Versioner:Commits:MaxVersions"] = maxVersions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Versioner:Commits:MaxDelay"] = maxDelay,
    };

    [Fact]
    public async Task Per_request_commits_carry_the_versions_author_message_and_a_checksum()
    {
        await using var server = await IngestServer.StartAsync();

        var receipt = await (await server.PostAsync(Messages.Upsert(changes: [("author", "\"grace\""), ("message", "\"correct the total\"")]))).ReceiptAsync(HttpStatusCode.Created);

        var commit = (await (await server.Client.GetAsync($"/commits/{receipt.CommitId}")).JsonAsync()).GetProperty("commit");
        commit.GetProperty("author").GetString().Should().Be("grace");
        commit.GetProperty("message").GetString().Should().Be("correct the total");
        commit.GetProperty("checksum").GetString().Should().Be(receipt.CommitChecksum);
    }

    [Fact]
    public async Task Grouped_versions_are_pending_until_the_group_is_full_then_committed_together_by_their_source()
    {
        await using var server = await IngestServer.StartAsync(Grouped(maxVersions: 3));

        var first = await (await server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);
        var second = await (await server.PostAsync(Messages.Upsert(changes: ("author", "\"bob\"")))).ReceiptAsync(HttpStatusCode.Created);
        var pending = await (await server.Client.GetAsync($"/commits/{first.CommitId}")).JsonAsync();
        var third = await (await server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);

        first.Status.Should().Be(VersionStatus.Pending);
        second.Status.Should().Be(VersionStatus.Pending);
        first.CommitChecksum.Should().BeNull();
        pending.GetProperty("commit").GetProperty("finalized").GetBoolean().Should().BeFalse();
        third.Status.Should().Be(VersionStatus.Committed);
        new[] { first.CommitId, second.CommitId }.Should().AllBeEquivalentTo(third.CommitId, "the commit id of a pending version is final");
        var commit = await (await server.Client.GetAsync($"/commits/{third.CommitId}")).JsonAsync();
        commit.GetProperty("commit").GetProperty("author").GetString().Should().Be("billing");
        commit.GetProperty("commit").GetProperty("message").GetString().Should().StartWith("Ingest 3 version(s) from billing\n\n- upsert Invoice");
        commit.GetProperty("versions").GetArrayLength().Should().Be(3);
        var stored = await (await server.Client.GetAsync($"/versions/{first.VersionId}")).JsonAsync();
        stored.GetProperty("status").GetString().Should().Be("committed");
    }

    [Fact]
    public async Task A_large_grouped_batch_is_cut_into_commits_of_the_group_size()
    {
        await using var server = await IngestServer.StartAsync(Grouped(maxVersions: 2));

        var batch = await (await server.Client.PostAsync("/versions/batch", IngestServer.Json(Messages.Batch(
            Messages.Upsert(), Messages.Upsert(), Messages.Upsert(), Messages.Upsert(), Messages.Upsert())))).BatchReceiptAsync(HttpStatusCode.Created);

        batch.Versions.Select(v => v.Status).Should().Equal(
            VersionStatus.Committed, VersionStatus.Committed, VersionStatus.Committed, VersionStatus.Committed, VersionStatus.Pending);
        batch.Versions.Select(v => v.CommitId).Distinct().Should().HaveCount(3);
    }

    [Fact]
    public async Task A_group_is_committed_when_it_is_old_enough()
    {
        await using var server = await IngestServer.StartAsync(Grouped(maxVersions: 100, maxDelay: "00:00:00.200"));

        var receipt = await (await server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);

        receipt.Status.Should().Be(VersionStatus.Pending);
        await Eventually.TrueAsync(async () =>
            (await (await server.Client.GetAsync($"/versions/{receipt.VersionId}")).JsonAsync()).GetProperty("status").GetString() == "committed");
    }

    [Fact]
    public async Task A_second_version_of_an_entity_or_another_source_closes_the_group_first()
    {
        await using var server = await IngestServer.StartAsync(Grouped(maxVersions: 100));
        var id = Guid.CreateVersion7();

        var v1 = await (await server.PostAsync(Messages.Upsert(id, data: """{"total": 1}"""))).ReceiptAsync(HttpStatusCode.Created);
        var v2 = await (await server.PostAsync(Messages.Upsert(id, data: """{"total": 2}"""))).ReceiptAsync(HttpStatusCode.Created);
        var other = await (await server.PostAsync(Messages.Upsert(changes: ("source", "\"crm\"")))).ReceiptAsync(HttpStatusCode.Created);

        v2.CommitId.Should().NotBe(v1.CommitId);
        other.CommitId.Should().NotBe(v2.CommitId);
        var history = await (await server.Client.GetAsync($"/entities/Invoice/{id}/history")).JsonAsync();
        history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("versionId").GetGuid()).Should().Equal(v2.VersionId, v1.VersionId);
        var crm = await (await server.Client.GetAsync($"/commits/{other.CommitId}")).JsonAsync();
        crm.GetProperty("commit").GetProperty("finalized").GetBoolean().Should().BeFalse();
        (await (await server.Client.GetAsync($"/commits/{v2.CommitId}")).JsonAsync()).GetProperty("commit").GetProperty("author").GetString().Should().Be("billing");
    }

    [Fact]
    public async Task Pending_versions_are_committed_when_the_service_stops()
    {
        var database = IngestServer.NewDatabasePath();
        try
        {
            Guid commitId;
            await using (var server = await IngestServer.StartAsync(Grouped(), databasePath: database))
            {
                commitId = (await (await server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created)).CommitId;
            }

            await using var restarted = await IngestServer.StartAsync(Grouped(), databasePath: database);
            var commit = await (await restarted.Client.GetAsync($"/commits/{commitId}")).JsonAsync();
            commit.GetProperty("commit").GetProperty("finalized").GetBoolean().Should().BeTrue();
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task Pending_versions_survive_a_killed_service_and_are_committed_on_restart()
    {
        var database = IngestServer.NewDatabasePath();
        try
        {
            var settings = new Dictionary<string, string> { ["Versioner:Commits:Policy"] = "Grouped", ["Versioner:Commits:MaxDelay"] = "01:00:00" };
            VersionReceipt[] receipts;
            await using (var crashing = await IngestProcess.StartAsync(database, settings))
            {
                receipts = [
                    await (await crashing.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).ReceiptAsync(HttpStatusCode.Created),
                    await (await crashing.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).ReceiptAsync(HttpStatusCode.Created),
                ];
                await crashing.KillAsync();
            }

            await using var restarted = await IngestServer.StartAsync(Grouped(), databasePath: database);
            foreach (var receipt in receipts)
            {
                receipt.Status.Should().Be(VersionStatus.Pending);
                var stored = await (await restarted.Client.GetAsync($"/versions/{receipt.VersionId}")).JsonAsync();
                stored.GetProperty("status").GetString().Should().Be("committed");
                stored.GetProperty("commitId").GetGuid().Should().Be(receipt.CommitId);
            }
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }
}
