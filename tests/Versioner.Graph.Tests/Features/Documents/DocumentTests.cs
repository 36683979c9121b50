using System.Text.Json;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class DocumentTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [GraphFact]
    public async Task A_document_is_versioned_and_read_as_of_any_commit()
    {
        var ws = await Repo.CheckoutAsync();
        var saved = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 17, "total": 12.50, "customer": "Zoë"}"""));
        var first = await ws.FinalizeAsync("ingest", "invoice 17");
        await ws.SaveDocumentAsync("Invoice", saved.EternalId, Json("""{"number": 17, "total": 13.00, "customer": "Zoë"}"""));
        await ws.FinalizeAsync("ingest", "corrected total");

        var then = await (await Repo.SnapshotAsync(first.Id.ToString())).FindDocumentAsync("Invoice", saved.EternalId);
        var now = await (await Repo.SnapshotAsync("main")).FindDocumentAsync("Invoice", saved.EternalId);

        then!["total"].ToString().Should().Be("12.5");
        now!["total"].ToString().Should().Be("13");
        now.Json.Should().Be("""{"customer":"Zoë","number":17,"total":13.00}""");
        var all = new List<Document>();
        await foreach (var document in (await Repo.SnapshotAsync("main")).DocumentsAsync("Invoice"))
        {
            all.Add(document);
        }

        all.Should().ContainSingle().Which.VersionId.Should().Be(now.VersionId);
    }

    [GraphFact]
    public async Task A_read_of_all_documents_on_a_linear_history_holds_the_versions_a_revert_brought_back()
    {
        var ws = await Repo.CheckoutAsync();
        var a = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1, "total": 10}"""));
        var b = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 2, "total": 20}"""));
        await ws.SaveDocumentAsync("Receipt", default, Json("""{"number": 9}"""));
        await ws.FinalizeAsync("ingest", "two invoices, a receipt");
        await ws.SaveDocumentAsync("Invoice", a.EternalId, Json("""{"number": 1, "total": 11}"""));
        var corrected = await ws.FinalizeAsync("ingest", "corrected");
        await ws.SaveDocumentAsync("Invoice", b.EternalId, Json("""{"number": 2, "total": 21}"""));
        await ws.FinalizeAsync("ingest", "corrected again");

        var revert = await (await Repo.CheckoutAsync("main")).RevertAsync(corrected, new MergeOptions { Author = "ada" });
        revert.Status.Should().Be(MergeStatus.Merged);

        var all = new List<Document>();
        await foreach (var document in (await Repo.SnapshotAsync("main")).DocumentsAsync("Invoice"))
        {
            all.Add(document);
        }

        all.Select(d => d.Json).Should().BeEquivalentTo("""{"number":1,"total":10}""", """{"number":2,"total":21}""");
        all.Single(d => d.EternalId == a.EternalId).VersionId.Should().Be(a.VersionId, "the revert adopts the first version");
    }

    [GraphFact]
    public async Task Documents_diff_and_checksum_like_typed_entities()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1, "paid": false}"""));
        await ws.FinalizeAsync("ingest", "one");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"paid": true, "number": 1}"""));
        await ws.FinalizeAsync("ingest", "paid");

        var diff = await Repo.DiffAsync("main~1", "main");

        var change = diff.Should().ContainSingle().Subject;
        change.EntityType.Should().Be("Invoice");
        change.Fields.Should().ContainSingle().Which.Should().Be(new FieldChange("paid", FieldValue.From(false), FieldValue.From(true)));
        var content = await (await Repo.SnapshotAsync("main")).FindContentAsync(doc.EternalId);
        content!.ComputeChecksum().Should().Be(new VersionContent("Invoice", doc.EternalId, content.VersionId, [new("number", FieldValue.From(1L)), new("paid", FieldValue.From(true))]).ComputeChecksum());
    }

    [GraphFact]
    public async Task A_document_field_is_staged_like_a_typed_field()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"a": 1, "b": 1}"""));
        await ws.FinalizeAsync("ingest", "one");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"a": 2, "b": 2}"""));

        var staged = await ws.Stage().IncludeField(doc.EternalId, "a").FinalizeAsync("ingest", "a only");

        (await (await Repo.SnapshotAsync(staged.Id.ToString())).FindDocumentAsync("Invoice", doc.EternalId))!.Json.Should().Be("""{"a":2,"b":1}""");
        (await ws.StatusAsync()).Single().Fields.Select(f => f.Field).Should().Equal("b");
    }

    [GraphFact]
    public async Task A_document_can_be_saved_under_a_caller_assigned_version_id()
    {
        var ws = await Repo.CheckoutAsync();
        var versionId = VersionId.New();
        var saved = await ws.SaveDocumentAsync("Invoice", EternalId.New(), Json("""{"n": 1}"""), versionId);
        await ws.FinalizeAsync("ingest", "one");

        saved.VersionId.Should().Be(versionId);
        (await (await Repo.SnapshotAsync("main")).FindDocumentAsync("Invoice", saved.EternalId))!.VersionId.Should().Be(versionId);
        await ws.SaveDocumentAsync("Invoice", saved.EternalId, Json("""{"n": 2}"""), VersionId.New());
        await FluentActions.Awaiting(() => ws.SaveDocumentAsync("Invoice", saved.EternalId, Json("""{"n": 3}"""), VersionId.New()))
            .Should().ThrowAsync<VersionerException>().WithMessage("*needs its own commit*");
    }

    [GraphFact]
    public async Task Data_that_is_not_a_json_object_is_refused()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.SaveDocumentAsync("Invoice", default, Json("[1, 2]"));

        var refused = (await act.Should().ThrowAsync<DocumentNotAnObjectException>()).Which;
        refused.ValueKind.Should().Be(JsonValueKind.Array);
        refused.Message.Should().StartWith("A document's data must be a JSON object of fields; got a JSON array. Nothing was written.");
        (await ws.StatusAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_document_value_no_database_can_store_is_refused()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.SaveDocumentAsync("Invoice", default, Json("""{"note": "bad\u0000byte"}"""));

        (await act.Should().ThrowAsync<InvalidFieldValueException>()).Which.FieldName.Should().Be("note");
    }

    [GraphFact]
    public async Task A_document_cannot_take_the_name_of_a_typed_entity()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.SaveDocumentAsync("Book", default, Json("{}"));

        var refused = (await act.Should().ThrowAsync<NotADocumentTypeException>()).Which;
        refused.Should().Match<NotADocumentTypeException>(e => e.EntityType == "Book" && e.ClrTypeName == nameof(Book));
        refused.Message.Should().Contain("not a document type");
    }

    [GraphFact]
    public async Task A_document_version_is_found_by_id_whatever_its_commit()
    {
        var ws = await Repo.CheckoutAsync();
        var first = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 17, "total": 12.50}"""));
        var author = await ws.SaveAsync(new Author { Name = "Ada" });
        var added = await ws.FinalizeAsync("ingest", "invoice 17");
        await ws.SaveDocumentAsync("Invoice", first.EternalId, Json("""{"number": 17, "total": 13.00}"""));
        await ws.FinalizeAsync("ingest", "corrected total");
        await ws.RemoveDocumentAsync("Invoice", first.EternalId);
        await ws.FinalizeAsync("ingest", "cancelled");

        var found = await Repo.FindDocumentVersionAsync(first.VersionId);

        found.Should().NotBeNull("a version replaced and then removed is still history");
        found!.EntityType.Should().Be("Invoice");
        found.EternalId.Should().Be(first.EternalId);
        found.VersionId.Should().Be(first.VersionId);
        found.CommitId.Should().Be(added.Id);
        found.Json.Should().Be("""{"number":17,"total":12.50}""");
        (await Repo.FindDocumentVersionAsync(author.VersionId)).Should().BeNull("a typed entity's version is no document's");
        (await Repo.FindDocumentVersionAsync(VersionId.New())).Should().BeNull();
    }

    [GraphFact]
    public async Task Removing_a_document_hides_it_from_later_snapshots()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"n": 1}"""));
        var first = await ws.FinalizeAsync("ingest", "add");
        await ws.RemoveDocumentAsync("Invoice", doc.EternalId);
        await ws.FinalizeAsync("ingest", "remove");

        (await (await Repo.SnapshotAsync("main")).FindDocumentAsync("Invoice", doc.EternalId)).Should().BeNull();
        (await (await Repo.SnapshotAsync(first.Id.ToString())).FindDocumentAsync("Invoice", doc.EternalId)).Should().NotBeNull();
        (await Repo.HistoryAsync(doc.EternalId, "main")).Select(h => h.Kind).Should().Equal(ChangeKind.Removed, ChangeKind.Added);
    }
}

public sealed class DocumentTests_Sqlite : DocumentTests<SqliteProvider>;
