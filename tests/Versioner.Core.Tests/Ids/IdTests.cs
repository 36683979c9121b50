using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Ids;

public sealed class IdTests
{
    private const string Text = "0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f";

    [Theory]
    [InlineData("0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f")]
    [InlineData("0192F1C4-7A3E-7CDE-8F00-1A2B3C4D5E6F")]
    [InlineData("0192f1c47a3e7cde8f001a2b3c4d5e6f")]
    [InlineData("{0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f}")]
    [InlineData("(0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f)")]
    public void Parse_accepts_every_standard_uuid_form(string text)
    {
        EternalId.Parse(text).Value.Should().Be(new Guid(Text));
        VersionId.Parse(text).Value.Should().Be(new Guid(Text));
        CommitId.Parse(text).Value.Should().Be(new Guid(Text));
    }

    [Fact]
    public void ToString_is_the_dashed_lowercase_uuid()
    {
        EternalId.Parse(Text.ToUpperInvariant()).ToString().Should().Be(Text);
        VersionId.Parse(Text).ToString().Should().Be(Text);
        CommitId.Parse(Text).ToString().Should().Be(Text);
    }

    [Theory]
    [InlineData(1, "f")]
    [InlineData(8, "3c4d5e6f")]
    [InlineData(12, "1a2b3c4d5e6f")]
    [InlineData(32, "0192f1c47a3e7cde8f001a2b3c4d5e6f")]
    [InlineData(100, "0192f1c47a3e7cde8f001a2b3c4d5e6f")]
    public void Short_form_is_the_random_tail_because_a_uuidv7_starts_with_its_timestamp(int prefixLength, string expected)
    {
        EternalId.Parse(Text).ToString(prefixLength).Should().Be(expected);
        VersionId.Parse(Text).ToString(prefixLength).Should().Be(expected);
        CommitId.Parse(Text).ToString(prefixLength).Should().Be(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Short_form_refuses_a_prefix_length_below_one(int prefixLength)
    {
        var act = () => EternalId.Parse(Text).ToString(prefixLength);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
    }

    [Fact]
    public void Default_id_is_empty_and_parsed_ids_are_not()
    {
        default(EternalId).IsEmpty.Should().BeTrue();
        default(VersionId).IsEmpty.Should().BeTrue();
        default(CommitId).IsEmpty.Should().BeTrue();
        EternalId.Parse(Text).IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Parse_refuses_the_empty_uuid_because_it_means_not_assigned()
    {
        var act = () => EternalId.Parse("00000000-0000-0000-0000-000000000000");

        act.Should().Throw<FormatException>().WithMessage(
            "'00000000-0000-0000-0000-000000000000' is not a valid EternalId: expected a non-empty GUID such as 0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f.");
    }

    [Fact]
    public void Parse_refusal_names_the_id_type()
    {
        ((Action)(() => EternalId.Parse("book-1"))).Should().Throw<FormatException>().WithMessage("'book-1' is not a valid EternalId: *");
        ((Action)(() => VersionId.Parse("book-1"))).Should().Throw<FormatException>().WithMessage("'book-1' is not a valid VersionId: *");
        ((Action)(() => CommitId.Parse("book-1"))).Should().Throw<FormatException>().WithMessage("'book-1' is not a valid CommitId: *");
    }

    [Fact]
    public void Parse_refuses_null_as_an_argument_error()
    {
        var act = () => EternalId.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0192f1c4")]
    [InlineData("0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6g")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void TryParse_returns_false_and_the_empty_id_for_text_that_is_not_a_non_empty_uuid(string? text)
    {
        EternalId.TryParse(text, out var eternal).Should().BeFalse();
        VersionId.TryParse(text, out var version).Should().BeFalse();
        CommitId.TryParse(text, out var commit).Should().BeFalse();
        eternal.IsEmpty.Should().BeTrue();
        version.IsEmpty.Should().BeTrue();
        commit.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void TryParse_accepts_what_Parse_accepts()
    {
        EternalId.TryParse(Text, out var eternal).Should().BeTrue();
        CommitId.TryParse(Text.AsSpan(), out var commit).Should().BeTrue();

        eternal.Should().Be(EternalId.Parse(Text));
        commit.Should().Be(CommitId.Parse(Text));
    }

    [Fact]
    public void Span_parsing_gives_the_same_id_as_string_parsing()
    {
        ParseAs<VersionId>(Text).Should().Be(VersionId.Parse(Text));
        ParseAs<EternalId>(Text).Should().Be(EternalId.Parse(Text));
        ParseAs<CommitId>(Text).Should().Be(CommitId.Parse(Text));
    }

    private static T ParseAs<T>(string text)
        where T : ISpanParsable<T>
    {
        T.TryParse(text.AsSpan(), null, out var viaTry).Should().BeTrue();
        T.Parse(text.AsSpan(), null).Should().Be(viaTry);
        return T.Parse(text, null);
    }

    [Fact]
    public void Ids_are_equal_by_value()
    {
        var a = EternalId.Parse(Text);
        var b = new EternalId(new Guid(Text));

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == TestIds.Author).Should().BeFalse();
    }

    [Fact]
    public void Ids_order_by_their_big_endian_bytes()
    {
        // TagB is 00000001-..., TagA is 01000000-..., TagC is f0000000-...: unsigned, most significant byte first.
        new[] { TestIds.TagC, TestIds.TagA, TestIds.TagB }.Order().Should().Equal(TestIds.TagB, TestIds.TagA, TestIds.TagC);
        (TestIds.TagB < TestIds.TagA).Should().BeTrue();
        (TestIds.TagC > TestIds.TagA).Should().BeTrue();
        (TestIds.TagA <= new EternalId(TestIds.TagA.Value)).Should().BeTrue();
        (TestIds.TagA >= TestIds.TagC).Should().BeFalse();
    }

    [Fact]
    public void New_ids_are_time_ordered_version_7_uuids_and_distinct()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => EternalId.New()).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().OnlyContain(id => !id.IsEmpty && id.Value.Version == 7);
        VersionId.New().Value.Version.Should().Be(7);
        CommitId.New().Value.Version.Should().Be(7);
    }

    [Fact]
    public void Explicit_conversion_from_a_guid_keeps_the_value()
    {
        var guid = new Guid(Text);

        ((EternalId)guid).Value.Should().Be(guid);
        ((VersionId)guid).Value.Should().Be(guid);
        ((CommitId)guid).Value.Should().Be(guid);
    }
}
