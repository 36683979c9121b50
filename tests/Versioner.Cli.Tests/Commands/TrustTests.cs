using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>verify, compare, push and pull: checking a database and copying history between two.</summary>
public abstract class TrustTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task Verify_of_an_intact_database_exits_0()
    {
        await SampleHistoryAsync();

        var result = await RunAsync("verify");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Checked 5 commits").And.Contain("No problems found.");
    }

    [EngineFact]
    public async Task Verify_of_a_tampered_database_exits_1_and_names_the_row()
    {
        var h = await SampleHistoryAsync();
        await Db.TamperAsync("UPDATE \"Books\" SET \"Title\" = 'Emma (pirated)' WHERE \"Title\" = 'Emma'");

        var result = await RunAsync("verify", "--progress");
        var json = await RunAsync("verify", "--json");

        result.ExitCode.Should().Be(1, result.ToString());
        var rows = LogTests<TDatabase>.Lines(result.Output).Where(l => l.StartsWith("VersionChecksumMismatch", StringComparison.Ordinal)).ToList();
        result.Output.Should().Contain($"{rows.Count} problems found:", "the tampered version is named in each commit that lists it (the merge lists Emma too)");
        rows.Should().OnlyContain(r => r.Contains("  Book  ") && r.Contains(h.Emma.VersionId.ToString()));
        rows.Should().Contain(r => r.Contains(h.EmmaOnTopic.Id.ToString()));
        result.Error.Should().Contain("verified 5 commits", "--progress reports on stderr, a line at a time when redirected");
        json.ExitCode.Should().Be(1);
        json.Json.GetProperty("issues").EnumerateArray().Should().HaveCount(rows.Count).And.OnlyContain(i =>
            i.GetProperty("kind").GetString() == "VersionChecksumMismatch"
            && i.GetProperty("versionId").GetString() == h.Emma.VersionId.ToString()
            && i.GetProperty("entityType").GetString() == "Book");
        json.Json.GetProperty("valid").GetBoolean().Should().BeFalse();
    }

    [EngineFact]
    public async Task Push_copies_a_branch_then_compare_finds_the_two_identical()
    {
        var h = await SampleHistoryAsync();
        var (other, otherRepo) = await OtherDatabaseAsync();

        var push = await RunAsync("push", other.DbArgument, "main");
        var topic = await RunAsync("push", other.DbArgument, "topic");
        var compare = await RunAsync("compare", other.DbArgument);

        push.ExitCode.Should().Be(0, push.ToString());
        push.Output.Should().StartWith("Pushed main: 5 commits");
        topic.Output.Should().StartWith("Pushed topic: 0 commits", "topic's commits arrived with main");
        (await otherRepo.FindCommitAsync("main")).Checksum.Should().Be(h.Merge.Checksum);
        compare.ExitCode.Should().Be(0, compare.ToString());
        compare.Output.Should().Contain("5 commits in common.").And.Contain("The databases hold the same history.");
    }

    [EngineFact]
    public async Task A_push_to_a_replica_that_does_not_exist_yet_says_how_to_start_one_and_creates_nothing()
    {
        await SampleHistoryAsync();
        var missing = Path.Combine(Path.GetTempPath(), $"replica-{Guid.NewGuid():N}.db");

        var push = await RunAsync("push", missing, "main");
        var pull = await RunAsync("pull", missing, "main");

        push.ExitCode.Should().Be(3, push.ToString());
        push.Error.Should().StartWith($"versioner: No SQLite database at {missing}").And.Contain("add --create to make DB2 one first")
            .And.Contain("or copy this database");
        pull.ExitCode.Should().Be(3, pull.ToString());
        pull.Error.Should().NotContain("to start a replica", "a pull reads from DB2: there is nothing to start");
        File.Exists(missing).Should().BeFalse("the tool never creates a database");
    }

    [EngineFact]
    public async Task Push_create_makes_an_empty_database_a_replica_that_verifies_and_compares_equal()
    {
        var h = await SampleHistoryAsync();
        var fresh = await EmptyDatabaseAsync();

        var push = await RunAsync("push", fresh.DbArgument, "main", "--create");
        var topic = await RunAsync("push", fresh.DbArgument, "topic", "--create", "--json");
        var verify = await CliProcess.RunAsync(["verify", "--db", fresh.DbArgument]);
        var compare = await RunAsync("compare", fresh.DbArgument);
        var listed = await CliProcess.RunAsync(["ls", "Book", "--db", fresh.DbArgument, "--json"]);

        push.ExitCode.Should().Be(0, push.ToString());
        var lines = LogTests<TDatabase>.Lines(push.Output);
        lines.Should().HaveCount(2);
        lines[0].Should().Be("Created an empty Versioner database with 3 versioned types to push into.");
        lines[1].Should().StartWith("Pushed main: 5 commits").And.EndWith($"head {h.Merge.Id}.");
        topic.ExitCode.Should().Be(0, topic.ToString());
        topic.Json.GetProperty("created").GetBoolean().Should().BeFalse("DB2 is a Versioner database now: --create only pushes");
        verify.ExitCode.Should().Be(0, verify.ToString());
        verify.Output.Should().Contain("Checked 5 commits").And.Contain("No problems found.");
        compare.ExitCode.Should().Be(0, compare.ToString());
        compare.Output.Should().Contain("The databases hold the same history.");
        listed.Json.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("fields").GetProperty("Title").GetString())
            .Should().BeEquivalentTo(["Dune (40th anniversary)", "Emma"]);
    }

    [EngineFact]
    public async Task Compare_exits_1_and_lists_the_commits_only_one_side_has()
    {
        var h = await SampleHistoryAsync();
        var (other, _) = await OtherDatabaseAsync();
        (await RunAsync("push", other.DbArgument, "main")).ExitCode.Should().Be(0);
        var extra = await CommitAsync("Reprice Emma", h.Emma.With(b => b.Price = 8m));

        var result = await RunAsync("compare", other.DbArgument, "--json");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Json.GetProperty("identical").GetBoolean().Should().BeFalse();
        result.Json.GetProperty("onlyHere").EnumerateArray().Select(e => e.GetString()).Should().Equal(extra.Id.ToString());
        result.Json.GetProperty("refs").EnumerateArray().Should().ContainSingle(r => r.GetProperty("name").GetString() == "main");
    }

    [EngineFact]
    public async Task A_push_that_is_not_a_fast_forward_is_refused_with_exit_2_unless_forced()
    {
        var h = await SampleHistoryAsync();
        var (other, otherRepo) = await OtherDatabaseAsync();
        (await RunAsync("push", other.DbArgument, "main")).ExitCode.Should().Be(0);
        var ws = await otherRepo.CheckoutAsync("main");
        await ws.SaveAsync(new Model.Author { Name = "Only there" });
        var theirs = await ws.FinalizeAsync("eve", "Diverge there");
        await CommitAsync("Diverge here", h.Emma.With(b => b.Price = 8m));

        var refused = await RunAsync("push", other.DbArgument, "main");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().StartWith("versioner: Branch 'main' in DB2 is at ").And.Contain("add --force to overwrite DB2's 'main'")
            .And.NotContain("force: true", "a command-line user is told the option to add, not the argument to pass");
        (await otherRepo.FindCommitAsync("main")).Id.Should().Be(theirs.Id, "a refused push leaves the target as it was");

        var forced = await RunAsync("push", other.DbArgument, "main", "--force");
        forced.ExitCode.Should().Be(0, forced.ToString());
        forced.Output.Should().Contain("(forced)");
    }

    [EngineFact]
    public async Task Pull_brings_a_branch_from_the_other_database()
    {
        var (other, otherRepo) = await OtherDatabaseAsync();
        var ws = await otherRepo.CheckoutAsync("main");
        await ws.SaveAsync(new Model.Author { Name = "Pulled" });
        var theirs = await ws.FinalizeAsync("eve", "Made there");

        var result = await RunAsync("pull", other.DbArgument, "main", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Json.GetProperty("commits").GetInt32().Should().Be(1);
        (await Repo.FindCommitAsync("main")).Checksum.Should().Be(theirs.Checksum);
    }
}

public sealed class SqliteTrustTests : TrustTests<SqliteDatabase>;

public sealed class PostgresTrustTests : TrustTests<PostgresDatabase>
{
    [EngineFact]
    public async Task Push_create_from_PostgreSQL_makes_a_new_SQLite_file_a_replica()
    {
        await SampleHistoryAsync();
        var file = Path.Combine(Path.GetTempPath(), $"replica-{Guid.NewGuid():N}.db");
        try
        {
            var push = await RunAsync("push", file, "main", "--create", "--json");
            var compare = await RunAsync("compare", file);
            var verify = await CliProcess.RunAsync(["verify", "--db", file]);

            push.ExitCode.Should().Be(0, push.ToString());
            push.Json.GetProperty("created").GetBoolean().Should().BeTrue();
            push.Json.GetProperty("commits").GetInt32().Should().Be(5);
            verify.ExitCode.Should().Be(0, verify.ToString());
            compare.Output.Should().Contain("5 commits in common.");
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    [EngineFact]
    public async Task Push_create_to_a_PostgreSQL_database_that_does_not_exist_says_to_create_it_first()
    {
        await SampleHistoryAsync();
        var missing = new Npgsql.NpgsqlConnectionStringBuilder(Database.DbArgument) { Database = $"missing_{Guid.NewGuid():N}" }.ConnectionString;

        var push = await RunAsync("push", missing, "main", "--create");

        push.ExitCode.Should().Be(3, push.ToString());
        push.Error.Should().Contain("does not exist").And.Contain("create it first (createdb NAME");
    }
}
