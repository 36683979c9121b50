using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>show, diff, history, blame and cat: reading the past of a database made by an application the tool has never seen.</summary>
public abstract class ReadTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task Show_prints_the_commit_and_its_changes_field_by_field()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("show", h.Retitled.ShortForm);

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = LogTests<TDatabase>.Lines(result.Output);
        lines[0].Should().Be($"commit {h.Retitled.Checksum}");
        lines.Should().Contain($"Id:      {h.Retitled.Id}").And.Contain($"Parent:  {h.Repriced.Id}").And.Contain("Author:  ada").And.Contain("    Retitle Dune");
        lines.Should().Contain("1 entity changed (+0 ~1 -0)");
        lines.Should().Contain(l => l.StartsWith($"~ Book {h.Dune.EternalId.ToString(8)}", StringComparison.Ordinal)
            && l.Contains("Title") && l.EndsWith("\"Dune\" → \"Dune (40th anniversary)\"", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task Show_of_a_version_id_prints_that_version_typed_or_a_documents_and_the_commit_that_added_it()
    {
        var h = await SampleHistoryAsync();
        var firstDune = (await (await Repo.SnapshotAsync(h.Added.Id)).FindContentAsync(h.Dune.EternalId))!.VersionId;
        var (invoice, older, ingested) = await InvoiceCorrectedAsync();

        var typed = await RunAsync("show", firstDune.ToString());
        var document = await RunAsync("show", older.VersionId.ToString(), "--json");
        var documentText = await RunAsync("show", older.VersionId.ToString());
        var unknown = await RunAsync("show", VersionId.New().ToString());

        typed.ExitCode.Should().Be(0, typed.ToString());
        var lines = LogTests<TDatabase>.Lines(typed.Output);
        lines[0].Should().Be($"version {firstDune}");
        lines.Should().Contain($"Entity:  Book {h.Dune.EternalId}")
            .And.Contain(l => l.StartsWith($"Commit:  {h.Added.ShortForm}, which added it: ada, ", StringComparison.Ordinal) && l.EndsWith(", Add Dune", StringComparison.Ordinal))
            .And.Contain("    Title: \"Dune\"", "the version as it was, not Dune as it is now");
        document.ExitCode.Should().Be(0, document.ToString());
        var version = document.Json.GetProperty("version");
        version.GetProperty("entityType").GetString().Should().Be("Invoice");
        version.GetProperty("versionId").GetString().Should().Be(older.VersionId.ToString());
        version.GetProperty("fields").GetProperty("total").GetDecimal().Should().Be(12.5m);
        document.Json.GetProperty("commit").GetProperty("id").GetString().Should().Be(ingested.Id.ToString());
        documentText.ExitCode.Should().Be(0, documentText.ToString());
        LogTests<TDatabase>.Lines(documentText.Output).Should().Contain($"Entity:  Invoice {invoice}")
            .And.Contain(l => l.StartsWith($"Commit:  {ingested.ShortForm}, which added it: ingest, ", StringComparison.Ordinal) && l.EndsWith(", Invoice 17", StringComparison.Ordinal), "the message's first line")
            .And.Contain("    total: 12.5", "the version as it was, not as corrected");
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        unknown.Error.Should().Contain("no commit or version has this id").And.Contain("versioner cat");
    }

    [EngineFact]
    public async Task Show_of_a_pruned_version_id_says_it_was_pruned_typed_or_a_documents()
    {
        var h = await SampleHistoryAsync();
        var firstDune = (await (await Repo.SnapshotAsync(h.Added.Id)).FindContentAsync(h.Dune.EternalId))!.VersionId;
        var (_, older, _) = await InvoiceCorrectedAsync();
        await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 1 });

        var typed = await RunAsync("show", firstDune.ToString());
        var document = await RunAsync("show", older.VersionId.ToString());

        typed.ExitCode.Should().Be(2, typed.ToString());
        typed.Error.Should().Contain($"Book version {firstDune}").And.Contain("was pruned", "a pruned version is no unknown id");
        document.ExitCode.Should().Be(2, document.ToString());
        document.Error.Should().Contain($"Invoice version {older.VersionId}").And.Contain("was pruned");
    }

    [EngineFact]
    public async Task Show_of_a_version_whose_commit_is_missing_says_the_history_is_damaged_and_points_to_verify()
    {
        var h = await SampleHistoryAsync();
        var firstDune = (await (await Repo.SnapshotAsync(h.Added.Id)).FindContentAsync(h.Dune.EternalId))!.VersionId;
        var missing = new CommitId(Guid.CreateVersion7());
        var moved = $"UPDATE \"Books\" SET \"CommitId\" = {Db.IdLiteral(missing.Value)} WHERE \"VersionId\" = {Db.IdLiteral(firstDune.Value)}";
        // The row's foreign key would refuse a commit that is not there: damage is done without it.
        await Db.TamperAsync(typeof(TDatabase) == typeof(PostgresDatabase)
            ? $"ALTER TABLE \"Books\" DROP CONSTRAINT \"FK_Books_versioner_commits_CommitId\"; {moved}"
            : $"PRAGMA foreign_keys = OFF; {moved}");

        var result = await RunAsync("show", firstDune.ToString());
        var verify = await RunAsync("verify");

        result.ExitCode.Should().Be(65, "damage, not a usage error: " + result);
        result.Output.Should().BeEmpty();
        verify.ExitCode.Should().Be(1, "verify names the damage show points to: " + verify);
        result.Error.Should().Be($"versioner: Version {firstDune} of Book {h.Dune.EternalId} is in this database, but commit {missing}, which added it, is missing: "
            + "the history is damaged (rows changed or deleted outside Versioner). versioner verify lists every damaged row." + Environment.NewLine);
    }

    [EngineFact]
    public async Task Show_of_a_version_that_is_not_its_entitys_as_of_its_own_commit_says_the_history_is_damaged()
    {
        var h = await SampleHistoryAsync();
        var firstDune = (await (await Repo.SnapshotAsync(h.Added.Id)).FindContentAsync(h.Dune.EternalId))!.VersionId;
        var repricedDune = (await (await Repo.SnapshotAsync(h.Repriced.Id)).FindContentAsync(h.Dune.EternalId))!.VersionId;
        // The repriced version's row now names the first commit, which holds another version of Dune.
        await Db.TamperAsync($"UPDATE \"Books\" SET \"CommitId\" = {Db.IdLiteral(h.Added.Id.Value)} WHERE \"VersionId\" = {Db.IdLiteral(repricedDune.Value)}");

        var result = await RunAsync("show", repricedDune.ToString(), "--json");
        var verify = await RunAsync("verify");

        result.ExitCode.Should().Be(65, "damage, not a usage error: " + result);
        result.Output.Should().BeEmpty();
        verify.ExitCode.Should().Be(1, "verify names the damage show points to: " + verify);
        result.Error.Should().Be($"versioner: Version {repricedDune} of Book {h.Dune.EternalId} names commit {h.Added.Id} as the one that added it, but the entity's version as of that commit is {firstDune}: "
            + "the history is damaged (rows changed outside Versioner). versioner verify lists every damaged row." + Environment.NewLine);
    }

    [EngineFact]
    public async Task Ls_lists_documents_as_the_ingest_service_stores_them_by_their_own_fields()
    {
        var ws = await Repo.CheckoutAsync("main");
        var first = EternalId.New();
        var second = EternalId.New();
        using (var a = System.Text.Json.JsonDocument.Parse("""{"number": 17, "total": 12.5}"""))
        using (var b = System.Text.Json.JsonDocument.Parse("""{"number": 18, "note": "paid"}"""))
        {
            await ws.SaveDocumentAsync("Invoice", first, a.RootElement);
            await ws.SaveDocumentAsync("Invoice", second, b.RootElement);
        }

        await ws.FinalizeAsync("ingest", "two invoices");

        var listed = await RunAsync("ls", "Invoice", "--json");
        var filtered = await RunAsync("ls", "Invoice", "--where", "note=paid");
        var logged = await RunAsync("log", "--entity", "Invoice", "-n", "1");
        var unknown = await RunAsync("ls", "Invoices");

        listed.ExitCode.Should().Be(0, listed.ToString());
        listed.Json.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("eternalId").GetString())
            .Should().BeEquivalentTo([first.ToString(), second.ToString()]);
        filtered.ExitCode.Should().Be(0, filtered.ToString());
        var lines = LogTests<TDatabase>.Lines(filtered.Output);
        lines[0].Should().Be("EternalId                             note    number", "a document's columns are its own fields");
        lines.Should().HaveCount(2).And.Contain(l => l.StartsWith(second.ToString(), StringComparison.Ordinal));
        logged.ExitCode.Should().Be(0, logged.ToString());
        logged.Output.Should().Contain("two invoices");
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        unknown.Error.Should().StartWith("versioner: No versioned type 'Invoices' in this database");
    }

    [EngineFact]
    public async Task A_document_type_whose_documents_were_all_removed_lists_nothing_and_keeps_its_log_and_diff()
    {
        var ws = await Repo.CheckoutAsync("main");
        var invoice = EternalId.New();
        using (var data = System.Text.Json.JsonDocument.Parse("""{"number": 17}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, data.RootElement);
        }

        var issued = await ws.FinalizeAsync("ingest", "issue an invoice");
        ws = await Repo.CheckoutAsync("main");
        await ws.RemoveDocumentAsync("Invoice", invoice);
        await ws.FinalizeAsync("ingest", "void it");

        var listed = await RunAsync("ls", "Invoice", "--json");
        var text = await RunAsync("ls", "Invoice");
        var logged = await RunAsync("log", "--entity", "Invoice", "--json");
        var diffed = await RunAsync("diff", issued.ShortForm, "main", "--type", "Invoice", "--json");
        var unknown = await RunAsync("ls", "Invoices");

        listed.ExitCode.Should().Be(0, listed.ToString());
        listed.Json.GetProperty("entities").GetArrayLength().Should().Be(0, "the type has history, and no current document");
        listed.Json.GetProperty("hasMore").GetBoolean().Should().BeFalse();
        text.ExitCode.Should().Be(0, text.ToString());
        text.Error.Should().BeEmpty();
        logged.ExitCode.Should().Be(0, logged.ToString());
        logged.Json.GetProperty("commits").EnumerateArray().Select(c => c.GetProperty("message").GetString()).Should().Equal("void it", "issue an invoice");
        diffed.ExitCode.Should().Be(0, diffed.ToString());
        diffed.Json.GetProperty("removed").GetInt32().Should().Be(1);
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        unknown.Error.Should().Be("versioner: No versioned type 'Invoices' in this database; it has: Author, Book, Invoice, Shelf." + Environment.NewLine,
            "the types it names are those it describes and those it holds history of");
    }

    [EngineFact]
    public async Task Show_of_a_merge_names_both_parents()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("show", "main", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Json.GetProperty("commit").GetProperty("parents").GetArrayLength().Should().Be(2);
        var change = result.Json.GetProperty("diff").GetProperty("changes").EnumerateArray().Should().ContainSingle(c => c.GetProperty("entityType").GetString() == "Book").Subject;
        change.GetProperty("kind").GetString().Should().Be("added");
        change.GetProperty("eternalId").GetString().Should().Be(h.Emma.EternalId.ToString());
    }

    [EngineFact]
    public async Task Diff_lists_added_and_modified_entities_with_old_and_new_values()
    {
        var h = await SampleHistoryAsync();

        var text = await RunAsync("diff", h.Added.ShortForm, "main", "--type", "Book");
        var json = await RunAsync("diff", h.Added.ShortForm, h.Repriced.ShortForm, "--json");

        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().StartWith("2 entities changed (+1 ~1 -0)");
        text.Output.Should().Contain("9.99 → 12.5\n", "decimals print in their canonical form").And.Contain("\"Dune\" → \"Dune (40th anniversary)\"").And.Contain($"+ Book {h.Emma.EternalId.ToString(8)}");
        var field = json.Json.GetProperty("changes")[0].GetProperty("fields").EnumerateArray().Should().ContainSingle().Subject;
        field.GetProperty("field").GetString().Should().Be("Price");
        field.GetProperty("old").GetDecimal().Should().Be(9.99m);
        field.GetProperty("new").GetDecimal().Should().Be(12.50m);
    }

    [EngineFact]
    public async Task Diff_tells_a_document_field_absent_on_one_side_from_a_json_null()
    {
        var ws = await Repo.CheckoutAsync("main");
        var invoice = EternalId.New();
        using (var first = System.Text.Json.JsonDocument.Parse("""{"number": 17, "note": null, "total": 12.5}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, first.RootElement);
        }

        var issued = await ws.FinalizeAsync("ingest", "issue");
        using (var second = System.Text.Json.JsonDocument.Parse("""{"number": 17, "note": "paid", "paidOn": "2026-12-01"}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, second.RootElement);
        }

        var paid = await ws.FinalizeAsync("ingest", "paid");

        var text = await RunAsync("diff", issued.ShortForm, paid.ShortForm);
        var json = await RunAsync("diff", issued.ShortForm, paid.ShortForm, "--json");

        text.ExitCode.Should().Be(0, text.ToString());
        var lines = LogTests<TDatabase>.Lines(text.Output);
        lines.Should().Contain(l => l.Contains("note", StringComparison.Ordinal) && l.EndsWith("(none) → \"paid\"", StringComparison.Ordinal), "a JSON null reads as none")
            .And.Contain(l => l.Contains("paidOn", StringComparison.Ordinal) && l.EndsWith("(absent) → \"2026-12-01\"", StringComparison.Ordinal), "a field the older version lacks reads as absent")
            .And.Contain(l => l.Contains("total", StringComparison.Ordinal) && l.EndsWith("12.5 → (absent)", StringComparison.Ordinal));
        json.ExitCode.Should().Be(0, json.ToString());
        var fields = json.Json.GetProperty("changes")[0].GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        fields.Keys.Should().BeEquivalentTo(["note", "paidOn", "total"]);
        fields["note"].GetProperty("old").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        fields["note"].GetProperty("oldAbsent").GetBoolean().Should().BeFalse("the older version has the field, as null");
        fields["paidOn"].GetProperty("oldAbsent").GetBoolean().Should().BeTrue();
        fields["paidOn"].GetProperty("newAbsent").GetBoolean().Should().BeFalse();
        fields["total"].GetProperty("oldAbsent").GetBoolean().Should().BeFalse();
        fields["total"].GetProperty("newAbsent").GetBoolean().Should().BeTrue();
    }

    [EngineFact]
    public async Task Diff_and_show_list_a_document_field_going_from_null_to_absent_and_back()
    {
        var ws = await Repo.CheckoutAsync("main");
        var invoice = EternalId.New();
        using (var first = System.Text.Json.JsonDocument.Parse("""{"number": 17, "note": null}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, first.RootElement);
        }

        var withNull = await ws.FinalizeAsync("ingest", "note null");
        using (var second = System.Text.Json.JsonDocument.Parse("""{"number": 17}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, second.RootElement);
        }

        var without = await ws.FinalizeAsync("ingest", "note gone");

        var text = await RunAsync("diff", withNull.ShortForm, without.ShortForm);
        var back = await RunAsync("diff", without.ShortForm, withNull.ShortForm);
        var show = await RunAsync("show", without.ShortForm);
        var json = await RunAsync("diff", withNull.ShortForm, without.ShortForm, "--json");

        text.ExitCode.Should().Be(0, text.ToString());
        text.Output.Should().StartWith("1 entity changed (+0 ~1 -0)", "the two versions differ, as their checksums do");
        LogTests<TDatabase>.Lines(text.Output).Should().Contain(l => l.Contains("note", StringComparison.Ordinal) && l.EndsWith("(none) → (absent)", StringComparison.Ordinal));
        LogTests<TDatabase>.Lines(back.Output).Should().Contain(l => l.Contains("note", StringComparison.Ordinal) && l.EndsWith("(absent) → (none)", StringComparison.Ordinal));
        show.ExitCode.Should().Be(0, show.ToString());
        LogTests<TDatabase>.Lines(show.Output).Should().Contain(l => l.Contains("note", StringComparison.Ordinal) && l.EndsWith("(none) → (absent)", StringComparison.Ordinal));
        json.ExitCode.Should().Be(0, json.ToString());
        json.Json.GetProperty("modified").GetInt32().Should().Be(1);
        var field = json.Json.GetProperty("changes")[0].GetProperty("fields").EnumerateArray().Should().ContainSingle().Subject;
        field.GetProperty("field").GetString().Should().Be("note");
        field.GetProperty("old").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        field.GetProperty("new").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        field.GetProperty("oldAbsent").GetBoolean().Should().BeFalse("the older version has the member, as null");
        field.GetProperty("newAbsent").GetBoolean().Should().BeTrue();
    }

    [EngineFact]
    public async Task Diff_takes_a_range_and_reads_an_empty_side_as_the_default_branch()
    {
        var h = await SampleHistoryAsync();

        var range = await RunAsync("diff", h.Added.ShortForm + "..", "--type", "Book");
        var back = await RunAsync("diff", ".." + h.Added.ShortForm, "--type", "Book");
        var one = await RunAsync("diff", h.Added.ShortForm);

        range.ExitCode.Should().Be(0, range.ToString());
        range.Output.Should().StartWith("2 entities changed (+1 ~1 -0)").And.Be((await RunAsync("diff", h.Added.ShortForm, "main", "--type", "Book")).Output);
        back.ExitCode.Should().Be(0, back.ToString());
        back.Output.Should().StartWith("2 entities changed (+0 ~1 -1)").And.Be((await RunAsync("diff", "main", h.Added.ShortForm, "--type", "Book")).Output);
        one.ExitCode.Should().Be(2, one.ToString());
        one.Error.Should().Be($"versioner: diff compares two revisions: give both (versioner diff {h.Added.ShortForm} main) or a range ({h.Added.ShortForm}..main).\n");
    }

    [EngineFact]
    public async Task History_lists_the_commits_that_changed_one_entity_newest_first()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("history", h.Dune.EternalId.ToString(), "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        var entries = result.Json.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("commit").GetProperty("id").GetString()).Should().Equal(h.Retitled.Id.ToString(), h.Repriced.Id.ToString(), h.Added.Id.ToString());
        entries.Select(e => e.GetProperty("kind").GetString()).Should().Equal("modified", "modified", "added");
    }

    [EngineFact]
    public async Task History_marks_the_versions_retention_pruned_saying_when_and_by_which_policy()
    {
        var h = await SampleHistoryAsync();
        await Repo.ApplyRetentionAsync(new RetentionPolicy { Name = "nightly", KeepNewest = 1 });
        // Dune's first version; the repriced one is kept, at the merge base of main and topic.
        PrunedVersion? pruned = null;
        await foreach (var mark in (await Repo.SnapshotAsync(h.Added.Id)).PrunedAsync())
        {
            pruned = mark.EternalId == h.Dune.EternalId ? mark : pruned;
        }

        var json = await RunAsync("history", h.Dune.EternalId.ToString(), "--json");
        var text = await RunAsync("history", h.Dune.EternalId.ToString());

        pruned.Should().NotBeNull();
        json.ExitCode.Should().Be(0, json.ToString());
        var entries = json.Json.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("commit").GetProperty("id").GetString()).Should().Equal(h.Retitled.Id.ToString(), h.Repriced.Id.ToString(), h.Added.Id.ToString());
        entries.Take(2).Select(e => e.GetProperty("pruned").ValueKind).Should().Equal([System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Null], "those versions are stored");
        entries[2].GetProperty("versionId").GetString().Should().Be(pruned!.VersionId.ToString(), "a pruned version keeps its id in the history");
        var shown = entries[2].GetProperty("pruned");
        shown.GetProperty("policy").GetString().Should().Be("nightly");
        shown.GetProperty("prunedAt").GetDateTimeOffset().Should().Be(pruned.PrunedAt);
        shown.GetProperty("checksum").GetString().Should().Be(pruned.Checksum.ToString());

        text.ExitCode.Should().Be(0, text.ToString());
        var lines = LogTests<TDatabase>.Lines(text.Output);
        var when = pruned.PrunedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        lines.Single(l => l.Contains(h.Added.ShortForm, StringComparison.Ordinal)).Should().Contain($"{pruned.VersionId} (pruned {when} by 'nightly')");
        lines.Where(l => l.Contains(h.Repriced.ShortForm, StringComparison.Ordinal) || l.Contains(h.Retitled.ShortForm, StringComparison.Ordinal))
            .Should().HaveCount(2).And.NotContain(l => l.Contains("pruned", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task History_of_an_entity_no_commit_there_touched_exits_2_saying_so()
    {
        var h = await SampleHistoryAsync();

        var notYet = await RunAsync("history", h.Emma.EternalId.ToString(), "--rev", h.Added.ShortForm);
        var unknown = await RunAsync("history", Guid.NewGuid().ToString(), "--json");

        notYet.ExitCode.Should().Be(2, notYet.ToString());
        notYet.Error.Should().StartWith($"versioner: No commit in the history of {h.Added.ShortForm} added, changed or removed entity {h.Emma.EternalId}");
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        unknown.Output.Should().BeEmpty("stdout holds nothing on an error");
    }

    [EngineFact]
    public async Task Blame_names_the_commit_that_set_each_field()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("blame", h.Dune.EternalId.ToString());

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = LogTests<TDatabase>.Lines(result.Output);
        lines.Single(l => l.StartsWith("Title ", StringComparison.Ordinal)).Should().Contain(h.Retitled.ShortForm);
        lines.Single(l => l.StartsWith("Price ", StringComparison.Ordinal)).Should().Contain("12.5 ").And.Contain(h.Repriced.ShortForm);
        lines.Single(l => l.StartsWith("AuthorId ", StringComparison.Ordinal)).Should().Contain(h.Added.ShortForm);
    }

    [EngineFact]
    public async Task Cat_prints_one_entity_as_of_a_revision_as_JSON()
    {
        var h = await SampleHistoryAsync();

        var then = await RunAsync("cat", h.Dune.EternalId.ToString(), "--rev", h.Added.ShortForm);
        var gone = await RunAsync("cat", h.Emma.EternalId.ToString(), "--rev", h.Added.ShortForm);

        then.ExitCode.Should().Be(0, then.ToString());
        var json = then.Json;
        json.GetProperty("entityType").GetString().Should().Be("Book");
        json.GetProperty("eternalId").GetString().Should().Be(h.Dune.EternalId.ToString());
        json.GetProperty("fields").GetProperty("Title").GetString().Should().Be("Dune");
        json.GetProperty("fields").GetProperty("Price").GetDecimal().Should().Be(9.99m);
        json.GetProperty("fields").GetProperty("AuthorId").GetString().Should().Be(h.Frank.EternalId.ToString());
        gone.ExitCode.Should().Be(2, gone.ToString());
        gone.Error.Should().Contain($"No entity {h.Emma.EternalId} as of {h.Added.ShortForm}");
    }

    [EngineFact]
    public async Task Ls_lists_the_entities_of_a_type_as_of_a_revision_a_page_at_a_time()
    {
        var h = await SampleHistoryAsync();
        var books = new[] { h.Dune.EternalId, h.Emma.EternalId }.Order().ToArray();

        var all = await RunAsync("ls", "Book", "--json");
        var page = await RunAsync("ls", "Book", "--limit", "1", "--json");
        var next = await RunAsync("ls", "Book", "--limit", "1", "--after", books[0].ToString(), "--json");
        var where = await RunAsync("ls", "Book", "--where", "Title=Emma");
        var then = await RunAsync("ls", "Book", "--rev", h.Added.ShortForm, "--json");

        all.ExitCode.Should().Be(0, all.ToString());
        all.Json.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("eternalId").GetString()).Should().Equal(books.Select(b => b.ToString()));
        all.Json.GetProperty("hasMore").GetBoolean().Should().BeFalse();
        page.Json.GetProperty("entities").GetArrayLength().Should().Be(1);
        page.Json.GetProperty("hasMore").GetBoolean().Should().BeTrue();
        next.Json.GetProperty("entities")[0].GetProperty("eternalId").GetString().Should().Be(books[1].ToString());
        next.Json.GetProperty("hasMore").GetBoolean().Should().BeFalse();
        var rows = LogTests<TDatabase>.Lines(where.Output);
        rows.Should().HaveCount(2, where.ToString());
        rows[0].Should().StartWith("EternalId").And.Contain("Title").And.Contain("Price");
        rows[1].Should().StartWith(h.Emma.EternalId.ToString()).And.Contain("\"Emma\"");
        then.Json.GetProperty("entities").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("fields").GetProperty("Title").GetString().Should().Be("Dune");
    }

    [EngineFact]
    public async Task Ls_of_an_unknown_type_exits_2_listing_the_types_there_are()
    {
        await SampleHistoryAsync();

        var result = await RunAsync("ls", "Novel");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("No versioned type 'Novel' in this database; it has: Author, Book, Shelf.");
    }

    [EngineFact]
    public async Task Log_and_diff_of_an_unknown_type_exit_2_listing_the_types_there_are_as_ls_does()
    {
        var h = await SampleHistoryAsync();

        var log = await RunAsync("log", "--entity", "Novel");
        var diff = await RunAsync("diff", h.Added.ShortForm, "main", "--type", "Novel", "--json");

        foreach (var result in new[] { log, diff })
        {
            result.ExitCode.Should().Be(2, result.ToString());
            result.Output.Should().BeEmpty("an unknown type is refused, not an empty list");
            result.Error.Should().StartWith("versioner: No versioned type 'Novel' in this database; it has: Author, Book, Shelf.");
        }
    }

    [EngineFact]
    public async Task An_empty_or_blank_revision_exits_2_saying_it_is_not_a_revision()
    {
        await SampleHistoryAsync();

        var show = await RunAsync("show", "");
        var diff = await RunAsync("diff", "main", " ");
        var ls = await RunAsync("ls", "Book", "--rev", "");

        foreach (var result in new[] { show, diff, ls })
        {
            result.ExitCode.Should().Be(2, result.ToString());
            result.Output.Should().BeEmpty();
            result.Error.Should().NotContain("Parameter", "the engine's argument check speaks of code, not of the command line");
        }

        show.Error.Should().StartWith("versioner: '' is not a revision: it is empty. A revision is a branch, tag, commit id, checksum or checksum prefix");
        diff.Error.Should().StartWith("versioner: ' ' is not a revision: it is only spaces. A revision is");
        ls.Error.Should().StartWith("versioner: '' is not a revision: it is empty.");
    }

    [EngineFact]
    public async Task Schema_shows_what_the_database_records_about_each_versioned_type()
    {
        await SampleHistoryAsync();

        var result = await RunAsync("schema", "--json");
        var text = await RunAsync("schema");

        result.ExitCode.Should().Be(0, result.ToString());
        var types = result.Json.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        types.Keys.Should().BeEquivalentTo(["Author", "Book", "Shelf"]);
        var fields = types["Book"].GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        fields.Keys.Should().BeEquivalentTo(["Title", "Price", "AuthorId", "Shelves"]);
        fields["AuthorId"].GetProperty("referenceTarget").GetString().Should().Be("Author");
        fields["AuthorId"].GetProperty("pinned").GetBoolean().Should().BeFalse();
        fields["Title"].GetProperty("nullable").GetBoolean().Should().BeFalse();
        text.Output.Should().Contain("Book (table Books)");
    }

    /// <summary>An invoice document ingested on main ("Invoice 17\nfrom the shop"), then corrected in a second commit: its first version and that commit.</summary>
    private async Task<(EternalId Invoice, Document Older, Commit Ingested)> InvoiceCorrectedAsync()
    {
        var ws = await Repo.CheckoutAsync("main");
        var invoice = EternalId.New();
        Document older;
        using (var first = System.Text.Json.JsonDocument.Parse("""{"number": 17, "total": 12.5}"""))
        {
            older = await ws.SaveDocumentAsync("Invoice", invoice, first.RootElement);
        }

        var ingested = await ws.FinalizeAsync("ingest", "Invoice 17\nfrom the shop");
        using (var second = System.Text.Json.JsonDocument.Parse("""{"number": 17, "total": 13}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, second.RootElement);
        }

        await ws.FinalizeAsync("ingest", "Invoice 17 corrected");
        return (invoice, older, ingested);
    }
}

public sealed class SqliteReadTests : ReadTests<SqliteDatabase>;

public sealed class PostgresReadTests : ReadTests<PostgresDatabase>;
