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
