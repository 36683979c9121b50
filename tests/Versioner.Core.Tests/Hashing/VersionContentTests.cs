using Versioner.Tests.Infrastructure;
using static Versioner.Tests.Infrastructure.TestIds;

namespace Versioner.Tests.Hashing;

public sealed class VersionContentTests
{
    private static VersionContent Dune() => BookVersion(Field("Title", "Dune"), Field("Price", 12.5m), Field("Author", Author));

    [Fact]
    public void Names_that_cannot_be_encoded_faithfully_are_refused()
    {
        FluentActions.Invoking(() => new VersionContent("Bo\0ok", Book, BookV1, [])).Should().Throw<InvalidFieldValueException>();
        FluentActions.Invoking(() => new VersionContent("Book", Book, BookV1, [Field("Ti\ud800tle", "x")])).Should().Throw<InvalidFieldValueException>()
            .Which.Problem.Should().Contain("unpaired surrogate");
    }

    [Fact]
    public void A_version_needs_its_ids()
    {
        FluentActions.Invoking(() => new VersionContent("Book", default, BookV1, [])).Should().Throw<ArgumentException>().WithParameterName("eternalId");
        FluentActions.Invoking(() => new VersionContent("Book", Book, default, [])).Should().Throw<ArgumentException>().WithParameterName("versionId");
    }

    [Fact]
    public void Field_order_does_not_change_the_checksum()
    {
        var reordered = BookVersion(Field("Author", Author), Field("Title", "Dune"), Field("Price", 12.5m));

        reordered.ComputeChecksum().Should().Be(Dune().ComputeChecksum());
    }

    [Fact]
    public void Fields_are_sorted_by_ordinal_name()
    {
        var version = BookVersion(Field("b", 1), Field("a", 2), Field("B", 3), Field("Ä", 4));

        version.Fields.Select(f => f.Key).Should().Equal("B", "a", "b", "Ä");
    }

    [Fact]
    public void Duplicate_field_is_refused()
    {
        var act = () => BookVersion(Field("Title", "Dune"), Field("Title", "Dune"));

        act.Should().Throw<ArgumentException>()
            .WithMessage("Field 'Title' appears twice in a version of 'Book'.*")
            .WithParameterName("fields");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_entity_type_is_refused(string entityType)
    {
        var act = () => new VersionContent(entityType, Book, BookV1, []);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(entityType));
    }

    [Fact]
    public void Checksum_is_deterministic()
    {
        Dune().ComputeChecksum().Should().Be(Dune().ComputeChecksum());
        Dune().ComputeChecksum().IsEmpty.Should().BeFalse();
    }

    public static TheoryData<string, VersionContent> Variants => new()
    {
        { "a field value", BookVersion(Field("Title", "Dune Messiah"), Field("Price", 12.5m), Field("Author", Author)) },
        { "a field name", BookVersion(Field("Name", "Dune"), Field("Price", 12.5m), Field("Author", Author)) },
        { "a field's kind", BookVersion(Field("Title", "Dune"), Field("Price", 12.5), Field("Author", Author)) },
        { "a reference's kind", BookVersion(Field("Title", "Dune"), Field("Price", 12.5m), Field("Author", Author.Value)) },
        { "a field added", BookVersion(Field("Title", "Dune"), Field("Price", 12.5m), Field("Author", Author), Field("Pages", 412)) },
        { "a null field added", BookVersion(Field("Title", "Dune"), Field("Price", 12.5m), Field("Author", Author), Field("Subtitle", null)) },
        { "a field removed", BookVersion(Field("Title", "Dune"), Field("Price", 12.5m)) },
        { "the entity type", new VersionContent("Novel", Book, BookV1, Dune().Fields) },
        { "the eternal id", new VersionContent("Book", TagA, BookV1, Dune().Fields) },
        { "the version id", new VersionContent("Book", Book, BookV2, Dune().Fields) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Checksum_changes_with_any_part_of_the_content(string change, VersionContent variant)
    {
        variant.ComputeChecksum().Should().NotBe(Dune().ComputeChecksum(), $"{change} changed");
    }

    [Fact]
    public void Field_names_and_values_are_not_confused_across_the_boundary()
    {
        // Length prefixes keep ("ab", "c") and ("a", "bc") apart.
        BookVersion(Field("ab", "c")).ComputeChecksum().Should().NotBe(BookVersion(Field("a", "bc")).ComputeChecksum());
    }

    [Fact]
    public void Large_values_are_hashed_whole()
    {
        var big = new byte[100_000];
        var other = new byte[100_000];
        other[^1] = 1;

        BookVersion(Field("Scan", big)).ComputeChecksum().Should().NotBe(BookVersion(Field("Scan", other)).ComputeChecksum());
        BookVersion(Field("Scan", big)).ComputeChecksum().Should().Be(BookVersion(Field("Scan", new byte[100_000])).ComputeChecksum());
    }

    [Fact]
    public void Indexer_gives_the_value_or_null_for_a_missing_field()
    {
        var version = Dune();

        version["Title"].Should().Be(FieldValue.From("Dune"));
        version["Price"].Should().Be(FieldValue.From(12.50m));
        version["Subtitle"].Should().Be(FieldValue.Null);
        version["title"].Should().Be(FieldValue.Null);
    }

    [Fact]
    public void TryGetValue_says_whether_the_field_exists()
    {
        var version = BookVersion(Field("Author", Author), Field("Subtitle", null), Field("Title", "Dune"));

        version.TryGetValue("Subtitle", out var subtitle).Should().BeTrue();
        subtitle.IsNull.Should().BeTrue();
        version.TryGetValue("Author", out var author).Should().BeTrue();
        author.Should().Be(FieldValue.From(Author));
        version.TryGetValue("Pages", out _).Should().BeFalse();
    }

    [Fact]
    public void Keeps_its_ids_and_entity_type()
    {
        var version = Dune();

        version.EntityType.Should().Be("Book");
        version.EternalId.Should().Be(Book);
        version.VersionId.Should().Be(BookV1);
    }

    [Fact]
    public void ToString_shows_type_short_id_and_field_count()
    {
        Dune().ToString().Should().Be("Book 3c4d5e6f (3 fields)");
    }
}
