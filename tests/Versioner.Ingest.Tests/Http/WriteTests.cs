using System.Net;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

public sealed class WriteTests : IAsyncLifetime
{
    private IngestServer _server = null!;

    public async Task InitializeAsync() => _server = await IngestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_posted_version_is_acknowledged_with_its_id_and_finalized_commit()
    {
        var eternalId = Guid.CreateVersion7();

        var response = await _server.PostAsync(Messages.Upsert(eternalId));

        var receipt = await response.ReceiptAsync(HttpStatusCode.Created);
        receipt.EternalId.Should().Be(eternalId);
        receipt.Operation.Should().Be(VersionOperation.Upsert);
        receipt.Status.Should().Be(VersionStatus.Committed);
        receipt.CommitChecksum.Should().MatchRegex("^[0-9a-f]{64}$");
        receipt.AlreadyStored.Should().BeFalse();
        response.Headers.Location!.ToString().Should().Be($"/versions/{receipt.VersionId}");

        var stored = await (await _server.Client.GetAsync($"/versions/{receipt.VersionId}")).JsonAsync();
        stored.GetProperty("data").GetRawText().Should().Be("""{"number":17,"total":12.50}""");
        stored.GetProperty("author").GetString().Should().Be("ada");
        stored.GetProperty("commitChecksum").GetString().Should().Be(receipt.CommitChecksum);

        var commit = await (await _server.Client.GetAsync($"/commits/{receipt.CommitId}")).JsonAsync();
        commit.GetProperty("commit").GetProperty("author").GetString().Should().Be("ada");
        commit.GetProperty("commit").GetProperty("message").GetString().Should().Be("invoice 17");
        commit.GetProperty("versions").EnumerateArray().Single().GetProperty("versionId").GetGuid().Should().Be(receipt.VersionId);
    }

    [Fact]
    public async Task A_post_with_a_version_id_is_idempotent_like_a_put()
    {
        var versionId = Guid.CreateVersion7();
        var message = Messages.Upsert(changes: ("versionId", $"\"{versionId}\""));

        var first = await (await _server.PostAsync(message)).ReceiptAsync(HttpStatusCode.Created);
        var again = await (await _server.PostAsync(message)).ReceiptAsync(HttpStatusCode.OK);

        first.VersionId.Should().Be(versionId);
        again.Should().BeEquivalentTo(first, o => o.Excluding(r => r.AlreadyStored));
        again.AlreadyStored.Should().BeTrue();
    }

    [Fact]
    public async Task The_same_put_again_returns_the_same_receipt_and_stores_nothing_new()
    {
        var versionId = Guid.CreateVersion7();
        var eternalId = Guid.CreateVersion7();

        var first = await (await _server.PutAsync(versionId, Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.Created);
        var reordered = Messages.Upsert(eternalId, data: """{"total": 12.5, "number": 17}""");
        var again = await (await _server.PutAsync(versionId, reordered)).ReceiptAsync(HttpStatusCode.OK);

        again.Should().BeEquivalentTo(first, o => o.Excluding(r => r.AlreadyStored));
        again.AlreadyStored.Should().BeTrue();
        var history = await (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}/history")).JsonAsync();
        history.GetProperty("entries").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Other_content_under_a_stored_version_id_is_a_conflict()
    {
        var versionId = Guid.CreateVersion7();
        var eternalId = Guid.CreateVersion7();
        await (await _server.PutAsync(versionId, Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.Created);

        var response = await _server.PutAsync(versionId, Messages.Upsert(eternalId, data: """{"number": 17, "total": 13}"""));

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        problem.Type.Should().Be("urn:versioner:problem:conflict");
        problem.Detail.Should().Be(
            $"Version {versionId} was already stored with different content (upsert Invoice {eternalId} by ada). A version id names one change forever: resend the same content to get the same result, or send the new change under a new version id.");
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be("versionId");
    }

    [Fact]
    public async Task A_put_whose_body_names_another_version_id_is_refused()
    {
        var response = await _server.PutAsync(Guid.CreateVersion7(), Messages.Upsert(changes: ("versionId", $"\"{Guid.CreateVersion7()}\"")));

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.Detail.Should().Contain("Omit it from the body, or send the same id in both.");
    }

    [Fact]
    public async Task A_delete_removes_the_entity_from_later_states_and_keeps_its_history()
    {
        var eternalId = Guid.CreateVersion7();
        var added = await (await _server.PostAsync(Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.Created);

        var deleted = await (await _server.PostAsync(Messages.Delete(eternalId))).ReceiptAsync(HttpStatusCode.Created);

        deleted.Operation.Should().Be(VersionOperation.Delete);
        (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}?asOf={added.CommitId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var history = await (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}/history")).JsonAsync();
        history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("change").GetString()).Should().Equal("removed", "added");
    }

    [Fact]
    public async Task Deleting_an_entity_that_is_not_there_is_not_found()
    {
        var eternalId = Guid.CreateVersion7();

        var problem = await (await _server.PostAsync(Messages.Delete(eternalId))).ProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.Should().StartWith($"Invoice {eternalId} is not in the current state of branch 'main', so there is nothing to delete.");
    }

    [Fact]
    public async Task An_eternal_id_keeps_its_entity_type()
    {
        var eternalId = Guid.CreateVersion7();
        await (await _server.PostAsync(Messages.Upsert(eternalId))).ReceiptAsync(HttpStatusCode.Created);

        var problem = await (await _server.PostAsync(Messages.Upsert(eternalId, changes: ("entityType", "\"Customer\"")))).ProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.Should().StartWith($"Eternal id {eternalId} is of entity type Invoice, not Customer");
        problem.Errors!.Single().Field.Should().Be("entityType");
    }
}
