namespace Versioner.Tests.Ids;

public sealed class UuidV7Tests
{
    [Fact]
    public void Ids_are_version_7_with_the_rfc_variant_and_the_current_time()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var id = UuidV7.New();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        id.Version.Should().Be(7);
        (id.Variant & 0xC).Should().Be(0x8);
        var bytes = id.ToByteArray(bigEndian: true);
        var milliseconds = bytes.Take(6).Aggregate(0L, (m, b) => (m << 8) | b);
        milliseconds.Should().BeInRange(before, after);
    }

    [Fact]
    public void Ids_are_unique_across_many_draws_and_ordered_by_time()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => UuidV7.New()).ToList();

        ids.Should().OnlyHaveUniqueItems();
        Thread.Sleep(2);
        var later = UuidV7.New();
        ids.Should().OnlyContain(id => UuidOrder.Compare(id, later) < 0);
    }

    [Fact]
    public void Ids_made_in_one_millisecond_still_sort_in_the_order_they_were_made()
    {
        var ids = Enumerable.Range(0, 5_000).Select(_ => UuidV7.New()).ToList();

        ids.Should().BeInAscendingOrder(Comparer<Guid>.Create(UuidOrder.Compare), "the database sorts ids by their bytes, and so does UuidOrder");
        ids.Select(id => id.ToString()).Should().BeInAscendingOrder(StringComparer.Ordinal, "their text sorts the same way (SQLite stores ids as text)");
        ids.GroupBy(id => id.ToByteArray(bigEndian: true).Take(6).Aggregate(0L, (m, b) => (m << 8) | b)).Should().Contain(g => g.Count() > 1, "the loop makes many ids per millisecond");
        ids.Should().OnlyContain(id => id.Version == 7 && (id.Variant & 0xC) == 0x8);
    }
}
