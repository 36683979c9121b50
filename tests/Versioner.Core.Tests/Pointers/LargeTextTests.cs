using System.Text;

namespace Versioner.Tests.Pointers;

public sealed class LargeTextTests
{
    [Fact]
    public void Wraps_the_text_as_a_text_pointer()
    {
        var text = LargeText.From("Dune — Édition");

        text.Value.Should().Be("Dune — Édition");
        text.Kind.Should().Be(PointerKind.Text);
        text.IsLoaded.Should().BeTrue();
    }

    [Fact]
    public void Content_is_the_utf8_bytes_without_a_length()
    {
        LargeText.From("Édition").Content.Should().Equal(Encoding.UTF8.GetBytes("Édition"));
    }

    [Fact]
    public void Equal_texts_are_equal_pointers_with_one_checksum()
    {
        var a = LargeText.From("Dune");
        var b = LargeText.From("Dune");

        a.Equals(b).Should().BeTrue();
        a.Checksum.Should().Be(b.Checksum);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Different_texts_have_different_checksums()
    {
        LargeText.From("Dune").Checksum.Should().NotBe(LargeText.From("Dune ").Checksum);
        LargeText.From("é").Checksum.Should().NotBe(LargeText.From("e\u0301").Checksum);
    }

    [Fact]
    public void A_text_and_a_set_with_the_same_content_bytes_differ_by_kind()
    {
        var set = EternalIdSet.Empty;
        var text = (LargeText)PointerValue.FromContent(PointerKind.Text, set.Content);

        text.Checksum.Should().NotBe(set.Checksum);
        text.Equals(set).Should().BeFalse();
    }

    [Fact]
    public void Converts_implicitly_from_a_string_and_null_stays_null()
    {
        LargeText? text = "Dune";
        LargeText? none = (string?)null;

        text!.Value.Should().Be("Dune");
        none.Should().BeNull();
    }

    [Fact]
    public void Nul_character_is_refused()
    {
        var act = () => LargeText.From("Dun\0e");

        act.Should().Throw<InvalidFieldValueException>()
            .WithMessage("Field 'LargeText': the text has a NUL character at index 3, which PostgreSQL cannot store; remove it or store the data as byte[].");
    }

    [Fact]
    public void Unpaired_surrogate_is_refused()
    {
        var act = () => LargeText.From("Dune" + '\uD800');

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'LargeText': the text has an unpaired surrogate at index 4, *");
    }

    [Fact]
    public void A_text_read_back_from_its_content_is_equal()
    {
        var text = LargeText.From("Dune — Édition 📘");

        var readBack = (LargeText)PointerValue.FromContent(PointerKind.Text, text.Content);

        readBack.Value.Should().Be("Dune — Édition 📘");
        readBack.Equals(text).Should().BeTrue();
    }

    [Fact]
    public void ToString_shows_at_most_60_characters()
    {
        var sixty = new string('a', 60);

        LargeText.From(sixty).ToString().Should().Be(sixty);
        LargeText.From(sixty + "b").ToString().Should().Be(new string('a', 59) + "…");
    }
}
