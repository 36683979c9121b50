using Bookshop.Model;
using Microsoft.EntityFrameworkCore;
using Versioner;

namespace Bookshop.Display;

/// <summary>Human names for eternal ids (authors, tags, book titles), so diffs show "Kindred", not a UUID.</summary>
internal sealed class Labels
{
    private readonly Dictionary<EternalId, string> _names = [];

    public string this[EternalId id] => _names.TryGetValue(id, out var name) ? name : id.ToString(8);

    /// <summary>Names as of each snapshot in turn; a later snapshot's name wins.</summary>
    public static async Task<Labels> LoadAsync(params Snapshot[] snapshots)
    {
        var labels = new Labels();
        foreach (var snapshot in snapshots)
        {
            foreach (var a in await snapshot.Query<Author>().ToListAsync())
            {
                labels._names[a.EternalId] = a.Name;
            }

            foreach (var t in await snapshot.Query<CategoryTag>().ToListAsync())
            {
                labels._names[t.EternalId] = t.Label;
            }

            foreach (var b in await snapshot.Query<Book>().ToListAsync())
            {
                labels._names[b.EternalId] = b.Title;
            }
        }

        return labels;
    }

    /// <summary>Replaces the ids it knows in <paramref name="text"/> by their names.</summary>
    public string InText(string text) =>
        _names.Aggregate(text, (t, n) => t.Replace(n.Key.ToString(), n.Value, StringComparison.OrdinalIgnoreCase));

    public string Join(IEnumerable<EternalId> ids) => string.Join(", ", ids.Select(id => this[id]).Order(StringComparer.Ordinal));
}
