using Bookshop.Model;
using Versioner;

namespace Bookshop;

/// <summary>The publisher's starting data: authors, tags, books, two years of revenue and the royalty rates.</summary>
internal sealed class Catalog
{
    private Catalog()
    {
    }

    public required Author LeGuin { get; init; }

    public required CategoryTag ScienceFiction { get; init; }

    public required CategoryTag AwardWinner { get; init; }

    public required CategoryTag Historical { get; init; }

    public required Book Earthsea { get; init; }

    public required Book Kindred { get; init; }

    public required Book Exhalation { get; init; }

    public required IReadOnlyList<Book> Books { get; init; }

    public required IReadOnlyList<BookRevenue> Revenues { get; init; }

    public required RoyaltyRate LeGuinRate { get; init; }

    /// <summary>Saves the catalog in <paramref name="workspace"/>. Entities get their eternal ids as they are saved.</summary>
    public static async Task<Catalog> SaveAsync(Workspace workspace)
    {
        var leGuin = await workspace.SaveAsync(new Author { Name = "Ursula K. Le Guin" });
        var butler = await workspace.SaveAsync(new Author { Name = "Octavia E. Butler" });
        var chiang = await workspace.SaveAsync(new Author { Name = "Ted Chiang" });

        string[] labels = ["science fiction", "fantasy", "classic", "award winner", "short stories", "historical"];
        var tags = labels.Select(label => new CategoryTag { Label = label }).ToArray();
        await workspace.SaveAllAsync(tags);
        var (sciFi, fantasy, classic, awardWinner, shortStories, historical) = (tags[0], tags[1], tags[2], tags[3], tags[4], tags[5]);

        Book NewBook(string title, Author author, decimal price, string blurb, params CategoryTag[] categories) => new()
        {
            Title = title,
            AuthorId = author.EternalId,
            ListPrice = price,
            Blurb = blurb,
            Categories = EternalIdSet.Of(categories.Select(c => c.EternalId)),
        };

        Book[] books =
        [
            NewBook("A Wizard of Earthsea", leGuin, 9.99m, "A boy with a gift for magic unleashes a shadow on the world.", fantasy, classic),
            NewBook("The Left Hand of Darkness", leGuin, 17.00m, "An envoy on a winter planet whose people have no fixed sex.", sciFi, classic, awardWinner),
            NewBook("Kindred", butler, 16.00m, "A Black writer in 1976 is pulled back to an antebellum plantation.", sciFi, classic),
            NewBook("Parable of the Sower", butler, 15.99m, "A teenager with hyperempathy in a collapsing California.", sciFi),
            NewBook("Stories of Your Life and Others", chiang, 16.95m, "Eight stories, from the Tower of Babylon to alien linguistics.", sciFi, shortStories),
            NewBook("Exhalation", chiang, 16.00m, "Nine stories about free will, memory and the universe's end.", sciFi, shortStories),
        ];
        await workspace.SaveAllAsync(books);

        decimal[][] amounts = // 2022, 2023 per book, in the order above
        [
            [41_200.50m, 38_900.00m],
            [52_340.00m, 49_875.40m],
            [61_500.00m, 64_230.75m],
            [58_210.00m, 72_400.00m],
            [33_100.00m, 35_640.20m],
            [45_000.00m, 47_320.00m],
        ];
        var revenues = books.SelectMany((book, i) => amounts[i].Select((amount, y) =>
            new BookRevenue { BookId = book.EternalId, Year = 2022 + y, Amount = amount })).ToArray();
        await workspace.SaveAllAsync(revenues);

        var rates = new[] { leGuin, butler, chiang }.Select(a => new RoyaltyRate { AuthorId = a.EternalId, Percent = 10m }).ToArray();
        await workspace.SaveAllAsync(rates);

        return new Catalog
        {
            LeGuin = leGuin,
            ScienceFiction = sciFi,
            AwardWinner = awardWinner,
            Historical = historical,
            Earthsea = books[0],
            Kindred = books[2],
            Exhalation = books[5],
            Books = books,
            Revenues = revenues,
            LeGuinRate = rates[0],
        };
    }
}
