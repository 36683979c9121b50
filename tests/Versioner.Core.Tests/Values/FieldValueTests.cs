using System.Text;
using System.Text.Json;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Values;

public sealed class FieldValueTests
{
    private enum Shelf : short
    {
        Top = 3,
    }

    private enum Huge : ulong
    {
        Max = ulong.MaxValue,
    }

    public static TheoryData<object?, FieldKind> KindOfEveryClrType => new()
    {
        { null, FieldKind.Null },
        { true, FieldKind.Boolean },
        { 42, FieldKind.Integer },
        { 42L, FieldKind.Integer },
        { (short)42, FieldKind.Integer },
        { (byte)42, FieldKind.Integer },
        { (sbyte)-42, FieldKind.Integer },
        { (ushort)42, FieldKind.Integer },
        { 42u, FieldKind.Integer },
        { 42ul, FieldKind.Integer },
        { Shelf.Top, FieldKind.Integer },
        { 4.2m, FieldKind.Decimal },
        { 4.2, FieldKind.Double },
        { 4.2f, FieldKind.Double },
        { "Dune", FieldKind.String },
        { 'D', FieldKind.String },
        { new byte[] { 1, 2 }, FieldKind.Bytes },
        { new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero), FieldKind.Instant },
        { new DateOnly(1965, 8, 1), FieldKind.Date },
        { new TimeOnly(13, 45), FieldKind.Time },
        { new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), FieldKind.Uuid },
        { TestIds.Author, FieldKind.EternalReference },
        { TestIds.BookV1, FieldKind.VersionReference },
        { EternalIdSet.Of(TestIds.TagA), FieldKind.Pointer },
        { LargeText.From("long"), FieldKind.Pointer },
        { new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), FieldKind.DateTime },
        { TimeSpan.FromMinutes(90), FieldKind.Duration },
    };

    [Theory]
    [MemberData(nameof(KindOfEveryClrType))]
    public void Every_supported_clr_type_has_its_canonical_kind(object? value, FieldKind kind)
    {
        FieldValue.From(value).Kind.Should().Be(kind);
    }

    [Fact]
    public void Kind_tags_are_the_bytes_of_the_canonical_encoding()
    {
        Enum.GetValues<FieldKind>().Select(k => (int)k).Should().Equal(Enumerable.Range(0, 17));
        ((byte)FieldKind.Pointer).Should().Be(0x0D);
        ((byte)FieldKind.Duration).Should().Be(0x10);
    }

    public static TheoryData<object, object> RoundTrips => new()
    {
        { true, true },
        { -42, -42L },
        { Shelf.Top, 3L },
        { 12.50m, 12.5m },
        { 0.25, 0.25 },
        { 0.5f, 0.5 },
        { "Dune — Édition 📘", "Dune — Édition 📘" },
        { 'x', "x" },
        { new DateTimeOffset(2024, 3, 1, 12, 34, 56, TimeSpan.FromHours(2)), new DateTimeOffset(2024, 3, 1, 10, 34, 56, TimeSpan.Zero) },
        { new DateOnly(1965, 8, 1), new DateOnly(1965, 8, 1) },
        { new TimeOnly(13, 45, 30, 123, 456), new TimeOnly(13, 45, 30, 123, 456) },
        { new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Unspecified) },
        { TimeSpan.FromMinutes(-90), TimeSpan.FromMinutes(-90) },
        { new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8") },
        { TestIds.Author, TestIds.Author },
        { TestIds.BookV1, TestIds.BookV1 },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void ToObject_gives_back_the_canonical_clr_value(object value, object expected)
    {
        FieldValue.From(value).ToObject().Should().Be(expected);
    }

    [Fact]
    public void Null_is_the_default_value()
    {
        FieldValue.Null.IsNull.Should().BeTrue();
        default(FieldValue).Should().Be(FieldValue.From(null));
        FieldValue.From(null).ToObject().Should().BeNull();
        FieldValue.From(0).IsNull.Should().BeFalse();
    }

    [Fact]
    public void Decimal_trailing_zeros_do_not_change_the_value_or_the_checksum()
    {
        FieldValue.From(1.50m).Should().Be(FieldValue.From(1.5m));
        FieldValue.From(1.50m).ToString().Should().Be("1.5");
        Checksum(FieldValue.From(1.50m)).Should().Be(Checksum(FieldValue.From(1.5m)));
        FieldValue.From(2.000m).Should().Be(FieldValue.From(2m));
    }

    [Fact]
    public void Decimal_zeros_before_the_point_are_kept()
    {
        FieldValue.From(100m).ToString().Should().Be("100");
        FieldValue.From(100m).Should().NotBe(FieldValue.From(1m));
        FieldValue.From(0.10m).ToString().Should().Be("0.1");
    }

    [Fact]
    public void Decimal_negative_zero_is_zero()
    {
        var negativeZero = new decimal(0, 0, 0, isNegative: true, scale: 2);

        FieldValue.From(negativeZero).Should().Be(FieldValue.From(0m));
        FieldValue.From(negativeZero).ToString().Should().Be("0");
    }

    [Fact]
    public void Decimal_and_integer_of_one_number_are_different_kinds()
    {
        FieldValue.From(1m).Should().NotBe(FieldValue.From(1));
        Checksum(FieldValue.From(1m)).Should().NotBe(Checksum(FieldValue.From(1)));
    }

    [Fact]
    public void Double_negative_zero_is_zero_with_the_same_checksum()
    {
        FieldValue.From(-0.0).Should().Be(FieldValue.From(0.0));
        Checksum(FieldValue.From(-0.0)).Should().Be(Checksum(FieldValue.From(0.0)));
        BitConverter.DoubleToInt64Bits((double)FieldValue.From(-0.0).ToObject()!).Should().Be(0);
    }

    [Fact]
    public void Float_is_widened_exactly_to_double()
    {
        FieldValue.From(0.5f).Should().Be(FieldValue.From(0.5));
        FieldValue.From(0.1f).Should().NotBe(FieldValue.From(0.1));
        FieldValue.From(0.1f).Should().Be(FieldValue.From((double)0.1f));
    }

    [Fact]
    public void Integers_of_every_width_are_one_kind()
    {
        var values = new object[] { (byte)7, (sbyte)7, (short)7, (ushort)7, 7, 7u, 7L, 7ul };

        values.Select(v => FieldValue.From(v)).Distinct().Should().ContainSingle().Which.Should().Be(FieldValue.From(7L));
    }

    [Fact]
    public void Ulong_up_to_long_max_value_is_accepted()
    {
        FieldValue.From((ulong)long.MaxValue).ToObject().Should().Be(long.MaxValue);
    }

    [Fact]
    public void Enums_are_their_underlying_value()
    {
        FieldValue.From(Shelf.Top).Should().Be(FieldValue.From(3));
    }

    [Fact]
    public void Char_is_a_one_character_string()
    {
        FieldValue.From('é').Should().Be(FieldValue.From("é"));
    }

    [Fact]
    public void A_surrogate_pair_is_valid_text()
    {
        FieldValue.From("📘", "Title").ToString().Should().Be("📘");
    }

    [Fact]
    public void Strings_compare_ordinally_without_unicode_normalization()
    {
        FieldValue.From("é").Should().NotBe(FieldValue.From("e\u0301"));
        FieldValue.From("Dune").Should().NotBe(FieldValue.From("dune"));
    }

    [Fact]
    public void Sub_microsecond_ticks_are_truncated()
    {
        var instant = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
        FieldValue.From(instant.AddTicks(19)).Should().Be(FieldValue.From(instant.AddTicks(10)));
        FieldValue.From(instant.AddTicks(19)).Should().NotBe(FieldValue.From(instant.AddTicks(20)));

        var wallClock = new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Unspecified);
        FieldValue.From(wallClock.AddTicks(9)).Should().Be(FieldValue.From(wallClock));

        FieldValue.From(new TimeOnly(13, 45).Add(TimeSpan.FromTicks(9))).Should().Be(FieldValue.From(new TimeOnly(13, 45)));
        FieldValue.From(TimeSpan.FromTicks(19)).Should().Be(FieldValue.From(TimeSpan.FromTicks(10)));
    }

    [Fact]
    public void Instants_before_1970_are_floored_to_the_earlier_microsecond()
    {
        var epoch = DateTimeOffset.UnixEpoch;

        FieldValue.From(epoch.AddTicks(-5)).Should().Be(FieldValue.From(epoch.AddTicks(-10)));
        FieldValue.From(epoch.AddTicks(-5)).Should().NotBe(FieldValue.From(epoch));
        FieldValue.From(DateTime.UnixEpoch.AddTicks(-1)).Should().Be(FieldValue.From(DateTime.UnixEpoch.AddTicks(-10)));
    }

    [Fact]
    public void Negative_durations_round_down_like_instants()
    {
        // docs/checksums.md 3.2: every sub-microsecond remainder floors, durations included.
        FieldValue.From(TimeSpan.FromTicks(-15)).Should().Be(FieldValue.From(TimeSpan.FromTicks(-20)));
        FieldValue.From(TimeSpan.FromTicks(-5)).Should().Be(FieldValue.From(TimeSpan.FromTicks(-10)));
        FieldValue.From(TimeSpan.FromTicks(15)).Should().Be(FieldValue.From(TimeSpan.FromTicks(10)));
    }

    [Fact]
    public void DateTimeOffset_offsets_collapse_to_the_same_instant()
    {
        var paris = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.FromHours(1));
        var newYork = new DateTimeOffset(2024, 3, 1, 6, 0, 0, TimeSpan.FromHours(-5));
        var utc = new DateTimeOffset(2024, 3, 1, 11, 0, 0, TimeSpan.Zero);

        FieldValue.From(paris).Should().Be(FieldValue.From(newYork)).And.Be(FieldValue.From(utc));
        Checksum(FieldValue.From(paris)).Should().Be(Checksum(FieldValue.From(utc)));
        FieldValue.From(paris).ToString().Should().Be("2024-03-01T11:00:00+00:00");
    }

    [Fact]
    public void DateTime_kind_is_not_kept_and_a_wall_clock_time_is_not_an_instant()
    {
        var utc = new DateTime(2024, 3, 1, 11, 0, 0, DateTimeKind.Utc);
        var unspecified = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);

        FieldValue.From(utc).Should().Be(FieldValue.From(unspecified));
        FieldValue.From(utc).Should().NotBe(FieldValue.From(new DateTimeOffset(utc)));
    }

    [Fact]
    public void Empty_ids_are_null_but_the_empty_guid_is_a_uuid()
    {
        FieldValue.From(default(EternalId)).Should().Be(FieldValue.Null);
        FieldValue.From(default(VersionId)).Should().Be(FieldValue.Null);
        FieldValue.From(Guid.Empty).Kind.Should().Be(FieldKind.Uuid);
    }

    [Fact]
    public void References_and_uuids_of_one_guid_are_different_values()
    {
        var guid = TestIds.Author.Value;

        FieldValue.From(TestIds.Author).Should().NotBe(FieldValue.From(guid));
        FieldValue.From(new VersionId(guid)).Should().NotBe(FieldValue.From(TestIds.Author));
    }

    [Fact]
    public void Bytes_are_copied_so_later_changes_to_the_array_do_not_leak_in()
    {
        var bytes = new byte[] { 1, 2, 3 };
        var value = FieldValue.From(bytes);

        bytes[0] = 9;

        value.Should().Be(FieldValue.From(new byte[] { 1, 2, 3 }));
        ((byte[])value.ToObject()!).Should().Equal(1, 2, 3);
        value.ToString().Should().Be("<3 bytes>");
    }

    [Fact]
    public void Pointer_values_are_equal_by_checksum()
    {
        var set = FieldValue.From(EternalIdSet.Of(TestIds.TagA, TestIds.TagB));

        set.Should().Be(FieldValue.From(EternalIdSet.Of(TestIds.TagB, TestIds.TagA)));
        set.Should().NotBe(FieldValue.From(EternalIdSet.Of(TestIds.TagA)));
        set.PointerChecksum.Should().Be(EternalIdSet.Of(TestIds.TagA, TestIds.TagB).Checksum);
        set.Pointer.Should().BeOfType<EternalIdSet>();
        FieldValue.From(1).PointerChecksum.IsEmpty.Should().BeTrue();
        FieldValue.From(1).Pointer.Should().BeNull();
    }

    [Fact]
    public void A_field_value_passes_through_unchanged()
    {
        var value = FieldValue.From(12.5m);

        FieldValue.From(value).Should().Be(value);
    }

    [Fact]
    public void Equal_values_have_equal_hash_codes()
    {
        FieldValue.From(1.50m).GetHashCode().Should().Be(FieldValue.From(1.5m).GetHashCode());
        FieldValue.From(new byte[] { 1 }).GetHashCode().Should().Be(FieldValue.From(new byte[] { 1 }).GetHashCode());
        (FieldValue.From("a") == FieldValue.From("a")).Should().BeTrue();
        (FieldValue.From("a") != FieldValue.From("b")).Should().BeTrue();
    }

    [Fact]
    public void NaN_is_refused_naming_the_field()
    {
        var act = () => FieldValue.From(double.NaN, "Rating");

        var refused = act.Should().Throw<InvalidFieldValueException>()
            .WithMessage("Field 'Rating': NaN is not a finite number; SQLite stores NaN as NULL and no database orders it consistently. Use null for 'no value'.")
            .Which;
        refused.FieldName.Should().Be("Rating");
        refused.IsInvalidInput.Should().BeTrue("the value is the caller's: a web front end answers 400");
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Infinities_are_refused_naming_the_field(double value)
    {
        var act = () => FieldValue.From(value, "Rating");

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Rating': * is not a finite number; *");
    }

    [Fact]
    public void Float_NaN_is_refused_too()
    {
        var act = () => FieldValue.From(float.NaN, "Rating");

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Rating': NaN is not a finite number; *");
    }

    [Fact]
    public void Nul_character_is_refused_naming_the_field_and_the_index()
    {
        var act = () => FieldValue.From("Dun\0e", "Title");

        act.Should().Throw<InvalidFieldValueException>()
            .WithMessage("Field 'Title': the text has a NUL character at index 3, which PostgreSQL cannot store; remove it or store the data as byte[].")
            .Which.Problem.Should().StartWith("the text has a NUL character");
    }

    [Theory]
    [InlineData(new[] { 'a', 'b', 0xD800 }, 2)]
    [InlineData(new[] { 0xDC00, 'a', 'b' }, 0)]
    [InlineData(new[] { 'a', 0xDC00, 0xD800, 'b' }, 1)]
    [InlineData(new[] { 0xD83D, 0xDCD8, 0xD83D }, 2)]
    public void Unpaired_surrogate_is_refused_naming_the_field_and_the_index(int[] codeUnits, int index)
    {
        // Code units, not a string: test discovery would replace a lone surrogate in a string argument with U+FFFD.
        var text = new string(codeUnits.Select(c => (char)c).ToArray());
        var act = () => FieldValue.From(text, "Title");

        act.Should().Throw<InvalidFieldValueException>()
            .WithMessage($"Field 'Title': the text has an unpaired surrogate at index {index}, which cannot be encoded as UTF-8; fix the string or store it as byte[].");
    }

    [Fact]
    public void A_lone_surrogate_char_is_refused()
    {
        var act = () => FieldValue.From('\uD800', "Initial");

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Initial': the text has an unpaired surrogate at index 0, *");
    }

    [Fact]
    public void Local_DateTime_is_refused_naming_the_field()
    {
        var act = () => FieldValue.From(new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Local), "OpenedAt");

        act.Should().Throw<InvalidFieldValueException>().WithMessage(
            "Field 'OpenedAt': 2024-03-01T12:00:00.0000000* is a local time, which reads back differently on another machine; store DateTime.ToUniversalTime() or a DateTimeOffset.");
    }

    [Fact]
    public void Ulong_beyond_long_max_value_is_refused_naming_the_field()
    {
        var act = () => FieldValue.From((ulong)long.MaxValue + 1, "Count");

        act.Should().Throw<InvalidFieldValueException>().WithMessage(
            "Field 'Count': 9223372036854775808 does not fit a signed 64-bit integer, the widest integer every database stores; use decimal.");
    }

    [Fact]
    public void Unsupported_type_is_refused_naming_the_field_and_the_type()
    {
        var act = () => FieldValue.From(new Uri("https://example.org"), "Homepage");

        act.Should().Throw<InvalidFieldValueException>().WithMessage(
            "Field 'Homepage': values of type Uri have no canonical form; use a number, string, bool, date-time, Guid, byte[], an id, or a pointer value (EternalIdSet, LargeText).");
    }

    [Fact]
    public void Refusals_are_versioner_exceptions()
    {
        var act = () => FieldValue.From(double.NaN);

        act.Should().Throw<VersionerException>().Which.Should().BeOfType<InvalidFieldValueException>()
            .Which.FieldName.Should().Be("value");
    }

    public static TheoryData<string, FieldKind, string> JsonScalars => new()
    {
        { "42", FieldKind.Integer, "42" },
        { "-0", FieldKind.Integer, "0" },
        { "9223372036854775807", FieldKind.Integer, "9223372036854775807" },
        { "9223372036854775808", FieldKind.Decimal, "9223372036854775808" },
        { "1.50", FieldKind.Decimal, "1.5" },
        { "1.0", FieldKind.Decimal, "1" },
        { "-0.0", FieldKind.Decimal, "0" },
        { "1e2", FieldKind.Decimal, "100" },
        { "1E2", FieldKind.Decimal, "100" },
        { "2.5e-1", FieldKind.Decimal, "0.25" },
        { "1e300", FieldKind.Double, "1E+300" },
        { "\"Dune\"", FieldKind.String, "Dune" },
        { "true", FieldKind.Boolean, "true" },
        { "false", FieldKind.Boolean, "false" },
        { "null", FieldKind.Null, "null" },
        { "[2, 1]", FieldKind.Json, "[2,1]" },
        { "{\"b\": 1, \"a\": 2}", FieldKind.Json, "{\"a\":2,\"b\":1}" },
    };

    [Theory]
    [MemberData(nameof(JsonScalars))]
    public void Json_values_map_to_canonical_kinds(string json, FieldKind kind, string canonical)
    {
        using var doc = JsonDocument.Parse(json);

        var value = FieldValue.FromJson(doc.RootElement);

        value.Kind.Should().Be(kind);
        value.ToString().Should().Be(canonical);
    }

    [Fact]
    public void Json_numbers_equal_the_clr_values_of_their_kind()
    {
        Json("1.50").Should().Be(FieldValue.From(1.5m));
        Json("42").Should().Be(FieldValue.From(42));
        Json("1e2").Should().Be(FieldValue.From(100m)).And.NotBe(FieldValue.From(100));
        Json("1e300").Should().Be(FieldValue.From(1e300));
        Json("1e-30").Should().Be(FieldValue.From(1e-30), "decimal would round it to 0, so it is the nearest double");
        Json("0.12345678901234567890123456789012").Kind.Should().Be(FieldKind.Double);
        Json("0.1234567890123456789012345678").Should().Be(FieldValue.From(0.1234567890123456789012345678m));
    }

    [Fact]
    public void Json_number_beyond_double_range_is_refused()
    {
        var act = () => Json("1e400", "Mass");
        var digits = "-" + new string('9', 400);
        var long400 = () => Json(digits, "Mass");

        act.Should().Throw<InvalidFieldValueException>()
            .WithMessage("Field 'Mass': 1e400 is beyond the range of a double (about ±1.8e308), the widest number a field holds. Send it as a string.");
        long400.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Mass': -9999999999999999999... (401 characters) is beyond the range of a double*");
    }

    [Fact]
    public void Json_string_with_an_escaped_nul_is_refused()
    {
        var act = () => Json("\"a\\u0000b\"", "Title");

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Title': the text has a NUL character at index 1, *");
    }

    [Fact]
    public void From_accepts_a_json_element_as_FromJson_does()
    {
        using var doc = JsonDocument.Parse("1.50");

        FieldValue.From(doc.RootElement).Should().Be(FieldValue.FromJson(doc.RootElement));
    }

    [Theory]
    [InlineData(42L)]
    [InlineData("12.5")]
    [InlineData("Dune")]
    [InlineData(true)]
    [InlineData(null)]
    public void WriteJson_is_read_back_by_FromJson_as_an_equal_value(object? clr)
    {
        var value = clr is "12.5" ? FieldValue.From(12.50m) : FieldValue.From(clr);

        Json(WriteJson(value)).Should().Be(value);
    }

    [Fact]
    public void WriteJson_of_nested_json_is_the_canonical_text()
    {
        var value = Json("{\"b\": [1, 2], \"a\": null}");

        WriteJson(value).Should().Be("{\"a\":null,\"b\":[1,2]}");
        Json(WriteJson(value)).Should().Be(value);
    }

    [Fact]
    public void ToString_shows_each_kind_for_diffs()
    {
        FieldValue.From(true).ToString().Should().Be("true");
        FieldValue.From(0.1).ToString().Should().Be("0.1");
        FieldValue.From(new DateTimeOffset(2024, 3, 1, 10, 34, 56, 789, TimeSpan.Zero)).ToString().Should().Be("2024-03-01T10:34:56.789+00:00");
        FieldValue.From(new DateTime(2024, 3, 1, 10, 34, 56, DateTimeKind.Utc)).ToString().Should().Be("2024-03-01T10:34:56");
        FieldValue.From(new DateOnly(1965, 8, 1)).ToString().Should().Be("1965-08-01");
        FieldValue.From(new TimeOnly(13, 45, 30, 500)).ToString().Should().Be("13:45:30.5");
        FieldValue.From(TimeSpan.FromMinutes(90)).ToString().Should().Be("01:30:00");
        FieldValue.From(TestIds.Author).ToString().Should().Be("0192f1c4-6000-7abc-9def-0123456789ab");
    }

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("-12.50", "-12.5")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678")]
    [InlineData("123456789012345678.9012345670", "123456789012345678.901234567")]
    [InlineData("0.000000000000000000000000001", "0.000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1.0000000000000000000000000001", "1.0000000000000000000000000001")]
    public void Plain_decimal_literals_that_fit_a_decimal_keep_their_exact_value(string literal, string canonical)
    {
        var value = Json(literal);

        value.Kind.Should().Be(FieldKind.Decimal);
        value.ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    public void Plain_literals_beyond_decimal_precision_or_range_are_doubles(string literal)
    {
        Json(literal).Kind.Should().Be(FieldKind.Double);
    }

    private static FieldValue Json(string json, string fieldName = "value")
    {
        using var doc = JsonDocument.Parse(json);
        return FieldValue.FromJson(doc.RootElement, fieldName);
    }

    private static string WriteJson(FieldValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            value.WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Checksum Checksum(FieldValue value) =>
        new VersionContent("Book", TestIds.Book, TestIds.BookV1, [new("Field", value)]).ComputeChecksum();

    [Fact]
    public void An_enum_beyond_64_bits_is_refused_naming_the_field()
    {
        var act = () => FieldValue.From(HugeEnum.Max, "Level");

        act.Should().Throw<InvalidFieldValueException>().Which.FieldName.Should().Be("Level");
    }

    private enum HugeEnum : ulong
    {
        Max = ulong.MaxValue,
    }
}
