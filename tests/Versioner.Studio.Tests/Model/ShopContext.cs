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

/// <summary>The app's own model, as an app embedding the Studio has it.</summary>
public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Book> Books => Set<Book>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>().Reference(b => b.AuthorId).To<Author>();
        modelBuilder.Entity<Book>().Members(b => b.Tags).To<Tag>();
        modelBuilder.UseVersioning();
    }
}
