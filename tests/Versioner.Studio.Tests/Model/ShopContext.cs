using Microsoft.EntityFrameworkCore;

namespace Versioner.Studio.Tests.Model;

public sealed class Author : Versioned
{
    public string Name { get; set; } = "";
}

public sealed class Tag : Versioned
{
    public string Name { get; set; } = "";
}

public sealed class Book : Versioned
{
    public string Title { get; set; } = "";
    public decimal Price { get; set; }
    public EternalId AuthorId { get; set; }
    public EternalIdSet Tags { get; set; } = EternalIdSet.Empty;
    public LargeText? Blurb { get; set; }
}

/// <summary>A review of one edition of a book: a pinned reference, to the version of the book reviewed.</summary>
public sealed class Review : Versioned
{
    public string Text { get; set; } = "";
    public VersionId? Edition { get; set; }
}

/// <summary>The app's own model, as an app embedding the Studio has it.</summary>
public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Book> Books => Set<Book>();
    public DbSet<Review> Reviews => Set<Review>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>().Reference(b => b.AuthorId).To<Author>();
        modelBuilder.Entity<Book>().Members(b => b.Tags).To<Tag>();
        modelBuilder.Entity<Review>().Pin(r => r.Edition).To<Book>();
        modelBuilder.UseVersioning();
    }
}
