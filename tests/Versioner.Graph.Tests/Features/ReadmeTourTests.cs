using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Tests.Features;

// The README's API tour, verbatim: if this file stops compiling or passing, the README is wrong.
public sealed class ReadmeTourTests
{
    public sealed class Author : Versioned
    {
        public string Name { get; set; } = "";
    }

    public sealed class Book : Versioned
    {
        public string Title { get; set; } = "";
        public EternalId AuthorId { get; set; }          // follows the author's current version
        public EternalIdSet Tags { get; set; } = EternalIdSet.Empty; // many-to-many, shared pointer record
    }

    public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();
        public DbSet<Book> Books => Set<Book>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Book>().Reference(b => b.AuthorId).To<Author>();
            modelBuilder.UseVersioning();                      // last: registers every Versioned type
        }
    }

    [Fact]
    public async Task The_tour_runs()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<ShopContext>().UseSqlite(connection).UseVersioning().Options;

        await using var db = new ShopContext(options);
        await db.Database.EnsureCreatedAsync();
        var repo = await Repository.OpenAsync(db);

        var ws = await repo.CheckoutAsync("main");          // a working commit on top of main
        var frank = await ws.SaveAsync(new Author { Name = "Frank Herbert" });
        var dune = await ws.SaveAsync(new Book { Title = "Dune", AuthorId = frank.EternalId });
        var first = await ws.FinalizeAsync("ada", "Add Dune");

        dune.Title = "Dune (40th anniversary)";            // copy-on-write: a new version
        await ws.SaveAsync(dune);
        var status = await ws.StatusAsync();               // "+0 ~1 -0", Title: "Dune" → "Dune (40th ...)"
        await ws.FinalizeAsync("ada", "Retitle");

        var then = await repo.SnapshotAsync(first.ShortForm);
        var titles = await then.Query<Book>().Select(b => b.Title).ToListAsync(); // SQL, as of that commit
        var log = await repo.LogAsync("main");                                    // newest first
        var diff = await repo.DiffAsync("main~1", "main");                       // per entity, per field

        status.ToString().Should().Be("+0 ~1 -0");
        titles.Should().Equal("Dune");
        log.Select(c => c.Message).Should().Equal("Retitle", "Add Dune");
        diff.Single().Fields.Single().NewValue.ToString().Should().Be("Dune (40th anniversary)");
    }
}
