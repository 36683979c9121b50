using static Versioner.Tests.Infrastructure.TestIds;

namespace Versioner.Tests.Pointers;

public sealed class EternalIdSetTests
{
    [Fact]
    public void Duplicates_collapse_and_members_enumerate_in_big_endian_uuid_order()
    {
        var set = EternalIdSet.Of(TagC, TagA, TagB, TagA);

        set.Should().Equal(TagB, TagA, TagC);
        set.Count.Should().Be(3);
        set.ToString().Should().Be("{3 ids}");
    }

    [Fact]
    public void Order_given_does_not_change_the_checksum()
    {
        EternalIdSet.Of(TagA, TagB, TagC).Checksum.Should().Be(EternalIdSet.Of(TagC, TagB, TagA).Checksum);
    }

    [Fact]
    public void Sets_with_the_same_members_are_equal()
    {
        var a = EternalIdSet.Of(TagA, TagB);
        var b = EternalIdSet.Of(TagB, TagA, TagB);

        a.Should().NotBeSameAs(b);
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Sets_with_different_members_differ_in_checksum()
    {
        var checksums = new[]
        {
            EternalIdSet.Empty.Checksum,
            EternalIdSet.Of(TagA).Checksum,
            EternalIdSet.Of(TagB).Checksum,
            EternalIdSet.Of(TagA, TagB).Checksum,
        };

        checksums.Should().OnlyHaveUniqueItems();
        EternalIdSet.Of(TagA).Equals(EternalIdSet.Of(TagB)).Should().BeFalse();
        EternalIdSet.Of(TagA).Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Empty_set_has_no_members_and_equals_a_set_made_of_nothing()
    {
        EternalIdSet.Empty.Count.Should().Be(0);
        EternalIdSet.Empty.Should().BeEmpty();
        EternalIdSet.Of().Equals(EternalIdSet.Empty).Should().BeTrue();
    }

    [Fact]
    public void Add_returns_a_new_set_and_leaves_the_original_unchanged()
    {
        var original = EternalIdSet.Of(TagA);

        var added = original.Add(TagB);

        added.Should().Equal(TagB, TagA);
        original.Should().Equal(TagA);
        added.Checksum.Should().Be(EternalIdSet.Of(TagA, TagB).Checksum).And.NotBe(original.Checksum);
    }

    [Fact]
    public void Adding_a_member_returns_the_same_set()
    {
        var set = EternalIdSet.Of(TagA, TagB);

        set.Add(TagA).Should().BeSameAs(set);
    }

    [Fact]
    public void Remove_returns_a_new_set_and_leaves_the_original_unchanged()
    {
        var original = EternalIdSet.Of(TagA, TagB, TagC);

        var removed = original.Remove(TagA);

        removed.Should().Equal(TagB, TagC);
        original.Should().Equal(TagB, TagA, TagC);
        removed.Equals(EternalIdSet.Of(TagB, TagC)).Should().BeTrue();
    }

    [Fact]
    public void Removing_a_non_member_returns_the_same_set()
    {
        var set = EternalIdSet.Of(TagA);

        set.Remove(TagC).Should().BeSameAs(set);
    }

    [Fact]
    public void Removing_every_member_gives_a_set_equal_to_the_empty_set()
    {
        EternalIdSet.Of(TagA).Remove(TagA).Equals(EternalIdSet.Empty).Should().BeTrue();
    }

    [Fact]
    public void Contains_finds_members_only()
    {
        var set = EternalIdSet.Of(TagA, TagC);

        set.Contains(TagA).Should().BeTrue();
        set.Contains(TagC).Should().BeTrue();
        set.Contains(TagB).Should().BeFalse();
    }

    [Fact]
    public void Except_gives_the_members_missing_from_the_other_set()
    {
        var before = EternalIdSet.Of(TagA, TagB);
        var after = EternalIdSet.Of(TagB, TagC);

        before.Except(after).Should().Equal(TagA);
        after.Except(before).Should().Equal(TagC);
        before.Except(before).Should().BeEmpty();
    }

    [Fact]
    public void Empty_id_is_refused()
    {
        var act = () => EternalIdSet.Of(TagA, default);

        act.Should().Throw<ArgumentException>()
            .WithMessage("An EternalIdSet cannot hold the empty id; save the entity first so it has an eternal id.*")
            .WithParameterName("ids");
    }

    [Fact]
    public void Content_is_a_count_then_the_sorted_16_byte_ids()
    {
        var set = EternalIdSet.Of(TagA, TagB);

        Convert.ToHexStringLower(set.Content).Should().Be(
            "00000002" + "0000000100007000800000000000000b" + "0100000000007000800000000000000a");
        set.Kind.Should().Be(PointerKind.Set);
        set.IsLoaded.Should().BeTrue();
    }

    [Fact]
    public void A_set_read_back_from_its_content_is_equal()
    {
        var set = EternalIdSet.Of(TagC, TagA);

        var readBack = (EternalIdSet)PointerValue.FromContent(PointerKind.Set, set.Content);

        readBack.Should().Equal(TagA, TagC);
        readBack.Equals(set).Should().BeTrue();
    }
}
