using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Features;

public abstract class DocumentWriterTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static DocumentVersion Version(EternalId id, string json, VersionId versionId) =>
        DocumentVersion.Create("Reading", id, CanonicalDocument.Read(Json(json)), versionId);

    /// <summary>A written working commit on main, for a writer to open (on a connection kept open, as its statements need).</summary>
    private async Task<CommitId> WorkingCommitAsync()
    {
        await Db.Database.OpenConnectionAsync();
        var ws = await Repo.CheckoutAsync();
        await ws.EnsureWrittenAsync();
        return ws.Id;
    }

    [GraphFact]
    public async Task Versions_appended_in_batches_make_the_commits_a_workspace_makes_with_the_same_checksums()
    {
        var (_, other) = await OpenOtherDatabaseAsync<TProvider>();
        var (a, b, c, d) = (EternalId.New(), EternalId.New(), EternalId.New(), EternalId.New());
        var ids = Enumerable.Range(0, 6).Select(_ => VersionId.New()).ToArray();
        var ws = await other.CheckoutAsync();
        var working = await WorkingCommitAsync();

        await using (var transaction = await Db.Database.BeginTransactionAsync())
        {
            using var writer = await Repo.OpenDocumentWriterAsync(working);
            await writer.SaveAsync(Version(a, """{"celsius": 20.5}""", ids[0]));
            await writer.SaveAsync(Version(b, """{"celsius": 21}""", ids[1]));
            await writer.SaveAsync(Version(c, """{"celsius": 19.25, "note": "shade"}""", ids[2]));
            await ws.SaveDocumentAsync("Reading", a, Json("""{"celsius": 20.5}"""), ids[0]);
            await ws.SaveDocumentAsync("Reading", b, Json("""{"celsius": 21}"""), ids[1]);
            await ws.SaveDocumentAsync("Reading", c, Json("""{"note": "shade", "celsius": 19.250}"""), ids[2]);
            Clock.Advance(TimeSpan.FromMinutes(1));
            var first = await writer.FinalizeAsync("gateway", "first");
            await ws.FinalizeAsync("gateway", "first");

            await writer.SaveAsync(Version(a, """{"celsius": 22}""", ids[3]));
            await writer.RemoveAsync("Reading", b);
            await ws.SaveDocumentAsync("Reading", a, Json("""{"celsius": 22}"""), ids[3]);
            await ws.RemoveDocumentAsync("Reading", b);
            Clock.Advance(TimeSpan.FromMinutes(1));
            var second = await writer.FinalizeAsync("gateway", "second");
            await ws.FinalizeAsync("gateway", "second");

            second.Parents.Should().Equal(first.Id);
            writer.WorkingCommit.Should().NotBe(second.Id, "the writer goes on with a new working commit");
            await writer.FlushAsync();
            await transaction.CommitAsync();

            // The next transaction: the same writer, enlisted.
            await using var next = await Db.Database.BeginTransactionAsync();
            writer.Enlist();
            await writer.SaveAsync(Version(d, """{"celsius": 18}""", ids[4]));
            await ws.SaveDocumentAsync("Reading", d, Json("""{"celsius": 18}"""), ids[4]);
            Clock.Advance(TimeSpan.FromMinutes(1));
            await writer.FinalizeAsync("gateway", "third");
            await ws.FinalizeAsync("gateway", "third");
            await writer.FlushAsync();
            await next.CommitAsync();
        }

        var written = await Repo.LogAsync("main");
        var expected = await other.LogAsync("main");
        written.Select(commit => commit.Message).Should().Equal("third", "second", "first");
        written.Select(commit => commit.Checksum).Should().Equal(expected.Select(commit => commit.Checksum));
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
        var snapshot = await Repo.SnapshotAsync("main");
        (await snapshot.FindDocumentAsync("Reading", a))!.Json.Should().Be("""{"celsius":22}""");
        (await snapshot.FindDocumentAsync("Reading", b)).Should().BeNull();
        (await snapshot.FindDocumentAsync("Reading", c))!.Json.Should().Be("""{"celsius":19.25,"note":"shade"}""");
    }

    [GraphFact]
    public async Task A_writer_whose_branch_moved_is_refused_at_flush_and_the_rollback_keeps_the_other_commit()
    {
        var working = await WorkingCommitAsync();
        using var writer = await OpenAndCommitAsync(working, "first");
        var mine = await Repo.FindCommitAsync("main");
        var theirs = await Repo.CheckoutAsync();
        await theirs.SaveDocumentAsync("Reading", EternalId.New(), Json("""{"celsius": 1}"""));
        var landed = await theirs.FinalizeAsync("someone", "meanwhile");

        BranchMovedException refused;
        await using (var transaction = await Db.Database.BeginTransactionAsync())
        {
            writer.Enlist();
            await writer.SaveAsync(Version(EternalId.New(), """{"celsius": 2}""", VersionId.New()));
            await writer.FinalizeAsync("gateway", "second");
            var act = () => writer.FlushAsync();
            refused = (await act.Should().ThrowAsync<BranchMovedException>()).Which;
            await transaction.RollbackAsync();
        }

        refused.Expected.Should().Be(mine.Id);
        refused.Actual.Should().Be(landed.Id);
        (await Repo.LogAsync("main")).Select(c => c.Message).Should().Equal("meanwhile", "first");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task Bad_appends_are_refused_with_what_was_wrong()
    {
        var working = await WorkingCommitAsync();
        await FluentActions.Awaiting(() => Repo.OpenDocumentWriterAsync(working)).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("*begin one on the context first*");

        await using var transaction = await Db.Database.BeginTransactionAsync();
        using var writer = await Repo.OpenDocumentWriterAsync(working);
        var reading = EternalId.New();
        await writer.SaveAsync(Version(reading, """{"celsius": 3}""", VersionId.New()));
        await writer.FinalizeAsync("gateway", "first");

        var otherType = async () => await writer.SaveAsync(DocumentVersion.Create("Invoice", reading, CanonicalDocument.Read(Json("""{"total": 1}"""))));
        (await otherType.Should().ThrowAsync<EntityTypeMismatchException>()).Which.Message.Should().Contain("Reading");
        await FluentActions.Awaiting(() => writer.RemoveAsync("Reading", EternalId.New())).Should().ThrowAsync<EntityNotFoundException>();
        await FluentActions.Awaiting(() => writer.FinalizeAsync("gateway", "empty")).Should().ThrowAsync<NothingToCommitException>();
        (await writer.IsPresentAsync(reading)).Should().BeTrue();
        (await writer.FindEntityTypesAsync([reading, EternalId.New()])).Should().Equal(new Dictionary<EternalId, string> { [reading] = "Reading" });
    }

    [GraphFact]
    public async Task Entity_types_are_found_for_a_batch_of_more_ids_than_one_parameter_chunk()
    {
        // 1,201 ids: more than the 500 that one statement binds as separate parameters on PostgreSQL.
        var readings = Enumerable.Range(0, 600).Select(_ => EternalId.New()).ToArray();
        var invoices = Enumerable.Range(0, 600).Select(_ => EternalId.New()).ToArray();
        var working = await WorkingCommitAsync();
        await using (var transaction = await Db.Database.BeginTransactionAsync())
        {
            using var writer = await Repo.OpenDocumentWriterAsync(working);
            foreach (var id in readings)
            {
                await writer.SaveAsync(Version(id, """{"celsius": 1}""", VersionId.New()));
            }

            foreach (var id in invoices)
            {
                await writer.SaveAsync(DocumentVersion.Create("Invoice", id, CanonicalDocument.Read(Json("""{"total": 1}"""))));
            }

            await writer.FinalizeAsync("gateway", "many");
            await writer.FlushAsync();
            await transaction.CommitAsync();
        }

        // A new writer has seen none of them: it asks the database.
        var next = await Repo.CheckoutAsync();
        await next.EnsureWrittenAsync();
        await using var lookup = await Db.Database.BeginTransactionAsync();
        using var fresh = await Repo.OpenDocumentWriterAsync(next.Id);
        var types = await fresh.FindEntityTypesAsync([.. readings, EternalId.New(), .. invoices]);

        types.Should().HaveCount(1200);
        types.Where(t => t.Value == "Reading").Select(t => t.Key).Should().BeEquivalentTo(readings);
        types.Where(t => t.Value == "Invoice").Select(t => t.Key).Should().BeEquivalentTo(invoices);
    }

    /// <summary>Opens a writer on <paramref name="working"/>, commits one reading in a transaction, and keeps the writer.</summary>
    private async Task<DocumentWriter> OpenAndCommitAsync(CommitId working, string message)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync();
        var writer = await Repo.OpenDocumentWriterAsync(working);
        await writer.SaveAsync(Version(EternalId.New(), """{"celsius": 0}""", VersionId.New()));
        await writer.FinalizeAsync("gateway", message);
        await writer.FlushAsync();
        await transaction.CommitAsync();
        return writer;
    }
}

public sealed class DocumentWriterTests_Sqlite : DocumentWriterTests<SqliteProvider>;
