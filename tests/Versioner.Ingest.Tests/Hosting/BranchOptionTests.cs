using Microsoft.Extensions.Options;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Hosting;

/// <summary>The branch the service writes is checked at start by Graph's rule for a new branch name, with Graph's reason.</summary>
public sealed class BranchOptionTests
{
    [Theory]
    [InlineData("main^2", "'main^2' is not a valid branch or tag name: '^' is revision syntax (main^2 is the second parent of main), so a revision could not name it")]
    [InlineData("rel:1", "'rel:1' is not a valid branch or tag name: ':' is revision syntax (kept for rev:path, as git keeps it), so a revision could not name it")]
    [InlineData("my branch", "'my branch' is not a valid branch or tag name: no spaces, control characters, '~', '^', ':', '..' or braces, and no '-' at the start (a revision could not name it)")]
    [InlineData("a..b", "'a..b' is not a valid branch or tag name: no spaces, control characters, '~', '^', ':', '..' or braces, and no '-' at the start (a revision could not name it)")]
    public async Task A_branch_no_revision_could_name_is_refused_at_start_with_the_reason(string branch, string reason)
    {
        var act = () => IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Storage:Branch"] = branch });

        var error = (await act.Should().ThrowAsync<OptionsValidationException>()).Which;
        error.Failures.Should().Equal($"Versioner:Storage:Branch is refused: {reason} (set it in appsettings.json or as Versioner__Storage__Branch).");
    }

    [Fact]
    public async Task A_branch_with_slashes_dots_and_dashes_is_written()
    {
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Storage:Branch"] = "ingest/eu-west.1" });

        var eternalId = Guid.CreateVersion7();
        var receipt = await (await server.PostAsync(Messages.Upsert(eternalId))).ReceiptAsync(System.Net.HttpStatusCode.Created);

        var state = await (await server.Client.GetAsync($"/entities/Invoice/{eternalId}?asOf=ingest%2Feu-west.1")).JsonAsync();
        state.GetProperty("commitId").GetGuid().Should().Be(receipt.CommitId);
    }
}
