
using static Versioner.Tests.Infrastructure.TestIds;

namespace Versioner.Tests.Diffing;

public sealed class DiffTests
{
    private static EternalId Id(int n) => EternalId.Parse($"0192f1c4-0000-7000-8000-{n:x12}");

    private static VersionContent V(string type, EternalId id, string title) =>
        new(type, id, VersionId.New(), [Field("Title", title)]);

    private static EntityChange Added(string type, EternalId id) => EntityChange.Compare(null, V(type, id, "new"))!;

    private static EntityChange Removed(string type, EternalId id) => EntityChange.Compare(V(type, id, "old"), null)!;

    private static EntityChange Modified(string type, EternalId id) => EntityChange.Compare(V(type, id, "old"), V(type, id, "new"))!;

    [Fact]
    public void Counts_added_modified_and_removed_like_a_short_stat()
    {
        var diff = new Diff([Added("Book", Id(1)), Modified("Book", Id(2)), Added("Book", Id(3)), Removed("Author", Id(4))]);

        diff.Added.Should().HaveCount(2);
        diff.Modified.Should().HaveCount(1);
        diff.Removed.Should().HaveCount(1);
        diff.Count.Should().Be(4);
        diff.IsEmpty.Should().BeFalse();
        diff.ToString().Should().Be("+2 ~1 -1");
    }

    [Fact]
    public void Empty_diff_shows_zero_counts()
    {
        Diff.Empty.IsEmpty.Should().BeTrue();
        Diff.Empty.Count.Should().Be(0);
        Diff.Empty.ToString().Should().Be("+0 ~0 -0");
        new Diff([]).ToString().Should().Be("+0 ~0 -0");
    }

    [Fact]
    public void Changes_are_ordered_by_entity_type_then_eternal_id()
    {
        var diff = new Diff([Added("book", Id(1)), Added("Book", Id(3)), Added("Book", Id(2)), Added("Author", Id(9))]);

        diff.Select(c => (c.EntityType, c.EternalId)).Should().Equal(
            ("Author", Id(9)), ("Book", Id(2)), ("Book", Id(3)), ("book", Id(1)));
        diff[0].EntityType.Should().Be("Author");
    }

    [Fact]
    public void Eternal_ids_order_by_their_bytes_within_a_type()
    {
        var diff = new Diff([Added("Tag", TagC), Added("Tag", TagA), Added("Tag", TagB)]);

        diff.Select(c => c.EternalId).Should().Equal(TagB, TagA, TagC);
    }

    [Fact]
    public void Looks_an_entity_up_by_eternal_id()
    {
        var modified = Modified("Book", Id(2));
        var diff = new Diff([Added("Book", Id(1)), modified]);

        diff[Id(2)].Should().BeSameAs(modified);
        diff[Id(7)].Should().BeNull();
    }
}
