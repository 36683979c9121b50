using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public sealed class VerifySinceTests_Sqlite : VerifySinceTests<SqliteProvider>;

public sealed class VerifySinceTests_Postgres : VerifySinceTests<PostgresProvider>;

/// <summary>Verifying only what a newer state added (<see cref="Repository.VerifySinceAsync"/>), as a follower does before each refresh.</summary>
public abstract class VerifySinceTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Verify_since_checks_the_commits_the_newer_state_added_and_no_others()
    {
        var ursula = new Author { Name = "Ursula" };
        var first = await CommitAsync("first", ursula);
        var frank = new Author { Name = "Frank" };
        var second = await CommitAsync("second", frank);
        var third = await CommitAsync("third", new Author { Name = "Iain" });

        var clean = await Repo.VerifySinceAsync(first, third);
        clean.IsValid.Should().BeTrue();
        clean.Commits.Should().Be(2, "second and third, not first");
        clean.Versions.Should().Be(2);

        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = 'Ursula K.' WHERE "Name" = 'Ursula'""");
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = 'Frank H.' WHERE "Name" = 'Frank'""");

        var since = await Repo.VerifySinceAsync(first, third);
        since.Issues.Should().ContainSingle("the tampered version of 'first' is outside the range")
            .Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.VersionChecksumMismatch && i.VersionId == frank.VersionId);
        (await Repo.VerifySinceAsync(second, third)).IsValid.Should().BeTrue();
        (await Repo.VerifyAsync("main")).Issues.Should().HaveCount(2);
    }

    [GraphFact]
    public async Task Verify_since_an_unknown_revision_is_refused()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });

        var act = () => Repo.VerifySinceAsync("nosuch", "main");

        await act.Should().ThrowAsync<RevisionNotFoundException>();
    }

    [GraphFact]
    public async Task Find_documents_reads_the_named_documents_of_a_snapshot_in_chunks()
    {
        var ws = await Repo.CheckoutAsync("main");
        var ids = new List<EternalId>();
        for (var i = 0; i < 700; i++)
        {
            ids.Add((await ws.SaveDocumentAsync("Invoice", default, System.Text.Json.JsonDocument.Parse($$"""{"number": {{i}}}""").RootElement)).EternalId);
        }

        await ws.SaveDocumentAsync("Receipt", default, System.Text.Json.JsonDocument.Parse("""{"number": 1}""").RootElement);
        await ws.FinalizeAsync("tester", "Invoices");
        var snapshot = await Repo.SnapshotAsync("main");

        var wanted = ids.Where((_, i) => i % 2 == 0).Append(EternalId.New()).ToList();
        var found = await snapshot.FindDocumentsAsync("Invoice", wanted).ToListAsync();

        found.Select(d => d.EternalId).Should().BeEquivalentTo(wanted.SkipLast(1), "350 invoices over two chunks; the unknown id is left out");
        (await snapshot.FindDocumentsAsync("Receipt", ids.Take(3)).ToListAsync()).Should().BeEmpty("those ids are invoices");
    }
}
