using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Versioner.Bench;

/// <summary>The benchmark's versioned entity: a few scalar fields plus Versioner's system columns.</summary>
public sealed class Item : Versioned
{
    public string Title { get; set; } = "";

    public int Year { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>A versioned context, configured exactly as the README says, on an already open connection.</summary>
public sealed class VersionedContext(SqliteConnection connection, params IInterceptor[] interceptors) : DbContext
{
    public DbSet<Item> Items => Set<Item>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        optionsBuilder.UseSqlite(connection).UseVersioning();
        if (interceptors.Length > 0)
        {
            optionsBuilder.AddInterceptors(interceptors);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
}

/// <summary>The same columns as <see cref="Item"/>'s table, as a plain (unversioned) EF entity.</summary>
public sealed class PlainItem
{
    public Guid VersionId { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }

    public decimal Amount { get; set; }

    public Guid EternalId { get; set; }

    public Guid CommitId { get; set; }
}

/// <summary>Plain EF Core: no Versioner, the same table shape and secondary indexes as the versioned table.</summary>
public sealed class PlainContext(SqliteConnection connection) : DbContext
{
    public DbSet<PlainItem> Items => Set<PlainItem>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite(connection);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PlainItem>(b =>
        {
            b.ToTable("Items");
            b.HasKey(i => i.VersionId).HasName("PK_Items");
            b.Property(i => i.VersionId).ValueGeneratedNever();
            b.HasIndex(i => i.EternalId).HasDatabaseName("IX_Items_EternalId");
            b.HasIndex(i => i.CommitId).HasDatabaseName("IX_Items_CommitId");
        });
}

/// <summary>The raw baseline's schema: Versioner's typed table for <see cref="Item"/> as EF creates it, minus the foreign keys.</summary>
internal static class RawSchema
{
    public const string Create = """
        CREATE TABLE "Items" (
            "VersionId" TEXT NOT NULL CONSTRAINT "PK_Items" PRIMARY KEY,
            "Title" TEXT NOT NULL,
            "Year" INTEGER NOT NULL,
            "Amount" TEXT NOT NULL,
            "EternalId" TEXT NOT NULL,
            "CommitId" TEXT NOT NULL);
        CREATE INDEX "IX_Items_CommitId" ON "Items" ("CommitId");
        CREATE INDEX "IX_Items_EternalId" ON "Items" ("EternalId");
        """;

    public const string Insert = """INSERT INTO "Items" ("VersionId", "Title", "Year", "Amount", "EternalId", "CommitId") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)""";

    /// <summary>
    /// <see cref="Insert"/> into Versioner's own typed table, for a generator writing it directly: the version's place
    /// (storage format 4) starts at 0 and <see cref="Sqlite.IndexIntervals"/> copies it from the change rows.
    /// </summary>
    public const string InsertVersion = """INSERT INTO "Items" ("VersionId", "Title", "Year", "Amount", "EternalId", "CommitId", versioner_segment, versioner_depth) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, 0, 0)""";

    public const string Select = """SELECT "VersionId", "Title", "Year", "Amount", "EternalId", "CommitId" FROM "Items" """;
}

/// <summary>
/// Versioner's model without <c>UseVersioning()</c> on the options (profiling only: it isolates what Versioner's
/// remaining interceptors cost a query; there has been no materialization interceptor since 805598f). Repository.OpenAsync refuses it; internals can still query through it.
/// </summary>
public sealed class BareVersionedContext(SqliteConnection connection) : DbContext
{
    public DbSet<Item> Items => Set<Item>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite(connection);

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
}
