using Versioner.Cli.Tests.Infrastructure;
using Versioner.Cli.Tests.Model;

namespace Versioner.Cli.Tests.Commands;

public abstract class LogTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task Log_lists_every_commit_newest_first_with_its_short_checksum_author_and_subject()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("log");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = Lines(result.Output);
        lines.Should().HaveCount(5);
        lines[0].Should().StartWith(h.Merge.ShortForm).And.Contain("ada").And.EndWith("Merge topic");
        lines.Skip(1).Take(2).Should().BeEquivalentTo(
            [$"{h.Retitled.ShortForm} 2026-01-02 03:08:05Z  ada  Retitle Dune", $"{h.EmmaOnTopic.ShortForm} 2026-01-02 03:07:05Z  bob  Add Emma"]);
        lines[3].Should().StartWith(h.Repriced.ShortForm).And.EndWith("Reprice Dune");
        lines[4].Should().Be($"{h.Added.ShortForm} 2026-01-02 03:05:05Z  ada  Add Dune");
    }

    [EngineFact]
    public async Task Log_first_parent_follows_the_branch_own_line_and_leaves_out_what_was_merged()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("log", "main", "--first-parent");

        result.ExitCode.Should().Be(0, result.ToString());
        Lines(result.Output).Select(l => l.Split(' ')[0]).Should().Equal(h.Merge.ShortForm, h.Retitled.ShortForm, h.Repriced.ShortForm, h.Added.ShortForm);
    }

    [EngineFact]
    public async Task Log_graph_draws_the_lane_a_merge_opens_and_where_it_meets_the_main_line_again()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("log", "--graph");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = Lines(result.Output);
        lines.Should().HaveCount(7, result.ToString());
        lines[0].Should().StartWith($"* {h.Merge.ShortForm} ");
        lines[1].Should().Be("|\\");
        lines.Skip(2).Take(2).Should().BeEquivalentTo([$"* | {h.Retitled.ShortForm}", $"| * {h.EmmaOnTopic.ShortForm}"], o => o.Using<string>(c => c.Subject.Should().StartWith(c.Expectation)).WhenTypeIs<string>());
        lines[4].Should().Be("|/");
        lines[5].Should().StartWith($"* {h.Repriced.ShortForm} ");
        lines[6].Should().StartWith($"* {h.Added.ShortForm} ");
    }

    [EngineFact]
    public async Task Log_filters_by_author_and_time()
    {
        var h = await SampleHistoryAsync();

        var byBob = await RunAsync("log", "--author", "bob");
        var since = await RunAsync("log", "--since", "2026-01-02T03:07:30Z");

        Lines(byBob.Output).Should().ContainSingle().Which.Should().StartWith(h.EmmaOnTopic.ShortForm);
        Lines(since.Output).Select(l => l.Split(' ')[0]).Should().Equal(h.Merge.ShortForm, h.Retitled.ShortForm);
    }

    [EngineFact]
    public async Task Log_json_lists_the_commits_in_the_documented_shape_and_says_when_more_follow()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("log", "-n", "2", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        var json = result.Json;
        json.GetProperty("hasMore").GetBoolean().Should().BeTrue();
        var merge = json.GetProperty("commits")[0];
        merge.GetProperty("id").GetString().Should().Be(h.Merge.Id.ToString());
        merge.GetProperty("checksum").GetString().Should().Be(h.Merge.Checksum.ToString());
        merge.GetProperty("short").GetString().Should().Be(h.Merge.ShortForm);
        merge.GetProperty("parents").EnumerateArray().Select(p => p.GetString()).Should().Equal(h.Retitled.Id.ToString(), h.EmmaOnTopic.Id.ToString());
        merge.GetProperty("author").GetString().Should().Be("ada");
        merge.GetProperty("message").GetString().Should().Be("Merge topic");
        merge.GetProperty("timestamp").GetString().Should().Be("2026-01-02T03:09:05Z");
        merge.GetProperty("finalized").GetBoolean().Should().BeTrue();
        json.GetProperty("commits").GetArrayLength().Should().Be(2);
    }

    [EngineFact]
    public async Task A_range_with_an_empty_side_reads_that_side_as_the_default_branch_as_git_reads_HEAD()
    {
        var h = await SampleHistoryAsync();
        var ws = await Repo.CheckoutAsync("topic");
        await ws.SaveAsync(new Author { Name = "Ursula K. Le Guin" });
        var later = await ws.FinalizeAsync("bob", "Add Ursula");

        var toTopic = await RunAsync("log", "..topic");
        var fromTopic = await RunAsync("log", "topic..");

        toTopic.ExitCode.Should().Be(0, toTopic.ToString());
        Lines(toTopic.Output).Select(l => l.Split(' ')[0]).Should().Equal(later.ShortForm);
        fromTopic.ExitCode.Should().Be(0, fromTopic.ToString());
        Lines(fromTopic.Output).Select(l => l.Split(' ')[0]).Should().Equal(h.Merge.ShortForm, h.Retitled.ShortForm);
    }

    [EngineFact]
    public async Task Three_dots_are_no_range_for_log_or_diff_and_exit_2_saying_so()
    {
        await SampleHistoryAsync();

        foreach (var command in new[] { "log", "diff" })
        {
            var result = await RunAsync(command, "topic...main");

            result.ExitCode.Should().Be(2, result.ToString());
            result.Error.Should().StartWith("versioner: ").And.Contain("topic...main").And.Contain("three dots", $"{command} names what it does not read, not a revision '.main'");
        }
    }

    [EngineFact]
    public async Task Parent_steps_name_a_merge_s_parents_for_log_show_and_diff_as_git_reads_them()
    {
        var h = await SampleHistoryAsync();

        var first = await RunAsync("log", "main^");
        var second = await RunAsync("log", "main^2");
        var combined = await RunAsync("show", "main~1^", "--json");
        var range = await RunAsync("log", "main^2..main");
        var merged = await RunAsync("diff", "main^", "main");
        var mergedRange = await RunAsync("diff", "main^..main");
        var fromTopic = await RunAsync("diff", "main^2", "main");

        first.ExitCode.Should().Be(0, first.ToString());
        Lines(first.Output).Select(l => l.Split(' ')[0]).Should().Equal(h.Retitled.ShortForm, h.Repriced.ShortForm, h.Added.ShortForm);
        Lines(second.Output).Select(l => l.Split(' ')[0]).Should().Equal(h.EmmaOnTopic.ShortForm, h.Repriced.ShortForm, h.Added.ShortForm);
        combined.Json.GetProperty("commit").GetProperty("id").GetString().Should().Be(h.Repriced.Id.ToString());
        Lines(range.Output).Select(l => l.Split(' ')[0]).Should().Equal(h.Merge.ShortForm, h.Retitled.ShortForm);
        merged.ExitCode.Should().Be(0, merged.ToString());
        merged.Output.Should().StartWith("2 entities changed (+2 ~0 -0)", "the merge brought Emma and her author from topic").And.Contain("Emma");
        mergedRange.Output.Should().Be(merged.Output);
        fromTopic.Output.Should().StartWith("1 entity changed (+0 ~1 -0)", "main's own line retitled Dune").And.Contain("Dune (40th anniversary)");
    }

    [EngineFact]
    public async Task A_parent_step_past_the_history_or_no_step_at_all_exits_2_naming_it()
    {
        await SampleHistoryAsync();

        foreach (var (args, error) in new[]
        {
            (new[] { "log", "main^3" }, "versioner: Revision 'main^3' not found: 'main' has 2 parents, so '^3' names none."),
            (new[] { "show", "main^^2" }, "versioner: Revision 'main^^2' not found: 'main^' is no merge: it has one parent ('main^^'), so '^2' names none."),
            (new[] { "diff", "main~9", "main" }, "versioner: Revision 'main~9' not found: the history of 'main' is only 4 commit(s) deep."),
            (new[] { "diff", "main^x", "main" }, "versioner: 'main^x' is not a revision: '^x' is not a parent step (^ is the first parent, ^N the N-th), and no branch or tag is named 'main^x'."),
        })
        {
            var result = await RunAsync(args);

            result.ExitCode.Should().Be(2, result.ToString());
            result.Output.Should().BeEmpty();
            result.Error.Should().StartWith(error, string.Join(' ', args));
        }
    }

    [EngineFact]
    public async Task An_unknown_revision_exits_2_naming_it_on_stderr()
    {
        await SampleHistoryAsync();

        var result = await RunAsync("log", "no-such-branch");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("versioner: ").And.Contain("no-such-branch");
    }

    internal static List<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}

public sealed class SqliteLogTests : LogTests<SqliteDatabase>;

public sealed class PostgresLogTests : LogTests<PostgresDatabase>;
