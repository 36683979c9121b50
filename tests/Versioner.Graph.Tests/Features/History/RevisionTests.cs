using System.Text.RegularExpressions;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>Naming commits: short forms, identical commits, malformed revision text.</summary>
public abstract partial class RevisionTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Identical_sibling_commits_share_a_checksum_and_are_named_by_id()
    {
        var author = new Author { Name = "Ursula" };
        await CommitAsync("first", author);
        await Repo.CreateBranchAsync("left", "main");
        await Repo.CreateBranchAsync("right", "main");
        var left = await RemoveOnAsync("left", author.EternalId);
        var right = await RemoveOnAsync("right", author.EternalId);
        left.Checksum.Should().Be(right.Checksum, "same parent, same change, same author, message and timestamp");

        var refused = (await FluentActions.Awaiting(() => Repo.FindCommitAsync(left.Checksum.ToString())).Should().ThrowAsync<AmbiguousRevisionException>()).Which;

        refused.Identical.Should().BeTrue();
        refused.Candidates.Should().BeEquivalentTo([left.Id, right.Id]);
        refused.Message.Should().Contain(left.Id.ToString()).And.Contain(right.Id.ToString()).And.NotContain("more digits");
        (await Repo.FindCommitAsync(left.Id.ToString())).Id.Should().Be(left.Id);
        (await Repo.FindCommitAsync(right.Id.ToString())).Id.Should().Be(right.Id);
    }

    [GraphFact]
    public async Task A_commit_prints_one_short_form_that_names_it()
    {
        var commit = await CommitAsync("first", new Author { Name = "Ursula" });

        commit.ToString().Should().Be($"{commit.ShortForm} first");
        commit.ShortForm.Should().Be(commit.Checksum.ToString(7));
        (await Repo.FindCommitAsync(commit.ShortForm)).Id.Should().Be(commit.Id);
        (await Repo.LogAsync("main")).Single().ToString().Should().Be(commit.ToString());
    }

    [GraphFact]
    public async Task Every_commit_a_refusal_names_resolves_as_a_revision()
    {
        await CommitAsync("first", new Author { Name = "Ursula" });
        var early = await Repo.CheckoutAsync("main");
        await early.SaveAsync(new Author { Name = "Octavia" });
        await CommitAsync("second", new Author { Name = "Samuel" });

        var moved = (await FluentActions.Awaiting(() => early.FinalizeAsync("ada", "late")).Should().ThrowAsync<BranchMovedException>()).Which;
        var unmerged = (await FluentActions.Awaiting(async () =>
        {
            await Repo.CreateBranchAsync("topic", "main");
            await CommitOnAsync("topic", "topic only", new Author { Name = "Iain" });
            await Repo.DeleteBranchAsync("topic");
        }).Should().ThrowAsync<BranchNotMergedException>()).Which;

        var named = Ids().Matches(moved.Message).Concat(Ids().Matches(unmerged.Message)).Select(m => m.Value).ToArray();
        named.Should().HaveCount(3);
        foreach (var id in named)
        {
            (await Repo.FindCommitAsync(id)).Id.ToString().Should().Be(id);
        }
    }

    private async Task<Commit> RemoveOnAsync(string branch, EternalId id)
    {
        var ws = await Repo.CheckoutAsync(branch);
        await ws.RemoveAsync<Author>(id);
        return await ws.FinalizeAsync("ada", "remove");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Ids();
}

public sealed class RevisionTests_Sqlite : RevisionTests<SqliteProvider>;

/// <summary>Revision text is checked when parsed, before any database is asked: no engine needed.</summary>
public sealed class RevisionParsingTests
{
    [Theory]
    [InlineData("main~x", "'~x' is not a number")]
    [InlineData("~2", "nothing comes before '~'")]
    [InlineData("main@{yesterday}", "'yesterday' is not a date and time")]
    [InlineData("main@{2026-11-01", "not closed")]
    [InlineData("ma in", "spaces")]
    [InlineData("main\tx", "control characters")]
    [InlineData("main}", "braces")]
    [InlineData("^", "nothing comes before '^'")]
    [InlineData("^2~1", "nothing comes before '^'")]
    [InlineData("main@{2026-11-01}^x", "'^x' is not a parent step")]
    [InlineData("main~2x~1", "'~2x' is not a number")]
    [InlineData("main~99999999999999999999", "'~99999999999999999999' is not a number")]
    [InlineData("main..topic", "it is a range (a..b: the commits b has and a lacks), not one commit")]
    [InlineData("main...topic", "three dots (a...b)")]
    [InlineData("main..topic~x", "its side 'topic~x' is not a revision: '~x' is not a number")]
    public void Malformed_revision_text_is_refused_at_once(string text, string problem)
    {
        var refused = FluentActions.Invoking(() => Revision.Parse(text)).Should().Throw<InvalidRevisionException>().Which;

        refused.Revision.Should().Be(text);
        refused.Message.Should().Contain(problem);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("main~")]
    [InlineData("main~12")]
    [InlineData("main@{2026-11-01T12:00:00Z}")]
    [InlineData("main~2@{2026-11-01T12:00:00+01:00}")]
    [InlineData("main^")]
    [InlineData("main^2")]
    [InlineData("main~2^2~1^^0")]
    [InlineData("main^2@{2026-11-01T12:00:00Z}~1")]
    [InlineData("release^x")]
    [InlineData("main@{2026-11-01 12:00:00}")]
    [InlineData("3f2a9c1")]
    [InlineData("0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f")]
    public void Well_formed_revision_text_parses(string text) => Revision.Parse(text).Text.Should().Be(text);
}

/// <summary>Range text <c>a..b</c>: one type reads it, with its refusals, before any database is asked.</summary>
public sealed class RevisionRangeTests
{
    [Theory]
    [InlineData("v1..main", "v1", "main")]
    [InlineData("..topic", null, "topic")]
    [InlineData("topic..", "topic", null)]
    [InlineData(" main~2^2 .. main@{2026-11-01 12:00:00} ", "main~2^2", "main@{2026-11-01 12:00:00}")]
    [InlineData("..", null, null)]
    public void A_range_parses_to_its_sides_an_empty_one_null_and_prints_back(string text, string? from, string? to)
    {
        var range = RevisionRange.Parse(text);

        range.From.Should().Be(from is null ? (Revision?)null : Revision.Parse(from));
        range.To.Should().Be(to is null ? (Revision?)null : Revision.Parse(to));
        RevisionRange.Parse(range.ToString()).Should().Be(range);
        RevisionRange.TryParse(text, out var tried).Should().BeTrue();
        tried.Should().Be(range);
        range.ToString().Should().Be($"{from}..{to}");
    }

    [Theory]
    [InlineData("main", "'main' is not a range: it has no '..'.")]
    [InlineData("a...b", "'a...b' is not a range: a range is two revisions with '..' between them (a..b: what b has and a lacks); three dots (a...b) and a second '..' are not ranges Versioner reads.")]
    [InlineData("a..b..c", "'a..b..c' is not a range: a range is two revisions with '..' between them*")]
    [InlineData("~1..b", "'~1..b' is not a range: its side '~1' is not a revision: nothing comes before '~'.")]
    [InlineData("a..b c", "'a..b c' is not a range: its side 'b c' is not a revision: a name has no spaces*")]
    public void Text_that_is_no_range_is_refused_naming_why_and_TryParse_says_false(string text, string message)
    {
        FluentActions.Invoking(() => RevisionRange.Parse(text)).Should().Throw<InvalidRevisionException>()
            .WithMessage(message + "*A range is a..b (the commits b has and a lacks)*").Which.Revision.Should().Be(text);
        RevisionRange.TryParse(text, out var range).Should().BeFalse();
        range.Should().Be(default(RevisionRange));
        RevisionRange.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Ranges_are_equal_by_their_sides_as_written()
    {
        var id = new CommitId(Guid.CreateVersion7());

        new RevisionRange("v1", "main").Should().Be(RevisionRange.Parse("v1..main"));
        (new RevisionRange("v1", "main") == RevisionRange.Parse("v1..main")).Should().BeTrue();
        (new RevisionRange(null, "main") != RevisionRange.Parse("main..main")).Should().BeTrue("an empty side is not the default branch named");
        new RevisionRange(id, null).ToString().Should().Be($"{id}..");
        new RevisionRange(null, "main").GetHashCode().Should().Be(RevisionRange.Parse("..main").GetHashCode());
        default(RevisionRange).Should().Be(RevisionRange.Parse(".."));
        FluentActions.Invoking(() => new RevisionRange(default(Revision), "main")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("from");
    }
}
