using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Storage;

/// <summary>
/// Several instances of the service, each a process of its own on loopback, over one PostgreSQL database and branch:
/// driven at once, one of them killed (SIGKILL), and every acknowledged version checked afterwards.
/// </summary>
public sealed class MultiInstanceTests
{
    private static Dictionary<string, string> Settings(string policy) => new()
    {
        ["Versioner:Commits:Policy"] = policy,
        ["Versioner:Commits:MaxDelay"] = "00:00:00.500",
        ["Versioner:Commits:MaxVersions"] = "1000",
    };

    [PostgresTheory]
    [InlineData("PerRequest")]
    [InlineData("Grouped")]
    public async Task Two_instances_writing_at_once_store_each_version_once_and_agree_on_repeats_and_conflicts(string policy)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var acknowledged = new ConcurrentDictionary<Guid, (Guid EternalId, int Number)>();
        // Started together: they race to create the tables and the working commit.
        var instances = await StartTogetherAsync(database, Settings(policy));
        await using (instances[0])
        await using (instances[1])
        {

            // Distinct versions, alternating between the instances, 16 in flight.
            await Parallel.ForEachAsync(Enumerable.Range(0, 80), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancellationToken) =>
            {
                var (versionId, eternalId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
                var response = await instances[i % 2].Client.PutAsync($"/versions/{versionId}", IngestServer.Json(Messages.Upsert(eternalId, $$"""{"number": {{i}}}""")), cancellationToken);
                var receipt = await response.ReceiptAsync(HttpStatusCode.Created);
                receipt.VersionId.Should().Be(versionId);
                acknowledged[versionId] = (eternalId, i);
            });

            // The same PUT to both instances at once: one version, the same receipt from both.
            for (var i = 0; i < 10; i++)
            {
                var (versionId, eternalId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
                var body = Messages.Upsert(eternalId, $$"""{"number": {{1000 + i}}}""");
                var responses = await Task.WhenAll(instances.Select(instance => instance.Client.PutAsync($"/versions/{versionId}", IngestServer.Json(body))));
                var receipts = await Task.WhenAll(responses.Select(r => r.ReceiptAsync(r.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK)));
                responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.OK]);
                receipts.Count(r => r.AlreadyStored).Should().Be(1);
                receipts[1].Should().BeEquivalentTo(receipts[0], o => o.Excluding(r => r.AlreadyStored).Excluding(r => r.Status).Excluding(r => r.CommitChecksum),
                    "both name the one version and its commit");
                if (receipts.All(r => r.Status == VersionStatus.Committed))
                {
                    // (Grouped, one may answer before the group is finalized, as pending, and the other after it.)
                    receipts[1].CommitChecksum.Should().Be(receipts[0].CommitChecksum);
                }

                acknowledged[versionId] = (eternalId, 1000 + i);
            }

            // Different content under one id at once: stored by one, 409 from the other.
            for (var i = 0; i < 10; i++)
            {
                var (versionId, eternalId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
                var responses = await Task.WhenAll(instances.Select((instance, n) =>
                    instance.Client.PutAsync($"/versions/{versionId}", IngestServer.Json(Messages.Upsert(eternalId, $$"""{"number": {{2000 + (10 * i) + n}}}""")))));
                responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
                await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ProblemAsync(HttpStatusCode.Conflict);
                var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.Created);
                acknowledged[versionId] = (eternalId, 2000 + (10 * i) + winner);
            }

            await AssertAllCommittedAsync(database, acknowledged.Keys);
            await AssertStoredAsync(database, instances, acknowledged);
        }

        await AssertHistoryAsync(database, acknowledged.Count);
    }

    [PostgresFact]
    public async Task An_instance_killed_under_load_loses_nothing_acknowledged_and_another_finalizes_its_pending_versions()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var acknowledged = new ConcurrentDictionary<Guid, (Guid EternalId, int Number)>();
        var settings = Settings("Grouped");
        settings["Versioner:Commits:MaxDelay"] = "00:00:01";
        var started = await StartTogetherAsync(database, settings);
        var (survivor, doomed) = (started[0], started[1]);
        await using var stopSurvivor = survivor;
        await using (doomed)
        {
            using var stop = new CancellationTokenSource();
            var number = 0;
            async Task DriveAsync(IngestProcess instance)
            {
                while (!stop.IsCancellationRequested)
                {
                    var (versionId, eternalId, n) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Interlocked.Increment(ref number));
                    try
                    {
                        using var response = await instance.Client.PutAsync($"/versions/{versionId}", IngestServer.Json(Messages.Upsert(eternalId, $$"""{"number": {{n}}}""")));
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged[versionId] = (eternalId, n);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        await Task.Delay(10); // the killed instance: refused from now on
                    }
                }
            }

            var load = Enumerable.Range(0, 12).Select(i => Task.Run(() => DriveAsync(i % 2 == 0 ? survivor : doomed))).ToArray();
            await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= 60), because: "both instances store versions");
            await doomed.KillAsync();
            var atKill = acknowledged.Count;
            await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= atKill + 30), because: "the survivor keeps serving");
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        // The killed instance's versions were acknowledged as pending in the shared working commit: the survivor finalizes them.
        await AssertAllCommittedAsync(database, acknowledged.Keys);

        // A restarted instance rejoins and writes into the same branch.
        await using (var restarted = await IngestProcess.StartPostgresAsync(database.ConnectionString, settings))
        {
            var (versionId, eternalId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
            (await restarted.Client.PutAsync($"/versions/{versionId}", IngestServer.Json(Messages.Upsert(eternalId, """{"number": -1}""")))).StatusCode.Should().Be(HttpStatusCode.Created);
            acknowledged[versionId] = (eternalId, -1);
            await AssertAllCommittedAsync(database, acknowledged.Keys);
            await AssertStoredAsync(database, [survivor, restarted], acknowledged);
        }

        // Requests in flight at the kill may have been stored unacknowledged too, but nothing is stored twice.
        List<Guid> stored;
        await using (var db = database.OpenIngestContext())
        {
            stored = (await db.Records.Select(r => r.VersionId).ToListAsync()).Select(id => id.Value).ToList();
        }

        stored.Should().Contain(acknowledged.Keys);
        await AssertHistoryAsync(database, stored.Count);
    }

    /// <summary>Two instances started at once; if one fails to start, the other is stopped too (no process outlives the test).</summary>
    private static async Task<IngestProcess[]> StartTogetherAsync(PostgresDatabase database, Dictionary<string, string> settings)
    {
        var starting = Enumerable.Range(0, 2).Select(_ => IngestProcess.StartPostgresAsync(database.ConnectionString, settings)).ToArray();
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>
    /// Every acknowledged version is at the branch head with the content sent (each is an entity of its own) and its
    /// idempotency record names it; a sample reads back through each instance, whichever stored it.
    /// </summary>
    private static async Task AssertStoredAsync(PostgresDatabase database, IngestProcess[] instances, IReadOnlyDictionary<Guid, (Guid EternalId, int Number)> acknowledged)
    {
        var sample = acknowledged.Take(10 * instances.Length).ToArray();
        for (var i = 0; i < sample.Length; i++)
        {
            var (versionId, (eternalId, number)) = sample[i];
            var version = await (await instances[i % instances.Length].Client.GetAsync($"/versions/{versionId}")).JsonAsync();
            version.GetProperty("eternalId").GetGuid().Should().Be(eternalId);
            version.GetProperty("data").GetProperty("number").GetInt32().Should().Be(number);
        }

        await using var db = database.OpenIngestContext();
        var ids = acknowledged.Keys.Select(id => new VersionId(id)).ToArray();
        var records = (await db.Records.Where(r => ids.Contains(r.VersionId)).ToListAsync()).ToDictionary(r => r.VersionId.Value, r => r.EternalId.Value);
        var repository = await Repository.OpenAsync(db);
        var head = new Dictionary<Guid, int>();
        await foreach (var document in (await repository.SnapshotAsync("main")).DocumentsAsync("Invoice"))
        {
            head[document.EternalId.Value] = document.Data.GetProperty("number").GetInt32();
        }

        foreach (var (versionId, (eternalId, number)) in acknowledged)
        {
            records.Should().ContainKey(versionId).WhoseValue.Should().Be(eternalId);
            head.Should().ContainKey(eternalId).WhoseValue.Should().Be(number, $"version {versionId} was acknowledged with it");
        }
    }

    /// <summary>Waits until every one of <paramref name="versionIds"/> is in a finalized commit of the branch: no group stays pending.</summary>
    private static Task AssertAllCommittedAsync(PostgresDatabase database, IEnumerable<Guid> versionIds) =>
        Eventually.TrueAsync(async () =>
        {
            await using var db = database.OpenIngestContext();
            var ids = versionIds.Select(id => new VersionId(id)).ToArray();
            var commits = (await db.Records.Where(r => ids.Contains(r.VersionId)).Select(r => r.CommitId).Distinct().ToListAsync()).Select(id => id.Value).ToList();
            var repository = await Repository.OpenAsync(db);
            if ((await repository.BranchesAsync()).All(b => b.Name != "main"))
            {
                return false; // no group finalized yet: the first creates the branch (the load can end within one group's delay)
            }

            var log = (await repository.LogAsync("main", new LogOptions { Take = 100_000 })).Select(c => c.Id.Value).ToHashSet();
            return commits.All(log.Contains);
        }, TimeSpan.FromSeconds(20), "pending versions are finalized when their group is due, by whichever instance is running");

    private static async Task AssertHistoryAsync(PostgresDatabase database, int versions)
    {
        var report = await database.VerifyAsync();
        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Versions.Should().Be(versions, "each acknowledged version is stored once, whichever instance took it");
    }
}
