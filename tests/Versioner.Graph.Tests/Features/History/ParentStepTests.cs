using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Parent steps as git reads them: <c>^</c>, <c>^N</c> (the N-th parent of a merge) and <c>~N</c>, combined in any
/// order; refusals that name the step that went wrong; and names made before <c>^</c> was refused in them.
/// </summary>
public abstract class ParentStepTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>
    /// main: A - B - M - C, topic: A - T1 - T2, M the merge of topic into main (parents B, T2). Topic is a branch line
    /// of its own, so its commits' paths fork from main's.
    /// </summary>
    private async Task<(Commit A, Commit B, Commit T1, Commit T2, Commit M, Commit C, Author OnB, Author OnT2)> HistoryAsync()
    {
        var a = await CommitAsync("A", new Author { Name = "on A" });
        await Repo.Branches.CreateAsync("topic", "main");
        var onB = new Author { Name = "on B" };
        var b = await CommitAsync("B", onB);
        var t1 = await CommitOnAsync("topic", "T1", new Author { Name = "on T1" });
        var onT2 = new Author { Name = "on T2" };
        var t2 = await CommitOnAsync("topic", "T2", onT2);
        var ws = await Repo.CheckoutAsync("main");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var merged = await ws.MergeAsync("topic", new MergeOptions { Author = "ada", FastForward = FastForwardMode.Never });
        var c = await CommitAsync("C", new Author { Name = "on C" });
        merged.Commit!.Parents.Should().Equal(b.Id, t2.Id);
        return (a, b, t1, t2, merged.Commit!, c, onB, onT2);
    }

    [GraphFact]
    public async Task Caret_steps_go_to_a_parent_and_combine_with_tilde_as_git_reads_them()
    {
        var h = await HistoryAsync();

        foreach (var (revision, expected) in new[]
        {
            ("main^", h.M), ("main^1", h.M), ("main^0", h.C), ("main^^", h.B), ("main~1^2", h.T2), ("main^^2", h.T2),
            ("main^^2^", h.T1), ("main~1^2~1", h.T1), ("main~1^2~2", h.A), ("main^^2~2", h.A), ("main~1^2^0", h.T2),
            ("main^~2", h.A), ("main~2^", h.A), ("main~", h.M), ("main~0", h.C),
            (h.M.ShortForm + "^2", h.T2), (h.C.ShortForm + "^", h.M), (h.M.Id + "^2~1", h.T1), ("topic~1", h.T1),
        })
        {
            (await Repo.FindCommitAsync(revision)).Id.Should().Be(expected.Id, revision);
        }
    }

    [GraphFact]
    public async Task A_parent_step_reads_that_commit_s_own_history_in_snapshots_diffs_and_logs()
    {
        var h = await HistoryAsync();

        // main~1^2 is topic's head: it holds T2's author and not B's, which only main's line has.
        var snapshot = await Repo.SnapshotAsync("main~1^2");
        (await snapshot.FindAsync<Author>(h.OnT2.EternalId)).Should().NotBeNull();
        (await snapshot.FindAsync<Author>(h.OnB.EternalId)).Should().BeNull();

        var diff = await Repo.DiffAsync("main^^2", "main^");
        diff.Select(c => c.EternalId).Should().Equal(h.OnB.EternalId);

        (await Repo.LogAsync("main^^2")).Select(c => c.Id).Should().Equal(h.T2.Id, h.T1.Id, h.A.Id);
    }

    [GraphFact]
    public async Task A_step_past_the_history_is_not_found_and_names_the_commit_and_the_step()
    {
        var h = await HistoryAsync();

        foreach (var (revision, message) in new[]
        {
            ("main^2", "Revision 'main^2' not found: 'main' is no merge: it has one parent ('main^'), so '^2' names none."),
            ("main~2^2", "Revision 'main~2^2' not found: 'main~2' is no merge: it has one parent ('main~2^'), so '^2' names none."),
            ("main^^3", "Revision 'main^^3' not found: 'main^' has 2 parents, so '^3' names none."),
            ("main~3^2", "Revision 'main~3^2' not found: 'main~3' is a first commit, with no parents, so '^2' names none."),
            ("main^^^^", "Revision 'main^^^^' not found: the history of 'main' is only 4 commit(s) deep."),
            ("main~1^2~3", "Revision 'main~1^2~3' not found: the history of 'main~1^2' is only 3 commit(s) deep."),
        })
        {
            var refused = (await FluentActions.Awaiting(() => Repo.FindCommitAsync(revision)).Should().ThrowAsync<RevisionNotFoundException>(revision)).Which;

            refused.Message.Should().Be(message);
            refused.Revision.Should().Be(revision);
            refused.IsInvalidInput.Should().BeFalse("the text is a revision: the history is what it goes past");
        }

        h.A.Parents.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_caret_that_is_no_step_is_refused_as_no_revision_once_no_ref_has_that_name()
    {
        await HistoryAsync();

        foreach (var (revision, problem) in new[]
        {
            ("main^x", "'^x' is not a parent step (^ is the first parent, ^N the N-th), and no branch or tag is named 'main^x'"),
            ("main^x~1", "'^x' is not a parent step (^ is the first parent, ^N the N-th), and no branch or tag is named 'main^x'"),
            ("^main", "nothing comes before '^' (to leave a revision's history out, write a range: a..b)"),
        })
        {
            var refused = (await FluentActions.Awaiting(() => Repo.FindCommitAsync(revision)).Should().ThrowAsync<InvalidRevisionException>(revision)).Which;

            refused.Problem.Should().Be(problem);
            refused.Revision.Should().Be(revision);
            refused.IsInvalidInput.Should().BeTrue();
        }
    }

    [GraphFact]
    public async Task A_ref_made_before_names_refused_a_caret_is_named_by_its_exact_name_first()
    {
        var h = await HistoryAsync();
        await Repo.Branches.CreateAsync("old", h.T1.Id);
        await Repo.Tags.CreateAsync("old-tag", h.A.Id);

        // As an older Versioner wrote them: the rule then let '^' (and ':') into a name.
        await RenameRefAsync("old", "main^");
        await RenameRefAsync("old-tag", "rel^x:1");

        (await Repo.FindCommitAsync("main^")).Id.Should().Be(h.T1.Id, "a ref of that exact name wins over main's parent");
        (await Repo.FindCommitAsync("main^^")).Id.Should().Be(h.B.Id, "no ref is named main^^: steps from main");
        (await Repo.FindCommitAsync("main^1")).Id.Should().Be(h.M.Id);
        (await Repo.FindCommitAsync("rel^x:1")).Id.Should().Be(h.A.Id);
        (await Repo.LogAsync("main^")).Select(c => c.Id).Should().Equal(h.T1.Id, h.A.Id);
        (await Repo.DiffAsync("rel^x:1", "main^")).Should().ContainSingle();
        (await Repo.LogAsync("rel^x:1..main^")).Select(c => c.Id).Should().Equal(h.T1.Id);

        // It is still a branch: checked out, committed to, renamed to a valid name and deleted by its name.
        var next = await CommitOnAsync("main^", "on the old branch", new Author { Name = "old line" });
        next.Parents.Should().Equal(h.T1.Id);
        (await Repo.FindCommitAsync("main^")).Id.Should().Be(next.Id);
        (await Repo.FindCommitAsync("main^~1")).Id.Should().Be(h.B.Id, "'~' is in no name: main^~1 is steps from main");
        await Repo.Branches.RenameAsync("main^", "old-line");
        (await Repo.FindCommitAsync("old-line")).Id.Should().Be(next.Id);
        (await Repo.FindCommitAsync("main^")).Id.Should().Be(h.M.Id, "the old name is gone: main^ is main's parent again");
        await Repo.Tags.DeleteAsync("rel^x:1");
        (await Repo.TagsAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_new_branch_or_tag_name_with_a_caret_or_colon_is_refused_saying_why()
    {
        await HistoryAsync();

        foreach (var (name, why) in new[] { ("main^2", "main^2 is the second parent of main"), ("rel:1", "kept for rev:path, as git keeps it") })
        {
            var refused = (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync(name, "main")).Should().ThrowAsync<InvalidRefNameException>(name)).Which;
            refused.Problem.Should().Be($"'{name}' is not a valid branch or tag name: '{name[^2]}' is revision syntax ({why}), so a revision could not name it.");
            refused.IsInvalidInput.Should().BeTrue();
            await FluentActions.Awaiting(() => Repo.Tags.CreateAsync(name, "main")).Should().ThrowAsync<InvalidRefNameException>(name);
            await FluentActions.Awaiting(() => Repo.Branches.RenameAsync("topic", name)).Should().ThrowAsync<InvalidRefNameException>(name);
        }

        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("main", "topic");
        (await Repo.TagsAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_range_reads_parent_steps_on_both_sides_and_refuses_an_exclude_given_twice()
    {
        var h = await HistoryAsync();

        (await Repo.LogAsync("main^^2..main", new LogOptions { FirstParentOnly = false })).Select(c => c.Id).Should().Equal(h.C.Id, h.M.Id, h.B.Id);
        (await Repo.LogAsync(RevisionRange.Parse("main~2..main^^2"), new LogOptions { FirstParentOnly = false })).Select(c => c.Id).Should().Equal(h.T2.Id, h.T1.Id);
        (await Repo.LogAsync(new RevisionRange(h.T1.Id, null))).Select(c => c.Id).Should().Equal(h.C.Id, h.M.Id, h.B.Id);
        (await Repo.LogAsync(new RevisionRange(null, "topic"), new LogOptions { FirstParentOnly = false })).Should().BeEmpty("topic is merged into main");

        (await FluentActions.Awaiting(() => Repo.LogAsync(RevisionRange.Parse("a..b"), new LogOptions { Exclude = "main" })).Should().ThrowAsync<ArgumentException>())
            .WithMessage("The range a..b leaves out a's history, and options.Exclude main's: give one*").Which.ParamName.Should().Be("options");
        await FluentActions.Awaiting(() => Repo.LogAsync("..b", new LogOptions { Exclude = "main" })).Should().ThrowAsync<ArgumentException>();
        (await Repo.LogAsync("main", new LogOptions { Exclude = "main^^2" })).Select(c => c.Id).Should().Equal(h.C.Id, h.M.Id, h.B.Id);
    }

    private async Task RenameRefAsync(string name, string oldStyle)
    {
        var renamed = await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_refs SET name = {0} WHERE name = {1}", oldStyle, name);
        renamed.Should().Be(1);
    }
}

public sealed class ParentStepTests_Sqlite : ParentStepTests<SqliteProvider>
{
    /// <summary>
    /// Steps cost statements by the merges they step through, not by the commits they step over: counted with SQLite's
    /// profile hook, which sees every statement (EF's and the raw ones).
    /// </summary>
    [GraphFact]
    public async Task A_run_of_first_parent_steps_costs_the_same_statements_however_long_it_is()
    {
        await CommitAsync("root", new Author { Name = "root" });
        await Repo.Branches.CreateAsync("topic", "main");
        for (var i = 0; i < 22; i++)
        {
            await CommitOnAsync("topic", $"topic {i}", new Author { Name = $"topic {i}" });
            await CommitAsync($"main {i}", new Author { Name = $"main {i}" });
        }

        var ws = await Repo.CheckoutAsync("main");
        await ws.MergeAsync("topic", new MergeOptions { Author = "ada", FastForward = FastForwardMode.Never });
        await CommitAsync("after", new Author { Name = "after" });
        await Db.Database.OpenConnectionAsync();
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)Db.Database.GetDbConnection();
        var statements = new List<string>();
        SQLitePCL.delegate_profile hook = (_, sql, _) => statements.Add(sql.utf8_to_string());

        async Task<int> CountAsync(string revision)
        {
            await Repo.FindCommitAsync(revision); // once to prepare what stays prepared
            statements.Clear();
            SQLitePCL.raw.sqlite3_profile(connection.Handle, hook, null);
            try
            {
                (await Repo.FindCommitAsync(revision)).Should().NotBeNull();
            }
            finally
            {
                SQLitePCL.raw.sqlite3_profile(connection.Handle, (SQLitePCL.delegate_profile?)null, null);
            }

            return statements.Count;
        }

        foreach (var (shorter, longer) in new[] { ("main~1", "main~20"), ("main~1", "main^^^^^^^^^^^^"), ("main~1^2~1", "main~1^2~20"), ("main^^2^", "main^^2~3^^^~2^1") })
        {
            var few = await CountAsync(shorter);
            (await CountAsync(longer)).Should().Be(few, $"{longer} steps over more commits than {shorter}, through the same merges");
        }

        (await CountAsync("main~1^2")).Should().BeLessThan(await CountAsync("main~1^2~1"), "a step back from a merge's later parent needs that parent's path");
    }
}

public sealed class ParentStepTests_Postgres : ParentStepTests<PostgresProvider>;
