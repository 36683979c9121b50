using System.Text;

namespace Versioner.Tests.Hashing;

public sealed class ChecksumTests
{
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    private const string Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    [Fact]
    public void Of_is_the_sha256_of_the_bytes()
    {
        Checksum.Of(Encoding.ASCII.GetBytes("abc")).ToString().Should().Be(Abc);
    }

    [Fact]
    public void ToString_is_64_lowercase_hex_digits_most_significant_byte_first()
    {
        var bytes = Enumerable.Range(0, 32).Select(i => (byte)(i * 8)).ToArray();

        new Checksum(bytes).ToString().Should().Be("0008101820283038404850586068707880889098a0a8b0b8c0c8d0d8e0e8f0f8");
    }

    [Theory]
    [InlineData(1, "b")]
    [InlineData(7, "ba7816b")]
    [InlineData(12, "ba7816bf8f01")]
    [InlineData(64, Abc)]
    [InlineData(65, Abc)]
    public void Short_form_is_a_prefix_like_a_short_git_hash(int prefixLength, string expected)
    {
        Checksum.Parse(Abc).ToString(prefixLength).Should().Be(expected);
    }

    [Fact]
    public void Short_form_refuses_a_prefix_length_below_one()
    {
        var act = () => Checksum.Parse(Abc).ToString(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("prefixLength");
    }

    [Fact]
    public void Parse_accepts_either_case_and_round_trips()
    {
        Checksum.Parse(Abc.ToUpperInvariant()).Should().Be(Checksum.Parse(Abc));
        Checksum.Parse(Abc).ToString().Should().Be(Abc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ba7816bf")]
    [InlineData(Abc + "0")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015az")]
    [InlineData(" a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Parse_refuses_anything_but_64_hex_digits(string text)
    {
        var act = () => Checksum.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"'{text}' is not a checksum: expected 64 hex digits (SHA-256).");
        Checksum.TryParse(text, out var checksum).Should().BeFalse();
        checksum.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void TryParse_refuses_null_without_throwing()
    {
        Checksum.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_accepts_what_Parse_accepts()
    {
        Checksum.TryParse(Abc, out var checksum).Should().BeTrue();

        checksum.ToString().Should().Be(Abc);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void A_checksum_is_exactly_32_bytes(int length)
    {
        var act = () => new Checksum(new byte[length]);

        act.Should().Throw<ArgumentException>().WithMessage($"A checksum is 32 bytes (SHA-256); got {length}.*").WithParameterName("bytes");
    }

    [Fact]
    public void Default_is_the_empty_checksum_and_a_digest_is_not()
    {
        default(Checksum).IsEmpty.Should().BeTrue();
        Checksum.Parse(new string('0', 64)).IsEmpty.Should().BeTrue();
        Checksum.Parse(Abc).IsEmpty.Should().BeFalse();
        Checksum.Parse(new string('0', 63) + "1").IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Bytes_round_trip()
    {
        var checksum = Checksum.Parse(Abc);
        var copy = new byte[32];

        checksum.CopyTo(copy);

        copy.Should().Equal(Convert.FromHexString(Abc));
        checksum.ToByteArray().Should().Equal(copy);
        new Checksum(copy).Should().Be(checksum);
    }

    [Fact]
    public void Checksums_are_equal_by_value()
    {
        var a = Checksum.Parse(Abc);
        var b = Checksum.Of(Encoding.ASCII.GetBytes("abc"));
        var other = Checksum.Of(Encoding.ASCII.GetBytes("abd"));

        (a == b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != other).Should().BeTrue();
        a.Equals(other).Should().BeFalse();
    }

    [Fact]
    public void Checksums_differing_only_in_the_last_byte_are_different()
    {
        var a = Checksum.Parse(new string('f', 63) + "e");
        var b = Checksum.Parse(new string('f', 64));

        a.Should().NotBe(b);
        (a < b).Should().BeTrue();
    }

    [Fact]
    public void Checksums_order_by_their_bytes_as_unsigned_numbers()
    {
        var low = Checksum.Parse("01" + new string('f', 62));
        var high = Checksum.Parse("80" + new string('0', 62));
        var middleWord = Checksum.Parse(new string('0', 30) + "ff" + new string('0', 32));
        var lastWord = Checksum.Parse(new string('0', 62) + "01");

        new[] { high, low, middleWord, lastWord }.Order().Should().Equal(lastWord, middleWord, low, high);
        (high > low).Should().BeTrue();
        (low <= Checksum.Parse("01" + new string('f', 62))).Should().BeTrue();
        (low >= high).Should().BeFalse();
        high.CompareTo(Checksum.Parse("80" + new string('0', 62))).Should().Be(0);
    }

    [Theory]
    [InlineData("ba7816b", true)]
    [InlineData("BA7816BF8F", true)]
    [InlineData(Abc, true)]
    [InlineData("a7816bf", false)]
    [InlineData("ba7817", false)]
    [InlineData(Abc + "0", false)]
    public void StartsWith_matches_a_hex_prefix_in_either_case(string prefix, bool expected)
    {
        Checksum.Parse(Abc).StartsWith(prefix).Should().Be(expected);
    }
}
