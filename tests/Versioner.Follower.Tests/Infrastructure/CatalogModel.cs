using Microsoft.EntityFrameworkCore;

namespace Versioner.Tests.Following.Infrastructure;

public sealed class Book : Versioned
{
    public string Title { get; set; } = "";
    public decimal Price { get; set; }
    public EternalIdSet Tags { get; set; } = EternalIdSet.Empty;
    public LargeText? Blurb { get; set; }
}

public sealed class Rate : Versioned
{
    public string Code { get; set; } = "";
    public decimal PerDay { get; set; }
}

/// <summary>The stress test's invariant: every commit moves money between accounts, so their balances always sum to the same total.</summary>
public sealed class Account : Versioned
{
    public string Name { get; set; } = "";
    public long Balance { get; set; }
}

public sealed class CatalogContext(DbContextOptions<CatalogContext> options) : DbContext(options)
{
    public DbSet<Book> Books => Set<Book>();
    public DbSet<Rate> Rates => Set<Rate>();
    public DbSet<Account> Accounts => Set<Account>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
}

/// <summary>The same tables in a newer release of the app: <see cref="Rate"/> gained a field the database's history does not have.</summary>
public sealed class NewerRate : Versioned
{
    public string Code { get; set; } = "";
    public decimal PerDay { get; set; }
    public string Currency { get; set; } = "";
}

public sealed class NewerCatalogContext(DbContextOptions<NewerCatalogContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>().ToTable("Books");
        modelBuilder.Entity<Account>().ToTable("Accounts");
        modelBuilder.Entity<NewerRate>(b => b.ToTable("Rates").HasVersionedName("Rate"));
        modelBuilder.UseVersioning();
    }
}
