using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

public sealed class ReadTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private IngestServer _server = null!;

    public async Task InitializeAsync() => _server = await IngestServer.StartAsync(services: s => s.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<VersionReceipt> SaveAsync(Guid eternalId, int total)
    {
        _clock.Advance(TimeSpan.FromMinutes(10));
        return await (await _server.PostAsync(Messages.Upsert(eternalId, data: $$"""{"total": {{total}}}"""))).ReceiptAsync(HttpStatusCode.Created);
    }

    private async Task<int> TotalAsync(Guid eternalId, string query)
    {
        var state = await (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}{query}")).JsonAsync();
        return state.GetProperty("data").GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task An_entity_is_read_as_of_the_head_a_revision_or_a_time()
    {
        var id = Guid.CreateVersion7();
        var first = await SaveAsync(id, 1);
        var firstTime = _clock.GetUtcNow();
        var second = await SaveAsync(id, 2);
        await SaveAsync(Guid.CreateVersion7(), 99); // another entity moves the branch on
        await SaveAsync(id, 3);

        (await TotalAsync(id, "")).Should().Be(3);
        (await TotalAsync(id, $"?asOf={first.CommitId}")).Should().Be(1);
        (await TotalAsync(id, $"?asOf={second.CommitChecksum![..10]}")).Should().Be(2);
        (await TotalAsync(id, "?asOf=main~1")).Should().Be(2);
        (await TotalAsync(id, $"?asOf={Uri.EscapeDataString(firstTime.ToString("O"))}")).Should().Be(1);
        (await TotalAsync(id, $"?asOf={Uri.EscapeDataString(firstTime.AddMinutes(15).ToString("O"))}")).Should().Be(2);
        (await TotalAsync(id, $"?asOf={Uri.EscapeDataString(firstTime.AddMinutes(25).ToString("O"))}")).Should().Be(2, "the other entity's commit does not change this one");
        var beforeAll = await _server.Client.GetAsync($"/entities/Invoice/{id}?asOf={Uri.EscapeDataString(firstTime.AddDays(-1).ToString("O"))}");
        beforeAll.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        (await beforeAll.Content.ReadAsStringAsync()).Should().Contain("has no commit at or before");
    }

    [Fact]
    public async Task The_state_names_the_version_and_the_commit_it_was_read_at()
    {
        var id = Guid.CreateVersion7();
        var receipt = await SaveAsync(id, 1);

        var state = await (await _server.Client.GetAsync($"/entities/Invoice/{id}")).JsonAsync();

        state.GetProperty("versionId").GetGuid().Should().Be(receipt.VersionId);
        state.GetProperty("commitId").GetGuid().Should().Be(receipt.CommitId);
        state.GetProperty("asOf").GetProperty("checksum").GetString().Should().Be(receipt.CommitChecksum);
        state.GetProperty("asOf").GetProperty("timestamp").GetDateTimeOffset().Should().Be(_clock.GetUtcNow());
    }

    [Fact]
    public async Task Reading_before_the_first_commit_or_of_another_type_is_not_found()
    {
        var id = Guid.CreateVersion7();
        await SaveAsync(id, 1);

        var early = await (await _server.Client.GetAsync($"/entities/Invoice/{id}?asOf=2001-01-01T00:00:00Z")).ProblemAsync(HttpStatusCode.NotFound);
        var otherType = await (await _server.Client.GetAsync($"/entities/Customer/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var badRevision = await (await _server.Client.GetAsync($"/entities/Invoice/{id}?asOf=nosuchbranch")).ProblemAsync(HttpStatusCode.NotFound);

        early.Detail.Should().Be("Branch 'main' has no commit at or before 2001-01-01T00:00:00.0000000+00:00; its first commit is later.");
        otherType.Detail.Should().StartWith($"Customer {id} is not in the state as of commit");
        badRevision.Detail.Should().Be("Revision 'nosuchbranch' not found: no branch, tag, commit id or checksum matches it.");
    }

    [Fact]
    public async Task History_is_newest_first_and_paged()
    {
        var id = Guid.CreateVersion7();
        var receipts = new[] { await SaveAsync(id, 1), await SaveAsync(id, 2), await SaveAsync(id, 3) };

        var page1 = await (await _server.Client.GetAsync($"/entities/Invoice/{id}/history?take=2")).JsonAsync();
        var page2 = await (await _server.Client.GetAsync($"/entities/Invoice/{id}/history?take=2&skip=2")).JsonAsync();

        page1.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("versionId").GetGuid()).Should().Equal(receipts[2].VersionId, receipts[1].VersionId);
        page1.GetProperty("nextSkip").GetInt64().Should().Be(2);
        page2.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("change").GetString()).Should().Equal("added");
        page2.TryGetProperty("nextSkip", out _).Should().BeFalse();
        await (await _server.Client.GetAsync($"/entities/Invoice/{id}/history?take=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await _server.Client.GetAsync($"/entities/Invoice/{Guid.CreateVersion7()}/history")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_commit_is_found_by_id_checksum_or_prefix_with_its_versions()
    {
        var receipt = await SaveAsync(Guid.CreateVersion7(), 1);

        foreach (var id in new[] { receipt.CommitId.ToString(), receipt.CommitChecksum!, receipt.CommitChecksum![..8] })
        {
            var commit = await (await _server.Client.GetAsync($"/commits/{id}")).JsonAsync();
            commit.GetProperty("commit").GetProperty("id").GetGuid().Should().Be(receipt.CommitId);
            commit.GetProperty("commit").GetProperty("finalized").GetBoolean().Should().BeTrue();
            commit.GetProperty("versions").EnumerateArray().Single().GetProperty("versionId").GetGuid().Should().Be(receipt.VersionId);
        }
    }
}
