using Versioner.Ingest.Configuration;
using Versioner.Ingest.Pipeline;

namespace Versioner.Tests.Pipeline;

/// <summary>The pending group is changed in place by the single writer; a failed transaction restores it as it was.</summary>
public sealed class CommitGroupTests
{
    private static readonly DateTimeOffset Opened = new(2025, 1, 31, 9, 30, 0, TimeSpan.Zero);

    private static CommitGroup.Entry Entry(string author = "ada") => new("Invoice", Guid.CreateVersion7(), "upsert", author, "billing", null);

    [Fact]
    public void Restoring_a_mark_drops_what_was_added_since_and_keeps_what_was_there()
    {
        var group = new CommitGroup();
        var (a, b) = (Entry(), Entry());
        group.Add(a, Opened);
        group.Add(b, Opened.AddSeconds(1));
        var mark = group.Save();
        var (c, d) = (Entry("bob"), Entry());
        group.Add(c, Opened.AddSeconds(2));
        group.Add(d, Opened.AddSeconds(3));
        group.MustCloseBefore(c, CommitMode.PerRequest).Should().BeTrue();

        var restored = mark.Restore();

        restored.Should().BeSameAs(group);
        restored.Count.Should().Be(2);
        restored.OpenedAt.Should().Be(Opened);
        restored.MustCloseBefore(a, CommitMode.PerRequest).Should().BeTrue("a is still in the group");
        restored.MustCloseBefore(c, CommitMode.PerRequest).Should().BeFalse("c was dropped with the failed transaction");
        restored.MustCloseBefore(d, CommitMode.PerRequest).Should().BeFalse();
        var (author, message) = restored.Describe(CommitMode.PerRequest, "ingest");
        author.Should().Be("ada", "bob's version is no longer in the group");
        message.Should().StartWith("Ingest 2 versions").And.Contain(b.EternalId.ToString()).And.NotContain(c.EternalId.ToString());
    }

    [Fact]
    public void Restoring_the_mark_of_an_empty_group_empties_it_and_the_next_version_opens_it_again()
    {
        var group = new CommitGroup();
        var mark = group.Save();
        group.Add(Entry(), Opened);

        var restored = mark.Restore();

        restored.IsEmpty.Should().BeTrue();
        restored.Key.Should().BeNull();
        restored.Add(Entry(), Opened.AddMinutes(5));
        restored.OpenedAt.Should().Be(Opened.AddMinutes(5), "the group's age counts from its first version");
    }
}
