using System.Text;
using static Versioner.Tests.Infrastructure.TestIds;

namespace Versioner.Tests.Hashing;

public sealed class CommitContentTests
{
    private static readonly Checksum Parent1 = Checksum.Of(Encoding.ASCII.GetBytes("parent 1"));
    private static readonly Checksum Parent2 = Checksum.Of(Encoding.ASCII.GetBytes("parent 2"));
    private static readonly Checksum VersionX = Checksum.Parse("80" + new string('0', 62));
    private static readonly Checksum VersionY = Checksum.Parse("01" + new string('f', 62));
    private static readonly DateTimeOffset Noon = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static CommitContent Commit(
        IEnumerable<Checksum>? parents = null,
        IEnumerable<Checksum>? added = null,
        IEnumerable<EternalId>? removed = null,
        string author = "ursula",
        string message = "Add Dune",
        DateTimeOffset? timestamp = null) =>
        new(parents ?? [Parent1], added ?? [VersionX, VersionY], removed ?? [TagA, TagB], author, message, timestamp ?? Noon);

    [Fact]
    public void A_repeated_added_version_is_refused()
    {
        var act = () => Commit(added: [VersionX, VersionY, VersionX]);

        act.Should().Throw<ArgumentException>().WithMessage("*appears twice*").WithParameterName("addedVersions");
    }

    [Fact]
    public void A_repeated_or_empty_removed_id_is_refused()
    {
        FluentActions.Invoking(() => Commit(removed: [TagA, TagA])).Should().Throw<ArgumentException>().WithParameterName("removed");
        FluentActions.Invoking(() => Commit(removed: [default])).Should().Throw<ArgumentException>().WithMessage("*one is empty*");
        FluentActions.Invoking(() => Commit(added: [default(Checksum)])).Should().Throw<ArgumentException>().WithParameterName("addedVersions");
    }

    [Fact]
    public void Order_of_added_versions_does_not_change_the_checksum()
    {
        Commit(added: [VersionY, VersionX]).ComputeChecksum().Should().Be(Commit(added: [VersionX, VersionY]).ComputeChecksum());
    }

    [Fact]
    public void Added_versions_are_kept_in_ascending_byte_order()
    {
        Commit(added: [VersionX, VersionY]).AddedVersions.Should().Equal(VersionY, VersionX);
    }

    [Fact]
    public void Order_of_removed_ids_does_not_change_the_checksum()
    {
        Commit(removed: [TagC, TagA, TagB]).ComputeChecksum().Should().Be(Commit(removed: [TagB, TagC, TagA]).ComputeChecksum());
    }

    [Fact]
    public void Removed_ids_are_kept_in_ascending_big_endian_byte_order()
    {
        Commit(removed: [TagC, TagA, TagB]).Removed.Should().Equal(TagB, TagA, TagC);
    }

    [Fact]
    public void Parent_order_changes_the_checksum()
    {
        var merge = Commit(parents: [Parent1, Parent2]);
        var reversed = Commit(parents: [Parent2, Parent1]);

        merge.Parents.Should().Equal(Parent1, Parent2);
        merge.ComputeChecksum().Should().NotBe(reversed.ComputeChecksum());
    }

    [Fact]
    public void Unfinalized_parent_is_refused()
    {
        var act = () => Commit(parents: [Parent1, default]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("A parent of a finalized commit must itself be finalized (have a checksum).*")
            .WithParameterName("parents");
    }

    [Fact]
    public void Timestamp_is_kept_in_utc_truncated_to_microseconds()
    {
        var commit = Commit(timestamp: new DateTimeOffset(2024, 3, 1, 14, 0, 0, TimeSpan.FromHours(2)).AddTicks(1234567));

        commit.Timestamp.Should().Be(Noon.AddTicks(1234560));
        commit.Timestamp.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Offsets_and_sub_microsecond_ticks_do_not_change_the_checksum()
    {
        var utc = Commit(timestamp: Noon).ComputeChecksum();

        Commit(timestamp: new DateTimeOffset(2024, 3, 1, 7, 0, 0, TimeSpan.FromHours(-5))).ComputeChecksum().Should().Be(utc);
        Commit(timestamp: Noon.AddTicks(9)).ComputeChecksum().Should().Be(utc);
        Commit(timestamp: Noon.AddTicks(10)).ComputeChecksum().Should().NotBe(utc);
    }

    public static TheoryData<string, CommitContent> Variants => new()
    {
        { "no parent", Commit(parents: []) },
        { "another parent", Commit(parents: [Parent2]) },
        { "a second parent", Commit(parents: [Parent1, Parent2]) },
        { "one version fewer", Commit(added: [VersionX]) },
        { "no removal", Commit(removed: []) },
        { "another removal", Commit(removed: [TagA, TagC]) },
        { "another author", Commit(author: "ursula k") },
        { "another message", Commit(message: "Add Dune.") },
        { "another timestamp", Commit(timestamp: Noon.AddSeconds(1)) },
        { "author and message swapped", Commit(author: "Add Dune", message: "ursula") },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Checksum_changes_with_any_part_of_the_content(string change, CommitContent variant)
    {
        variant.ComputeChecksum().Should().NotBe(Commit().ComputeChecksum(), $"{change} changed");
    }

    [Fact]
    public void Checksum_is_deterministic()
    {
        Commit().ComputeChecksum().Should().Be(Commit().ComputeChecksum());
    }

    [Fact]
    public void Nul_in_the_message_is_refused()
    {
        var act = () => Commit(message: "Add\0Dune");

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'message': the text has a NUL character at index 3, *");
    }

    [Fact]
    public void Unpaired_surrogate_in_the_author_is_refused()
    {
        var act = () => Commit(author: "ursula" + '\uDC00');

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'author': the text has an unpaired surrogate at index 6, *");
    }

    [Fact]
    public void Keeps_author_and_message_as_given()
    {
        var commit = Commit(author: "Ursula K. Le Guin", message: "Initial import\n\nTwo books.");

        commit.Author.Should().Be("Ursula K. Le Guin");
        commit.Message.Should().Be("Initial import\n\nTwo books.");
    }
}
