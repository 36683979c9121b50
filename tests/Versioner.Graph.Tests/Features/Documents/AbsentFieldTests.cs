using System.Text.Json;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Features;

/// <summary>
/// A document's field that is absent is not a field whose value is JSON null: the two versions' checksums differ, so
/// diff, status, merge and blame tell them apart too.
/// </summary>
public abstract class AbsentFieldTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private async Task<string?> JsonOnAsync(string revision, EternalId id) =>
        (await (await Repo.SnapshotAsync(revision)).FindDocumentAsync("Invoice", id))?.Json;

    [GraphFact]
    public async Task A_field_going_from_null_to_absent_is_in_the_diff_both_ways()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1, "note": null}"""));
        var withNull = await ws.FinalizeAsync("ingest", "note null");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1}"""));
        var withoutNote = await ws.FinalizeAsync("ingest", "note gone");
        withNull.Checksum.Should().NotBe(withoutNote.Checksum);

        var removed = await Repo.DiffAsync(withNull.Id.ToString(), withoutNote.Id.ToString());
        var restored = await Repo.DiffAsync(withoutNote.Id.ToString(), withNull.Id.ToString());

        var change = removed.Should().ContainSingle("the two versions' checksums differ").Subject;
        change.Kind.Should().Be(ChangeKind.Modified);
        var field = change.Fields.Should().ContainSingle().Subject;
        field.Field.Should().Be("note");
        field.OldValue.IsNull.Should().BeTrue();
        field.NewValue.IsNull.Should().BeTrue();
        field.OldIsAbsent.Should().BeFalse("the older version has the member, its value null");
        field.NewIsAbsent.Should().BeTrue("the newer version has no such member");
        field.ToString().Should().Be("note: null → (absent)");
        var back = restored.Should().ContainSingle().Subject.Fields.Should().ContainSingle().Subject;
        (back.Field, back.OldIsAbsent, back.NewIsAbsent).Should().Be(("note", true, false));
    }

    [GraphFact]
    public async Task A_working_change_from_absent_to_null_is_in_the_status()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1}"""));
        await ws.FinalizeAsync("ingest", "one");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1, "note": null}"""));

        var status = await ws.StatusAsync();

        var field = status.Should().ContainSingle().Subject.Fields.Should().ContainSingle().Subject;
        (field.Field, field.OldIsAbsent, field.NewIsAbsent, field.NewValue.IsNull).Should().Be(("note", true, false, true));
        var staged = await ws.Stage().Include(status[0], field).FinalizeAsync("ingest", "note null");
        (await JsonOnAsync(staged.Id.ToString(), doc.EternalId)).Should().Be("""{"note":null,"number":1}""");
    }

    [GraphFact]
    public async Task A_field_made_absent_on_one_side_and_null_on_the_other_conflicts()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1, "note": "rush"}"""));
        await ws.FinalizeAsync("ingest", "base");
        await Repo.CreateBranchAsync("topic", "main");
        var topic = await Repo.CheckoutAsync("topic");
        await topic.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1, "note": null}"""));
        await topic.FinalizeAsync("ingest", "note cleared");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1}"""));
        await ws.FinalizeAsync("ingest", "note dropped");

        var result = await ws.MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Conflicts, "one side removed the member, the other set it to null: two different changes");
        var conflict = result.Conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.Field);
        conflict.Field.Should().Be("note");
        conflict.Base!.Should().ContainKey("note");
        conflict.Ours!.Should().NotContainKey("note", "our version has no such member");
        conflict.Theirs!["note"].IsNull.Should().BeTrue();
        conflict.ToString().Should().EndWith("note: base rush, ours (absent), theirs null");
        (await ws.ConflictsAsync()).Should().ContainSingle().Which.Ours.Should().NotContainKey("note");
        await ws.ResolveAsync((await ws.ConflictsAsync()).Single(), MergeStrategy.Theirs);
        var merge = await ws.FinalizeAsync("ingest", "merged");
        (await JsonOnAsync(merge.Id.ToString(), doc.EternalId)).Should().Be("""{"note":null,"number":1}""");
    }

    [GraphFact]
    public async Task A_merge_policy_taking_the_side_that_dropped_a_member_leaves_it_absent()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1, "note": "rush", "total": 5}"""));
        await ws.FinalizeAsync("ingest", "base");
        await Repo.CreateBranchAsync("topic", "main");
        var topic = await Repo.CheckoutAsync("topic");
        await topic.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1, "note": null, "total": 7}"""));
        await topic.FinalizeAsync("ingest", "note cleared, total corrected");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1, "total": 5}"""));
        await ws.FinalizeAsync("ingest", "note dropped");

        var result = await ws.MergeAsync("topic", new MergeOptions { Policy = new MergePolicy().Resolve("Invoice", "note", MergeStrategy.Ours) });

        result.Status.Should().Be(MergeStatus.Merged);
        (await JsonOnAsync("main", doc.EternalId)).Should().Be("""{"number":1,"total":7}""", "our side has no note, so the settled merge has none; their total applies");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_merge_policy_function_returning_null_settles_the_member_as_absent()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1, "note": "rush", "total": 5}"""));
        await ws.FinalizeAsync("ingest", "base");
        await Repo.CreateBranchAsync("topic", "main");
        var topic = await Repo.CheckoutAsync("topic");
        await topic.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1, "note": "urgent", "total": 7}"""));
        await topic.FinalizeAsync("ingest", "note and total changed");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1, "note": "later", "total": 5}"""));
        await ws.FinalizeAsync("ingest", "note changed");
        var policy = new MergePolicy().Resolve("Invoice", "note", c => c.Ours!["note"] == c.Theirs!["note"] ? c.Ours["note"] : null);

        var result = await ws.MergeAsync("topic", new MergeOptions { Policy = policy });

        result.Status.Should().Be(MergeStatus.Merged);
        (await JsonOnAsync("main", doc.EternalId)).Should().Be("""{"number":1,"total":7}""", "the function settled the disputed note as absent; their total applies");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_field_level_merge_keeps_absent_and_null_apart()
    {
        var ws = await Repo.CheckoutAsync();
        var dropped = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1, "note": "rush", "total": 5}"""));
        var nulled = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 2, "total": 5}"""));
        await ws.FinalizeAsync("ingest", "base");
        await Repo.CreateBranchAsync("topic", "main");
        var topic = await Repo.CheckoutAsync("topic");
        await topic.SaveDocumentAsync("Invoice", dropped.EternalId, Json("""{"number": 1, "note": "rush", "total": 7}"""));
        await topic.SaveDocumentAsync("Invoice", nulled.EternalId, Json("""{"number": 2, "total": 5, "note": null}"""));
        await topic.FinalizeAsync("ingest", "total corrected; a null note added");
        await ws.SaveDocumentAsync("Invoice", dropped.EternalId, Json("""{"number": 1, "total": 5}"""));
        await ws.SaveDocumentAsync("Invoice", nulled.EternalId, Json("""{"number": 2, "total": 6}"""));
        await ws.FinalizeAsync("ingest", "note dropped; total corrected");

        var result = await ws.MergeAsync("topic");

        result.Status.Should().Be(MergeStatus.Merged);
        (await JsonOnAsync("main", dropped.EternalId)).Should().Be("""{"number":1,"total":7}""", "our removal of the member applies, as their change of total does; the member does not come back as null");
        (await JsonOnAsync("main", nulled.EternalId)).Should().Be("""{"note":null,"number":2,"total":6}""", "their null member is a change from absent, and applies");
    }

    [GraphFact]
    public async Task Blame_of_a_null_member_names_the_commit_that_added_it_not_an_older_one_without_it()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, Json("""{"number": 1}"""));
        var first = await ws.FinalizeAsync("ingest", "one");
        await ws.SaveDocumentAsync("Invoice", doc.EternalId, Json("""{"number": 1, "note": null}"""));
        var second = await ws.FinalizeAsync("ingest", "note added, null");

        var blame = await Repo.BlameAsync(doc.EternalId, "main");

        blame.Single(b => b.Field == "number").Commit.Id.Should().Be(first.Id);
        blame.Single(b => b.Field == "note").Commit.Id.Should().Be(second.Id, "the older version has no such member, so it did not hold this null");
    }
}

public sealed class AbsentFieldTests_Sqlite : AbsentFieldTests<SqliteProvider>;
