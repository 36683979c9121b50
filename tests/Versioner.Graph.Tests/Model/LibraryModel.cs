using Microsoft.EntityFrameworkCore;

namespace Versioner.Tests.Model;

public sealed class Author : Versioned
{
    public string Name { get; set; } = "";
}

public sealed class Tag : Versioned
{
    public string Label { get; set; } = "";
}

public sealed class Book : Versioned
{
    public string Title { get; set; } = "";
    public decimal Price { get; set; }
    public EternalId? AuthorId { get; set; }
    public EternalIdSet Tags { get; set; } = EternalIdSet.Empty;
    public LargeText? Blurb { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public double? Rating { get; set; }
}

public sealed class Rate : Versioned
{
    public string Name { get; set; } = "";
    public decimal PerHour { get; set; }
}

public sealed class Appointment : Versioned
{
    public VersionId RateVersionId { get; set; }
    public DateOnly Day { get; set; }
}

public sealed class Revenue : Versioned
{
    public EternalId BookId { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }
}

public sealed class LibraryContext(DbContextOptions<LibraryContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Book> Books => Set<Book>();
    public DbSet<Rate> Rates => Set<Rate>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<Revenue> Revenues => Set<Revenue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => Configure(modelBuilder, _ => { });

    /// <summary>The library model's references, pin and snapshot constraint, versioned with <paramref name="versioning"/> (the context's DbSets name the tables).</summary>
    public static void Configure(ModelBuilder modelBuilder, Action<VersioningModelOptions> versioning)
    {
        modelBuilder.Entity<Book>().Reference(b => b.AuthorId).To<Author>();
        modelBuilder.Entity<Appointment>().Pin(a => a.RateVersionId).To<Rate>();
        modelBuilder.Entity<Revenue>(b =>
        {
            b.Reference(r => r.BookId).To<Book>();
            b.IsUniqueInSnapshot(r => new { r.BookId, r.Year });
        });
        modelBuilder.UseVersioning(versioning);
    }
}

public static class RevenueExtensions
{
    public static Revenue WithBook(this Revenue revenue, Book book)
    {
        revenue.BookId = book.EternalId;
        return revenue;
    }
}
