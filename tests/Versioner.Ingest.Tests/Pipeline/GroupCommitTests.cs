using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Pipeline;
using Versioner.Ingest.Storage;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Pipeline;

/// <summary>
/// Group commit: requests queued while the writer is busy share its next transaction. Each test holds the writer in
/// one transaction until the others are queued behind it, so the sharing is certain, not a matter of timing.
/// </summary>
public sealed class GroupCommitTests
{
    /// <summary>Holds the writer inside its transactions while <see cref="Hold"/> is set, and records their sizes.</summary>
    private sealed class Writer
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool Hold;

        public ConcurrentQueue<int> Transactions { get; } = new();

        public Func<IReadOnlyList<DataObjectVersion>, bool> Fails { get; set; } = _ => false;

        public IngestHooks Hooks => new()
        {
            InTransaction = async versions =>
            {
                Transactions.Enqueue(versions.Count);
                if (Hold)
                {
                    await _released.Task;
                }

                if (Fails(versions))
                {
                    throw new TimeoutException("database busy");
                }
            },
        };

        /// <summary>Starts <paramref name="first"/>, waits until it is held inside its transaction, then queues <paramref name="others"/> behind it.</summary>
        public async Task<(Task<HttpResponseMessage> First, Task<HttpResponseMessage>[] Others)> QueueBehindAsync(
            IngestServer server, Func<Task<HttpResponseMessage>> first, params Func<Task<HttpResponseMessage>>[] others)
        {
            var before = Transactions.Count;
            Hold = true;
            var firstTask = first();
            await Eventually.TrueAsync(() => Task.FromResult(Transactions.Count > before), because: "the first request reaches its transaction");
            try
            {
                var queue = server.Services.GetRequiredService<IngestWriter>();
                var otherTasks = others.Select(send => send()).ToArray();
                await Eventually.TrueAsync(() => Task.FromResult(queue.Queued == others.Length), because: "the other requests queue behind it");
                return (firstTask, otherTasks);
            }
            finally
            {
                Hold = false;
                _released.TrySetResult();
            }
        }
    }

    [Fact]
    public async Task Requests_that_arrive_together_share_one_transaction_and_each_gets_its_own_answer()
    {
        var database = IngestServer.NewDatabasePath();
        var writer = new Writer();
        try
        {
            var versionId = Guid.CreateVersion7();
            var inBatch = Guid.CreateVersion7();
            VersionReceipt original;
            Task<HttpResponseMessage> first;
            Task<HttpResponseMessage>[] others;
            await using (var server = await IngestServer.StartAsync(services: s => s.AddSingleton(writer.Hooks), databasePath: database))
            {
                original = await (await server.PutAsync(versionId, Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);
                (first, others) = await writer.QueueBehindAsync(server,
                    () => server.PostAsync(Messages.Upsert()),
                    () => server.PostAsync(Messages.Upsert()),
                    () => server.PutAsync(versionId, Messages.Upsert(original.EternalId, data: """{"total": 99}""")),
                    () => server.PostAsync(Messages.Upsert()),
                    () => server.PostAsync(Messages.Delete(Guid.CreateVersion7())),
                    () => server.Client.PostAsync("/versions/batch", IngestServer.Json(Messages.Batch(Messages.Upsert(inBatch), Messages.Delete(Guid.CreateVersion7())))),
                    () => server.PutAsync(versionId, Messages.Upsert(original.EternalId)),
                    () => server.PostAsync(Messages.Upsert()));

                var held = await (await first).ReceiptAsync(HttpStatusCode.Created);
                var stored = new[]
                {
                    await (await others[0]).ReceiptAsync(HttpStatusCode.Created),
                    await (await others[2]).ReceiptAsync(HttpStatusCode.Created),
                    await (await others[6]).ReceiptAsync(HttpStatusCode.Created),
                };
                (await (await others[1]).ProblemAsync(HttpStatusCode.Conflict)).Detail.Should().StartWith($"Version {versionId} was already stored with different content");
                await (await others[3]).ProblemAsync(HttpStatusCode.NotFound);
                (await (await others[4]).ProblemAsync(HttpStatusCode.NotFound)).Errors.Should().ContainSingle().Which.Field.Should().Be("[1].eternalId");
                var repeat = await (await others[5]).ReceiptAsync(HttpStatusCode.OK);

                writer.Transactions.Should().Contain(1 + 1 + 1 + 1 + 2 + 1 + 1, "the seven requests queued behind the first went in one transaction");
                stored.Should().OnlyContain(r => r.Status == VersionStatus.Committed && r.CommitChecksum != null);
                stored.Select(r => r.CommitId).Append(held.CommitId).Distinct().Should().HaveCount(4, "under PerRequest every request is its own commit, also when they share a transaction");
                repeat.Should().BeEquivalentTo(original, o => o.Excluding(r => r.AlreadyStored));
                repeat.AlreadyStored.Should().BeTrue();
                (await server.Client.GetAsync($"/entities/Invoice/{inBatch}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a refused batch stores none of its versions");
            }

            var report = await VerifyAsync(database);
            report.IsValid.Should().BeTrue(report.ToString());
            report.Commits.Should().Be(5);
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task Grouped_requests_that_share_a_transaction_share_the_pending_commit_and_verify_after_it_is_finalized()
    {
        var database = IngestServer.NewDatabasePath();
        var writer = new Writer();
        var settings = new Dictionary<string, string?> { ["Versioner:Commits:Policy"] = "Grouped", ["Versioner:Commits:MaxDelay"] = "01:00:00" };
        try
        {
            VersionReceipt[] receipts;
            await using (var server = await IngestServer.StartAsync(settings, s => s.AddSingleton(writer.Hooks), database))
            {
                var (first, others) = await writer.QueueBehindAsync(server,
                    () => server.PostAsync(Messages.Upsert()),
                    () => server.PostAsync(Messages.Upsert()),
                    () => server.PostAsync(Messages.Upsert()),
                    () => server.PostAsync(Messages.Upsert()));
                receipts = await Task.WhenAll(others.Prepend(first).Select(async r => await (await r).ReceiptAsync(HttpStatusCode.Created)));
            }

            receipts.Should().OnlyContain(r => r.Status == VersionStatus.Pending);
            receipts.Select(r => r.CommitId).Distinct().Should().ContainSingle();
            writer.Transactions.Should().Contain(3);
            var report = await VerifyAsync(database);
            report.IsValid.Should().BeTrue(report.ToString());
            report.Commits.Should().Be(1, "the group was finalized when the service stopped");
            report.Versions.Should().Be(4);
            await using var restarted = await IngestServer.StartAsync(settings, databasePath: database);
            foreach (var receipt in receipts)
            {
                (await restarted.Client.GetAsync($"/entities/Invoice/{receipt.EternalId}")).StatusCode.Should().Be(HttpStatusCode.OK, "the branch moved to the finalized group");
            }
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task A_request_that_breaks_the_shared_transaction_fails_alone()
    {
        var poison = Guid.CreateVersion7();
        var writer = new Writer { Fails = versions => versions.Any(v => v.EternalId == poison) };
        await using var server = await IngestServer.StartAsync(services: s => s.AddSingleton(writer.Hooks));

        var (first, others) = await writer.QueueBehindAsync(server,
            () => server.PostAsync(Messages.Upsert()),
            () => server.PostAsync(Messages.Upsert()),
            () => server.PostAsync(Messages.Upsert(poison)),
            () => server.PostAsync(Messages.Upsert()));

        await (await first).ReceiptAsync(HttpStatusCode.Created);
        var good = new[] { await (await others[0]).ReceiptAsync(HttpStatusCode.Created), await (await others[2]).ReceiptAsync(HttpStatusCode.Created) };
        (await others[1]).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        writer.Transactions.Should().EndWith([3, 1, 1, 1], "the shared transaction failed, then each request was written alone");
        foreach (var receipt in good)
        {
            (await server.Client.GetAsync($"/entities/Invoice/{receipt.EternalId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await server.Client.GetAsync($"/entities/Invoice/{poison}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<VerifyReport> VerifyAsync(string databasePath)
    {
        var options = IngestServer.ContextOptions(databasePath);
        await using var db = new IngestDbContext(options);
        var repository = await Repository.OpenAsync(db);
        return await repository.VerifyAsync();
    }
}
