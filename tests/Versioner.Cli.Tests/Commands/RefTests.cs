using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>branch and tag: listing, creating, renaming and deleting refs.</summary>
public abstract class RefTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task Branch_creates_renames_lists_and_deletes_branches()
    {
        var h = await SampleHistoryAsync();

        var created = await RunAsync("branch", "release", h.Repriced.ShortForm);
        var renamed = await RunAsync("branch", "-m", "release", "stable");
        var listed = await RunAsync("branch", "--json");

        created.ExitCode.Should().Be(0, created.ToString());
        created.Output.Should().Be($"Branch release created at {h.Repriced.Id}.\n");
        renamed.ExitCode.Should().Be(0, renamed.ToString());
        renamed.Output.Should().Be($"Branch release renamed to stable (at {h.Repriced.Id}).\n");
        var branches = listed.Json.GetProperty("branches").EnumerateArray()
            .ToDictionary(b => b.GetProperty("name").GetString()!, b => b.GetProperty("head").GetProperty("id").GetString());
        branches.Should().BeEquivalentTo(new Dictionary<string, string?>
        {
            ["main"] = h.Merge.Id.ToString(),
            ["stable"] = h.Repriced.Id.ToString(),
            ["topic"] = h.EmmaOnTopic.Id.ToString(),
        });

        (await RunAsync("branch", "-d", "stable")).ExitCode.Should().Be(0);
        (await Repo.BranchesAsync()).Select(b => b.Name).Should().BeEquivalentTo(["main", "topic"]);
    }

    [EngineFact]
    public async Task Deleting_an_unmerged_branch_is_refused_with_exit_2_unless_forced()
    {
        await SampleHistoryAsync();
        var head = (await CommitOnAsync("topic", "Only on topic", new Model.Shelf { Label = "Drafts" })).Id;

        var refused = await RunAsync("branch", "-d", "topic");
        var forced = await RunAsync("branch", "-d", "topic", "--force");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().Be(
            $"versioner: Branch 'topic' is not merged: its head {head} is in no other branch's or tag's history. Merge it first, or delete it anyway: versioner branch -d topic --force.\n",
            "a command-line user is told the command to run, not the library call");
        forced.ExitCode.Should().Be(0, forced.ToString());
        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("main");
    }

    [EngineFact]
    public async Task The_default_branch_is_neither_deleted_nor_renamed_unless_another_is_named_default()
    {
        await SampleHistoryAsync();
        await Repo.Branches.CreateAsync("trunk", "main"); // holds main's head: only the rule refuses

        var deleted = await RunAsync("branch", "-d", "main", "--force");
        var renamed = await RunAsync("branch", "-m", "main", "old");
        var invalid = await RunAsync("log", "--default-branch", "a b");

        deleted.ExitCode.Should().Be(2, deleted.ToString());
        deleted.Error.Should().StartWith("versioner: Branch 'main' is the repository's default branch").And.Contain("it cannot be deleted or renamed")
            .And.Contain("pass --default-branch NAME (or set VERSIONER_DEFAULT_BRANCH)");
        renamed.ExitCode.Should().Be(2, renamed.ToString());
        renamed.Error.Should().StartWith("versioner: Branch 'main' is the repository's default branch");
        invalid.ExitCode.Should().Be(2, invalid.ToString());
        invalid.Error.Should().StartWith("versioner: --default-branch: 'a b' is not a valid branch or tag name");
        (await Repo.BranchesAsync()).Select(b => b.Name).Should().BeEquivalentTo(["main", "topic", "trunk"]);

        await CommitOnAsync("trunk", "Only on trunk", new Model.Shelf { Label = "Trunk" });
        var log = await RunAsync("log", "--default-branch", "trunk", "--json");
        var fromEnvironment = await CliProcess.RunAsync(["log", "-n", "1", "--json", "--db", Database.DbArgument], new Dictionary<string, string?> { ["VERSIONER_DEFAULT_BRANCH"] = "trunk" });
        var retired = await RunAsync("branch", "-d", "main", "--default-branch", "trunk");

        log.ExitCode.Should().Be(0, log.ToString());
        log.Output.Should().Contain("Only on trunk", "log without a revision reads the default branch");
        fromEnvironment.ExitCode.Should().Be(0, fromEnvironment.ToString());
        fromEnvironment.Output.Should().Contain("Only on trunk");
        retired.ExitCode.Should().Be(0, retired.ToString());
        (await Repo.BranchesAsync()).Select(b => b.Name).Should().BeEquivalentTo(["topic", "trunk"]);
    }

    [EngineFact]
    public async Task Tag_names_a_commit_lists_and_deletes_tags()
    {
        var h = await SampleHistoryAsync();

        var created = await RunAsync("tag", "v1", h.Added.ShortForm);
        var listed = await RunAsync("tag");
        var deleted = await RunAsync("tag", "-d", "v1");

        created.ExitCode.Should().Be(0, created.ToString());
        LogTests<TDatabase>.Lines(listed.Output).Should().HaveCount(2).And.Contain(l => l.StartsWith($"v1   {h.Added.ShortForm}", StringComparison.Ordinal) && l.EndsWith("Add Dune", StringComparison.Ordinal));
        deleted.ExitCode.Should().Be(0, deleted.ToString());
        (await Repo.TagsAsync()).Should().BeEmpty();
    }
}

public sealed class SqliteRefTests : RefTests<SqliteDatabase>;

public sealed class PostgresRefTests : RefTests<PostgresDatabase>;
