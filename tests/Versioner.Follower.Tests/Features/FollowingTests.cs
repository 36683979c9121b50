using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Following.Infrastructure;

namespace Versioner.Tests.Following.Features;

public sealed class FollowingTests_Sqlite : FollowingTests<SqliteProvider>;

public sealed class FollowingTests_Postgres : FollowingTests<PostgresProvider>;

/// <summary>The follower on a real database: change detection, incremental refresh, refusals, rewrites, rollback.</summary>
public abstract class FollowingTests<TProvider> : FollowerTest<TProvider>
    where TProvider : TestProvider, new()
{
    private const int Applied = 201;
    private const int Loaded = 200;

    [FollowerFact]
    public async Task A_follower_that_never_loaded_is_empty_and_serves_nothing()
    {
        var follower = NewFollower(FollowerOptions());

        follower.State.Status.Should().Be(FollowerStatus.Empty);
        follower.Current.IsEmpty.Should().BeTrue();
        follower.Invoking(f => f.Current.Find<Book>(EternalId.New())).Should().Throw<FollowerEmptyException>();

        // Nothing committed yet: the revision names no commit, so the follower stays empty, saying why.
        var state = await follower.RefreshAsync();
        state.Status.Should().Be(FollowerStatus.Empty);
        state.Reason.Should().Contain("main");
    }

    [FollowerFact]
    public async Task Sees_a_finalize_within_the_poll_interval()
    {
        var dune = new Book { Title = "Dune", Price = 9 };
        var first = await CommitAsync("Add Dune", dune);
        var follower = NewFollower(FollowerOptions(o => o.ListenForChanges = false));
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(stop.Token);
        await EventuallyAsync(() => follower.State.Status == FollowerStatus.Fresh, "the first load");
        follower.Current.Commit!.Id.Should().Be(first.Id);
        follower.Current.Find<Book>(dune.EternalId)!.Title.Should().Be("Dune");

        dune.Title = "Dune Messiah";
        var second = await CommitAsync("Retitle", dune);
        // Nothing happens until the interval passes: the follower polls, it is not told (polling only here).
        await Task.Delay(300);
        follower.Current.Commit!.Id.Should().Be(first.Id);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await EventuallyAsync(() => follower.Current.Commit!.Id == second.Id, "the poll sees the new commit");

        follower.Current.Find<Book>(dune.EternalId)!.Title.Should().Be("Dune Messiah");
        follower.State.Status.Should().Be(FollowerStatus.Fresh);
        await stop.CancelAsync();
        await running;
    }

    [FollowerFact]
    public async Task A_document_field_going_from_null_to_absent_and_back_is_applied_as_the_database_holds_it()
    {
        var ws = await Repo.CheckoutAsync();
        var invoice = await ws.SaveDocumentAsync("Invoice", default, System.Text.Json.JsonDocument.Parse("""{"number": 1, "note": null}""").RootElement);
        await ws.FinalizeAsync("ingest", "invoice with a null note");
        var follower = NewFollower(FollowerOptions(o => o.IncludeDocuments("Invoice")));
        (await follower.RefreshAsync()).Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.FindDocument("Invoice", invoice.EternalId)!.Json.Should().Be("""{"note":null,"number":1}""");

        await ws.SaveDocumentAsync("Invoice", invoice.EternalId, System.Text.Json.JsonDocument.Parse("""{"number": 1}""").RootElement);
        var absent = await ws.FinalizeAsync("ingest", "note dropped");
        (await follower.RefreshAsync()).Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.Commit!.Id.Should().Be(absent.Id);
        follower.Current.FindDocument("Invoice", invoice.EternalId)!.Json.Should().Be("""{"number":1}""", "a null field and an absent one are different versions");

        await ws.SaveDocumentAsync("Invoice", invoice.EternalId, System.Text.Json.JsonDocument.Parse("""{"number": 1, "note": null}""").RootElement);
        await ws.FinalizeAsync("ingest", "note null again");
        (await follower.RefreshAsync()).Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.FindDocument("Invoice", invoice.EternalId)!.Json.Should().Be("""{"note":null,"number":1}""");
    }

    [FollowerFact]
    public async Task Applies_1000_commits_incrementally_with_the_same_result_as_a_full_load()
    {
        await Repo.PullAsync(await ThousandCommits.OpenAsync(Owned), "main");
        var head = await Repo.FindCommitAsync("main");
        await Repo.CreateTagAsync("live", "start");
        var follower = NewFollower(FollowerOptions(o => o.Revision = "live"));
        await follower.RefreshAsync();
        var start = follower.Current;
        start.Commit!.Id.Should().Be((await Repo.FindCommitAsync("start")).Id);

        // The tag moves forward over 1,000 commits of mixed changes: edits, additions, removals, sets and large texts.
        await Repo.DeleteTagAsync("live");
        await Repo.CreateTagAsync("live", head);
        var state = await follower.RefreshAsync();

        state.Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.Commit!.Id.Should().Be(head.Id);
        Log.Entries.Where(e => e.Id.Id == Applied).Should().ContainSingle("one refresh applied the diff of the 1,000 commits")
            .Which.Message.Should().Contain($"to {head}");
        var whole = NewFollower(FollowerOptions(o => o.Revision = "live"));
        await whole.RefreshAsync();
        whole.Current.Commit!.Id.Should().Be(head.Id);
        Contents(follower.Current).Should().BeEquivalentTo(Contents(whole.Current));
        follower.Current.Count<Book>().Should().Be(await (await Repo.SnapshotAsync(head)).Query<Book>().CountAsync());
        Contents(start).Should().NotBeEquivalentTo(Contents(follower.Current), "the old snapshot is left as it was");
    }

    [FollowerFact]
    public async Task Refuses_a_version_its_validator_rejects_and_keeps_serving_the_previous_one()
    {
        var euro = new Rate { Code = "EUR", PerDay = 100 };
        var good = await CommitAsync("Rates", euro);
        var follower = NewFollower(FollowerOptions(o => o.Validate(s =>
            s.All<Rate>().All(r => r.PerDay > 0) ? ValidationResult.Success : new ValidationResult("a rate is not positive"))));
        await follower.RefreshAsync();

        euro.PerDay = -5;
        var bad = await CommitAsync("Oops", euro);
        var state = await follower.RefreshAsync();

        state.Status.Should().Be(FollowerStatus.Stale);
        state.Reason.Should().Contain("a rate is not positive").And.Contain(bad.ShortForm);
        state.Pending!.Id.Should().Be(bad.Id);
        state.Since.Should().Be(Clock.GetUtcNow());
        follower.Current.Commit!.Id.Should().Be(good.Id);
        follower.Current.Find<Rate>(euro.EternalId)!.PerDay.Should().Be(100);
        Log.Entries.Should().Contain(e => e.Id.Id == 202 && e.Message.Contains("a rate is not positive"));

        // Still refused on the next check, without loading it again; a fixed version is taken.
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await follower.RefreshAsync()).Since.Should().Be(state.Since, "stale since the refusal");
        euro.PerDay = 120;
        var fixedVersion = await CommitAsync("Fix", euro);
        (await follower.RefreshAsync()).Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.Commit!.Id.Should().Be(fixedVersion.Id);
        follower.Current.Find<Rate>(euro.EternalId)!.PerDay.Should().Be(120);
    }

    [FollowerFact]
    public async Task A_key_held_by_two_entities_refuses_the_version()
    {
        var euro = new Rate { Code = "EUR", PerDay = 100 };
        await CommitAsync("Rates", euro, new Rate { Code = "USD", PerDay = 90 });
        var follower = NewFollower(FollowerOptions(o => o.Include<Rate, string>(r => r.Code)));
        await follower.RefreshAsync();
        follower.Current.FindByKey<Rate, string>("EUR")!.EternalId.Should().Be(euro.EternalId);

        euro.Code = "CHF";
        await CommitAsync("Rename", euro);
        await follower.RefreshAsync();
        follower.Current.FindByKey<Rate, string>("EUR").Should().BeNull();
        follower.Current.FindByKey<Rate, string>("CHF")!.EternalId.Should().Be(euro.EternalId);

        await CommitAsync("Duplicate", new Rate { Code = "CHF", PerDay = 1 });
        var state = await follower.RefreshAsync();
        state.Status.Should().Be(FollowerStatus.Stale);
        state.Reason.Should().Contain("key 'CHF' is held by both");
    }

    [FollowerFact]
    public async Task A_redaction_reloads_the_whole_snapshot()
    {
        var leaked = new Book { Title = "Secret plans", Price = 5 };
        var other = new Book { Title = "Public", Price = 1 };
        var first = await CommitAsync("Add", leaked, other);
        other.Price = 2;
        await CommitAsync("Reprice", other);
        var follower = NewFollower(FollowerOptions());
        await follower.RefreshAsync();
        follower.Current.Find<Book>(leaked.EternalId)!.Title.Should().Be("Secret plans");

        await Repo.RedactAsync(new RedactionRequest { Versions = [leaked.VersionId], Fields = ["Title"], Author = "sec", Reason = "INC-1" });
        var state = await follower.RefreshAsync();

        state.Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.Find<Book>(leaked.EternalId)!.Title.Should().Be("", "the redacted title is gone from memory too");
        follower.Current.Commit!.Checksum.Should().NotBe(first.Checksum);
        Log.Entries.Should().Contain(e => e.Id.Id == Loaded && e.Message.Contains("redaction"));
    }

    [FollowerFact]
    public async Task A_forced_pull_onto_another_history_reloads_the_whole_snapshot()
    {
        var dune = new Book { Title = "Dune", Price = 9 };
        await CommitAsync("Ours", dune);
        var follower = NewFollower(FollowerOptions());
        await follower.RefreshAsync();

        var elsewhere = await OpenOtherDatabaseAsync();
        var theirs = new Book { Title = "Emma", Price = 3 };
        var theirHead = await CommitOnAsync(elsewhere, "main", "Theirs", theirs);
        await Repo.PullAsync(elsewhere, "main", force: true);
        var state = await follower.RefreshAsync();

        state.Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.Commit!.Id.Should().Be(theirHead.Id);
        follower.Current.Find<Book>(dune.EternalId).Should().BeNull();
        follower.Current.Find<Book>(theirs.EternalId)!.Title.Should().Be("Emma");
        Log.Entries.Should().Contain(e => e.Id.Id == Loaded && e.Message.Contains("another line of history"));
    }

    [FollowerFact]
    public async Task Rolls_back_when_its_tag_moves_back()
    {
        var euro = new Rate { Code = "EUR", PerDay = 100 };
        var v1 = await CommitAsync("v1", euro);
        euro.PerDay = 110;
        var v2 = await CommitAsync("v2", euro);
        await Repo.CreateTagAsync("live", v2);
        var follower = NewFollower(FollowerOptions(o => o.Revision = "live"));
        await follower.RefreshAsync();
        follower.Current.Find<Rate>(euro.EternalId)!.PerDay.Should().Be(110);

        // main moves on; the tag pins the follower.
        euro.PerDay = 999;
        await CommitAsync("v3", euro);
        await follower.RefreshAsync();
        follower.Current.Commit!.Id.Should().Be(v2.Id);

        await Repo.DeleteTagAsync("live");
        await Repo.CreateTagAsync("live", v1);
        var state = await follower.RefreshAsync();

        state.Status.Should().Be(FollowerStatus.Fresh);
        follower.Current.Commit!.Id.Should().Be(v1.Id);
        follower.Current.Find<Rate>(euro.EternalId)!.PerDay.Should().Be(100);
    }

    [FollowerFact]
    public async Task A_schema_the_follower_does_not_understand_is_refused_not_half_loaded()
    {
        await CommitAsync("Rates", new Rate { Code = "EUR", PerDay = 100 });
        var newer = new NewerCatalogContext(Provider.OptionsFor<NewerCatalogContext>());
        var options = new FollowerOptions { TimeProvider = Clock }.Include<NewerRate>();
        await using var follower = new Follower(() => new NewerCatalogContext(Provider.OptionsFor<NewerCatalogContext>()), options, Log);
        await newer.DisposeAsync();

        var state = await follower.RefreshAsync();

        state.Status.Should().Be(FollowerStatus.Empty);
        state.Error.Should().BeOfType<ChecksumMigrationRequiredException>();
        state.Reason.Should().Contain("Currency");
        follower.Current.IsEmpty.Should().BeTrue();
    }

    [FollowerFact]
    public async Task Readers_on_many_threads_never_see_a_half_applied_snapshot()
    {
        var accounts = Enumerable.Range(0, 8).Select(i => new Account { Name = $"A{i}", Balance = 1000 }).ToList();
        await CommitAsync("Open", [.. accounts]);
        var follower = NewFollower(FollowerOptions());
        await follower.RefreshAsync();

        using var stop = new CancellationTokenSource();
        var violations = 0;
        var reads = 0L;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snapshot = follower.Current;
                var all = snapshot.All<Account>().ToList();
                var total = all.Sum(a => a.Balance);
                var viaFind = accounts.Sum(a => snapshot.Find<Account>(a.EternalId)!.Balance);
                if (all.Count != 8 || total != 8000 || viaFind != 8000)
                {
                    Interlocked.Increment(ref violations);
                }

                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        var random = new Random(3);
        var commits = new List<CommitId>();
        for (var i = 0; i < 25; i++)
        {
            // Each commit moves money between several accounts: a half-applied state would not sum to 8000.
            var from = accounts[random.Next(8)];
            var to = accounts.Where(a => a != from).ElementAt(random.Next(7));
            var amount = random.Next(1, 50);
            from.Balance -= amount;
            to.Balance += amount;
            commits.Add((await CommitAsync($"Move {i}", from, to)).Id);
            (await follower.RefreshAsync()).Status.Should().Be(FollowerStatus.Fresh);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        violations.Should().Be(0);
        reads.Should().BeGreaterThan(100);
        follower.Current.Commit!.Id.Should().Be(commits[^1]);
    }
}
