using Bookshop.Display;
using Bookshop.Model;
using Humanizer;
using Microsoft.EntityFrameworkCore;
using Versioner;

namespace Bookshop;

/// <summary>
/// The walkthrough's steps, in the order Program.cs runs them. Each prints what it did; a step that sees something
/// other than what the library promises throws, so the program fails loudly in CI.
/// </summary>
internal sealed class Walkthrough
{
    private const string Editor = "maria";
    private const string Finance = "tom";

    private readonly Repository _repository;
    private readonly SimulatedClock _clock;
    private readonly Workspace _workspace;
    private readonly Catalog _catalog;

    private Walkthrough(Repository repository, SimulatedClock clock, Workspace workspace, Catalog catalog, Commit catalogCommit)
    {
        _repository = repository;
        _clock = clock;
        _workspace = workspace;
        _catalog = catalog;
        CatalogCommit = catalogCommit;
    }

    /// <summary>The first commit, which the as-of steps look back to.</summary>
    public Commit CatalogCommit { get; }

    /// <summary>"Exhalation", whose history the walkthrough shows.</summary>
    public Book Exhalation => _catalog.Exhalation;

    /// <summary>The "award winner" tag.</summary>
    public CategoryTag AwardWinner => _catalog.AwardWinner;

    public static async Task<Walkthrough> CommitInitialCatalogAsync(Repository repository, SimulatedClock clock)
    {
        Report.Section("The initial catalog");

        // A workspace is a working commit on a branch; in an empty repository the first finalize creates the branch.
        var workspace = await repository.CheckoutAsync("main");
        var catalog = await Catalog.SaveAsync(workspace);
        var commit = await workspace.FinalizeAsync(Editor, "Initial catalog\n\n3 authors, 6 books, revenue for 2022 and 2023, royalty rates.");
        PrintCommitted(commit);
        Report.Blank();

        var head = await repository.SnapshotAsync("main");
        var labels = await Labels.LoadAsync(head);
        var table = new TextTable("Title", "Author", "List price", "Categories");
        foreach (var book in await head.Query<Book>().OrderBy(b => b.Title).ToListAsync())
        {
            table.Row(book.Title, labels[book.AuthorId], book.ListPrice, labels.Join(book.Categories));
        }

        table.Print();
        return new Walkthrough(repository, clock, workspace, catalog, commit);
    }

    public async Task EditBooksAsync()
    {
        Report.Section("Editing several books");
        var (earthsea, exhalation, kindred) = (_catalog.Earthsea, _catalog.Exhalation, _catalog.Kindred);

        // Saving a changed copy of a finalized version makes a new version (copy-on-write); the old one stays put.
        earthsea.Title = "A Wizard of Earthsea (Earthsea Cycle, Book 1)";
        earthsea.Blurb = "Ged, a boy with a gift for magic, looses a shadow he must hunt across Earthsea.";
        exhalation.ListPrice = 18.00m;
        exhalation.Categories = exhalation.Categories.Add(_catalog.AwardWinner.EternalId);
        kindred.Categories = kindred.Categories.Remove(_catalog.ScienceFiction.EternalId).Add(_catalog.Historical.EternalId);
        await _workspace.SaveAllAsync([earthsea, exhalation, kindred]);

        Report.Note("Nothing is committed yet. StatusAsync() diffs the working commit against its parent, like `git status`:");
        Report.Blank();
        var status = await _workspace.StatusAsync();
        await PrintDiffAsync(status);
        Expect(status.Count == 3 && status.All(c => c.Kind == ChangeKind.Modified), $"three modified books in the status, got {status}");
    }

    public async Task<Commit> FinalizeInTwoPartsAsync()
    {
        Report.Section("Finalizing part of the edits, then the rest");
        var status = await _workspace.StatusAsync();
        var earthsea = status[_catalog.Earthsea.EternalId]!;
        var exhalation = status[_catalog.Exhalation.EternalId]!;
        var newPrice = exhalation.Fields.Single(f => f.Field == nameof(Book.ListPrice));

        Report.Note("Staging all of \"A Wizard of Earthsea\" and only the ListPrice of \"Exhalation\".");
        Later(minutes: 14);
        var partial = await _workspace.Stage()
            .Include(earthsea)
            .Include(exhalation, newPrice)
            .FinalizeAsync(Editor, "Retitle Earthsea; reprice Exhalation");
        PrintCommitted(partial);

        Report.Note("What was not staged stays in the workspace, now on top of the new commit:");
        Report.Blank();
        var rest = await _workspace.StatusAsync();
        await PrintDiffAsync(rest);
        Expect(rest.Count == 2 && rest[_catalog.Exhalation.EternalId]?.Fields.Single().Field == nameof(Book.Categories),
            $"Kindred's and Exhalation's categories left in the workspace, got {rest}");

        Later(minutes: 6);
        var retagged = await _workspace.FinalizeAsync(Editor, "Retag Kindred and Exhalation");
        PrintCommitted(retagged);
        return retagged;
    }

    public async Task AddRevenueForNewYearAsync()
    {
        Report.Section("Adding a year of revenue");
        decimal[] amounts = [44_310.25m, 51_020.00m, 70_115.30m, 80_950.60m, 31_980.00m, 52_760.90m];
        var revenues = _catalog.Books.Select((book, i) => new BookRevenue { BookId = book.EternalId, Year = 2024, Amount = amounts[i] });
        await _workspace.SaveAllAsync(revenues);
        Later(minutes: 55);
        PrintCommitted(await _workspace.FinalizeAsync(Finance, "Add 2024 revenue"));
        Report.Blank();

        var head = await _repository.SnapshotAsync("main");
        var labels = await Labels.LoadAsync(head);
        var byBook = (await head.Query<BookRevenue>().ToListAsync()).ToLookup(r => r.BookId);
        var table = new TextTable("Book", "2022", "2023", "2024");
        foreach (var book in _catalog.Books)
        {
            var perYear = byBook[book.EternalId].ToDictionary(r => r.Year, r => r.Amount);
            table.Row(labels[book.EternalId], perYear.GetValueOrDefault(2022), perYear.GetValueOrDefault(2023), perYear.GetValueOrDefault(2024));
        }

        table.Print();
    }

    public async Task RefuseDuplicateRevenueAsync()
    {
        Report.Section("A refused constraint violation");
        var kindred = _catalog.Kindred.EternalId;
        Report.Note("BookRevenue is declared IsUniqueInSnapshot(r => new { r.BookId, r.Year }).");
        Report.Note("Recording Kindred's corrected 2023 figure as a second 2023 row instead of fixing the first:");
        Report.Blank();
        var duplicate = await _workspace.SaveAsync(new BookRevenue { BookId = kindred, Year = 2023, Amount = 66_080.75m });
        Later(minutes: 3);
        try
        {
            await _workspace.FinalizeAsync(Finance, "Kindred: corrected 2023 revenue");
            throw new InvalidOperationException("Unexpected: the duplicate 2023 revenue for Kindred was committed.");
        }
        catch (SnapshotConstraintException refused)
        {
            Report.Note($"{nameof(SnapshotConstraintException)}: {refused.Message}");
            Report.Blank();
            var labels = await Labels.LoadAsync(await _workspace.SnapshotAsync());
            var table = new TextTable("Constraint", "Entities", "Shared key");
            foreach (var violation in refused.Violations)
            {
                table.Row(violation.Constraint, $"{violation.Entities.Count} {violation.EntityType} rows", labels.InText(violation.Key));
            }

            table.Print();
        }

        Report.Note("Nothing was committed and the workspace is still usable: remove the extra row, fix the original.");
        await _workspace.RemoveAsync(duplicate);
        var original = _catalog.Revenues.Single(r => r.BookId == kindred && r.Year == 2023);
        original.Amount = 66_080.75m;
        await _workspace.SaveAsync(original);
        Report.Blank();
        await PrintDiffAsync(await _workspace.StatusAsync());
        Later(minutes: 2);
        PrintCommitted(await _workspace.FinalizeAsync(Finance, "Correct Kindred's 2023 revenue"));
    }

    public async Task ChangeRateAfterStatementAsync()
    {
        Report.Section("A pinned reference: an issued statement keeps its rate");
        var leGuin = _catalog.LeGuin.EternalId;
        var head = await _repository.SnapshotAsync("main");
        var rate = await head.FindAsync<RoyaltyRate>(_catalog.LeGuinRate.EternalId)
            ?? throw new InvalidOperationException("Unexpected: Le Guin's royalty rate is missing.");

        // One SQL query: Le Guin's books in this snapshot, joined to their 2024 revenue in the same snapshot.
        var leGuinBooks = head.Query<Book>().Where(b => b.AuthorId == leGuin).Select(b => b.EternalId);
        var revenue = await head.Query<BookRevenue>().Where(r => r.Year == 2024 && leGuinBooks.Contains(r.BookId)).SumAsync(r => r.Amount);
        var statement = await _workspace.SaveAsync(new RoyaltyStatement
        {
            AuthorId = leGuin,
            Year = 2024,
            RateVersionId = rate.VersionId, // pins this exact version of the rate
            Revenue = revenue,
            Royalty = RoyaltyOn(revenue, rate.Percent),
        });
        Later(minutes: 52);
        PrintCommitted(await _workspace.FinalizeAsync(Finance, "Issue Le Guin's 2024 royalty statement"));

        rate.Percent = 12.5m;
        await _workspace.SaveAsync(rate);
        Later(minutes: 35);
        PrintCommitted(await _workspace.FinalizeAsync(Finance, "Renegotiate Le Guin's royalty rate to 12.5%"));
        Report.Blank();

        var now = await _repository.SnapshotAsync("main");
        var issued = await now.FindAsync<RoyaltyStatement>(statement.EternalId)
            ?? throw new InvalidOperationException("Unexpected: the statement is missing.");
        var pinned = await _repository.FindVersionAsync<RoyaltyRate>(issued.RateVersionId)
            ?? throw new InvalidOperationException("Unexpected: the pinned rate version does not resolve.");
        var current = await now.FindAsync<RoyaltyRate>(rate.EternalId)
            ?? throw new InvalidOperationException("Unexpected: the current rate is missing.");

        Report.Note($"Statement for {_catalog.LeGuin.Name}, 2024: revenue {issued.Revenue:#,0.00}, royalty {issued.Royalty:#,0.00}.");
        Report.Blank();
        var pinnedFrom = await _repository.FindCommitAsync(pinned.CommitId.ToString());
        var currentFrom = await _repository.FindCommitAsync(current.CommitId.ToString());
        new TextTable("Rate", "Percent", "Royalty on 2024 revenue", "Version made by commit")
            .Row("Pinned by the statement", pinned.Percent, RoyaltyOn(issued.Revenue, pinned.Percent), pinnedFrom.ToString())
            .Row("Current on main", current.Percent, RoyaltyOn(issued.Revenue, current.Percent), currentFrom.ToString())
            .Print();
        Expect(pinned.Percent == 10m && current.Percent == 12.5m && pinned.VersionId != current.VersionId,
            $"the statement to keep 10% while the current rate is 12.5%, got {pinned.Percent}% and {current.Percent}%");
        Expect(issued.Royalty == RoyaltyOn(issued.Revenue, pinned.Percent), "the statement's royalty to match its pinned rate");
    }

    public async Task ShowLogAsync()
    {
        Report.Section("The log of main");
        var table = new TextTable("Commit", "When", "Author", "Message");
        foreach (var commit in await _repository.LogAsync("main"))
        {
            table.Row(commit.ShortForm, commit.Timestamp.Humanize(), commit.Author, commit.Subject);
        }

        table.Print();
    }

    public async Task ShowDiffAsync(Commit from, Commit to)
    {
        Report.Section($"Diff from {from.ShortForm} to {to.ShortForm} (\"{to.Subject}\")");
        var diff = await _repository.DiffAsync(Revision(from), Revision(to));
        await PrintDiffAsync(diff, await _repository.SnapshotAsync(Revision(from)), await _repository.SnapshotAsync(Revision(to)));
        var kindred = diff[_catalog.Kindred.EternalId]?.Fields.SingleOrDefault(f => f.Field == nameof(Book.Categories));
        Expect(kindred is not null && kindred.MembersAdded.SequenceEqual([_catalog.Historical.EternalId]) && kindred.MembersRemoved.SequenceEqual([_catalog.ScienceFiction.EternalId]),
            "Kindred's categories to gain \"historical\" and lose \"science fiction\"");
    }

    public async Task ShowHistoryAsync(Book book)
    {
        var labels = await Labels.LoadAsync(await _repository.SnapshotAsync("main"));
        Report.Section($"History of \"{labels[book.EternalId]}\"");
        var history = await _repository.HistoryAsync(book.EternalId, "main");
        var table = new TextTable("Commit", "When", "Change", "Title", "List price", "Categories");
        foreach (var entry in history)
        {
            // Each entry names the version the commit left current; any version can be read back by its id.
            var version = entry.VersionId is { } id ? await _repository.FindVersionAsync<Book>(id) : null;
            table.Row(entry.Commit.ShortForm, entry.Commit.Timestamp.Humanize(), entry.Kind, version?.Title, version?.ListPrice, version is null ? null : labels.Join(version.Categories));
        }

        table.Print();
        Expect(history.Count == 3 && history[^1].Kind == ChangeKind.Added, $"three history entries ending in Added, got {history.Count}");
    }

    public async Task CompareRevenueAsOfAsync(Commit past)
    {
        Report.Section($"Revenue per year as of {past.ShortForm} and now");
        var then = await _repository.SnapshotAsync(Revision(past));
        var now = await _repository.SnapshotAsync("main");

        // Plain LINQ over a snapshot; EF translates it to one GROUP BY query over that commit's history.
        static IQueryable<YearTotal> TotalsPerYear(Snapshot snapshot) =>
            snapshot.Query<BookRevenue>().GroupBy(r => r.Year).Select(g => new YearTotal(g.Key, g.Sum(r => r.Amount)));
        static Task<Dictionary<int, decimal>> TotalsPerYearAsync(Snapshot snapshot) =>
            TotalsPerYear(snapshot).ToDictionaryAsync(t => t.Year, t => t.Total);

        var totalsThen = await TotalsPerYearAsync(then);
        var totalsNow = await TotalsPerYearAsync(now);
        var table = new TextTable("Year", $"As of {past.ShortForm}", "Now", "Change");
        foreach (var year in totalsThen.Keys.Union(totalsNow.Keys).Order())
        {
            var before = totalsThen.GetValueOrDefault(year);
            var after = totalsNow.GetValueOrDefault(year);
            table.Row(year, totalsThen.ContainsKey(year) ? before : null, after, after - before);
        }

        table.Print();
        Report.Note("The SQL for the \"as of\" column (ToQueryString()): the snapshot is a filter on the commit's ancestry.");
        Report.Blank();
        var sql = TotalsPerYear(then).ToQueryString().Split('\n');
        foreach (var line in sql.Where(l => l.Length > 0 && !l.StartsWith(".param", StringComparison.Ordinal)))
        {
            Report.Note("  " + line);
        }

        Report.Blank();
        Expect(!totalsThen.ContainsKey(2024) && totalsNow.ContainsKey(2024) && totalsNow[2023] - totalsThen[2023] == 66_080.75m - 64_230.75m,
            "2024 to appear and 2023 to rise by Kindred's correction");
    }

    public async Task ShowBooksTaggedAsOfAsync(CategoryTag tag, Commit past)
    {
        Report.Section($"Books tagged \"{tag.Label}\" as of {past.ShortForm} and now");
        async Task<List<string>> TitlesAsync(Snapshot snapshot) =>
            await snapshot.QueryContaining<Book>(b => b.Categories, tag.EternalId).Select(b => b.Title).OrderBy(t => t).ToListAsync();

        var then = await TitlesAsync(await _repository.SnapshotAsync(Revision(past)));
        var now = await TitlesAsync(await _repository.SnapshotAsync("main"));
        new TextTable("Snapshot", "Books")
            .Row($"{past.ShortForm} ({past.Subject})", string.Join("; ", then))
            .Row("main (now)", string.Join("; ", now))
            .Print();
        Expect(then.Count == 1 && now.Count == 2, $"one award winner then and two now, got {then.Count} and {now.Count}");
    }

    private static decimal RoyaltyOn(decimal revenue, decimal percent) =>
        Math.Round(revenue * percent / 100, 2, MidpointRounding.AwayFromZero);

    // Any revision string works (branch, commit id, checksum prefix, main~2); a full commit id is never ambiguous.
    private static string Revision(Commit commit) => commit.Id.ToString();

    private async Task PrintDiffAsync(Diff diff, params Snapshot[] context)
    {
        var labels = await Labels.LoadAsync([.. context, await _workspace.SnapshotAsync()]);
        new DiffView(labels).Print(diff);
    }

    private void Later(int minutes) => _clock.Advance(TimeSpan.FromMinutes(minutes));

    private static void PrintCommitted(Commit commit) =>
        Report.Note($"Committed {commit.ShortForm} \"{commit.Subject}\" by {commit.Author}.");

    private static void Expect(bool condition, string expectation)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Unexpected result: expected {expectation}.");
        }
    }
}
