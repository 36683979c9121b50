using Microsoft.EntityFrameworkCore;

namespace Versioner.Cli.Tests.Model;

// A small application model: the tests write history through it; the tool reads it without these classes.
public sealed class Author : Versioned
{
    public string Name { get; set; } = "";
}

public sealed class Book : Versioned
{
    public string Title { get; set; } = "";

    public decimal Price { get; set; }

    public EternalId AuthorId { get; set; }

    public EternalIdSet Shelves { get; set; } = EternalIdSet.Empty;
}

public sealed class Shelf : Versioned
{
    public string Label { get; set; } = "";
}

public sealed class ShelfContext(DbContextOptions<ShelfContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Book> Books => Set<Book>();

    public DbSet<Shelf> Shelves => Set<Shelf>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>().Reference(b => b.AuthorId).To<Author>();
        modelBuilder.Entity<Book>().Members(b => b.Shelves).To<Shelf>();
        modelBuilder.UseVersioning();
    }
}
