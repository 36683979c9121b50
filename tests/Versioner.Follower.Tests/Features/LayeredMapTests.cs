namespace Versioner.Tests.Following.Features;

/// <summary>The immutable map under every snapshot: reads, overlay, merge, and that an old map never changes.</summary>
public sealed class LayeredMapTests
{
    [Fact]
    public void Changes_make_a_new_map_and_leave_the_old_one_as_it_was_through_overlay_and_merge()
    {
        var map = Versioner.Internal.LayeredMap<int, string>.From(Enumerable.Range(0, 100).ToDictionary(i => i, i => $"v{i}"));
        var expected = Enumerable.Range(0, 100).ToDictionary(i => i, i => $"v{i}");
        var history = new List<(Versioner.Internal.LayeredMap<int, string> Map, Dictionary<int, string> Expected)> { (map, new(expected)) };
        var random = new Random(7);
        var merged = false;
        for (var round = 0; round < 60; round++)
        {
            var changes = new List<KeyValuePair<int, string?>>();
            for (var i = 0; i < 40; i++)
            {
                var key = random.Next(5000);
                var value = random.Next(3) == 0 ? null : $"r{round}k{key}";
                changes.Add(new(key, value));
                if (value is null)
                {
                    expected.Remove(key);
                }
                else
                {
                    expected[key] = value;
                }
            }

            var next = map.With(changes);
            merged |= next.OverlayCount < map.OverlayCount;
            map = next;
            history.Add((map, new(expected)));
        }

        merged.Should().BeTrue("the overlay outgrew its bound and was merged into a new base");
        var wrong = new List<string>();
        foreach (var (old, values) in history)
        {
            if (old.Count != values.Count || !old.Values.Order().SequenceEqual(values.Values.Order()))
            {
                wrong.Add($"map {wrong.Count}: {old.Count} values, expected {values.Count}");
            }

            wrong.AddRange(Enumerable.Range(0, 5000).Where(k => old.Find(k) != values.GetValueOrDefault(k)).Select(k => $"key {k}: {old.Find(k)}, expected {values.GetValueOrDefault(k)}"));
        }

        wrong.Should().BeEmpty();
    }
}
