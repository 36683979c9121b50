using Bookshop.Model;
using Microsoft.EntityFrameworkCore;

namespace Bookshop;

/// <summary>
/// An ordinary EF Core context, registered with <c>AddDbContext</c> (see Program.cs). <c>UseVersioning()</c> on the
/// options and on the model is all Versioner needs; the rest declares how versioned entities refer to each other.
/// </summary>
public sealed class BookRevenueContext(DbContextOptions<BookRevenueContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<CategoryTag> CategoryTags => Set<CategoryTag>();

    public DbSet<Book> Books => Set<Book>();

    public DbSet<BookRevenue> Revenues => Set<BookRevenue>();

    public DbSet<RoyaltyRate> RoyaltyRates => Set<RoyaltyRate>();

    public DbSet<RoyaltyStatement> RoyaltyStatements => Set<RoyaltyStatement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // References by eternal id follow the target to whatever version is current in the snapshot being read.
        modelBuilder.Entity<Book>().Reference(b => b.AuthorId).To<Author>();

        modelBuilder.Entity<BookRevenue>(b =>
        {
            b.Reference(r => r.BookId).To<Book>();
            b.IsUniqueInSnapshot(r => new { r.BookId, r.Year });
        });

        modelBuilder.Entity<RoyaltyRate>(b =>
        {
            b.Reference(r => r.AuthorId).To<Author>();
            b.IsUniqueInSnapshot(r => r.AuthorId);
        });

        // A pinned reference names one version for good: a statement keeps the rate it was issued with.
        modelBuilder.Entity<RoyaltyStatement>(b =>
        {
            b.Reference(s => s.AuthorId).To<Author>();
            b.Pin(s => s.RateVersionId).To<RoyaltyRate>();
        });

        modelBuilder.UseVersioning(); // last: it configures every versioned entity type registered above
    }
}
