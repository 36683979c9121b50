using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Bench;

/// <summary>
/// The hand-rolled peer's entity on SQLite: <see cref="Item"/>'s fields, a UUIDv7 key (TEXT, as EF stores a Guid on
/// SQLite, like Versioner's ids) and the time the row became current, set by the application on every save.
/// </summary>
public sealed class TriggerItem
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }

    public decimal Amount { get; set; }

    public DateTime ValidFrom { get; set; }
}

/// <summary>The peer's entity on PostgreSQL: the periods extension keeps the system-time columns, so EF maps none.</summary>
public sealed class PeriodsItem
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>One row as the peers' raw SQL reads return it (as-of and history queries, through <c>Database.SqlQuery</c>).</summary>
public sealed class PeerRow
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }

    public decimal Amount { get; set; }

    public DateTime ValidFrom { get; set; }
}

/// <summary>
/// What a team would hand-roll on SQLite with EF Core: the current table holds the head, an AFTER UPDATE trigger
/// copies the old row into a history table with <c>ValidFrom</c>/<c>ValidTo</c>, an AFTER DELETE trigger does the
/// same with the deletion time. The schema is created by <see cref="Schema"/>, not by EF (EF cannot declare triggers).
/// </summary>
public sealed class TriggerHistoryContext(SqliteConnection connection) : DbContext
{
    public const string Schema = """
        CREATE TABLE "TriggerItems" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_TriggerItems" PRIMARY KEY,
            "Title" TEXT NOT NULL,
            "Year" INTEGER NOT NULL,
            "Amount" TEXT NOT NULL,
            "ValidFrom" TEXT NOT NULL);
        CREATE TABLE "TriggerItems_history" (
            "Id" TEXT NOT NULL,
            "Title" TEXT NOT NULL,
            "Year" INTEGER NOT NULL,
            "Amount" TEXT NOT NULL,
            "ValidFrom" TEXT NOT NULL,
            "ValidTo" TEXT NOT NULL);
        CREATE INDEX "IX_TriggerItems_history_Id" ON "TriggerItems_history" ("Id", "ValidFrom");
        CREATE TRIGGER "TriggerItems_after_update" AFTER UPDATE ON "TriggerItems" BEGIN
            INSERT INTO "TriggerItems_history" VALUES (old."Id", old."Title", old."Year", old."Amount", old."ValidFrom", new."ValidFrom");
        END;
        CREATE TRIGGER "TriggerItems_after_delete" AFTER DELETE ON "TriggerItems" BEGIN
            INSERT INTO "TriggerItems_history" VALUES (old."Id", old."Title", old."Year", old."Amount", old."ValidFrom", strftime('%Y-%m-%d %H:%M:%f', 'now'));
        END;
        """;

    public DbSet<TriggerItem> Items => Set<TriggerItem>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite(connection);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TriggerItem>(b =>
        {
            b.ToTable("TriggerItems", t =>
            {
                t.HasTrigger("TriggerItems_after_update");
                t.HasTrigger("TriggerItems_after_delete");
            });
            b.Property(i => i.Id).ValueGeneratedNever();
        });
}

/// <summary>
/// The PostgreSQL peer: a plain table put under SQL-standard SYSTEM VERSIONING by the periods extension
/// (<see cref="Schema"/>), which adds the system-time columns, the history table, the <c>_with_history</c> view and the
/// <c>__as_of</c> function; EF Core writes and reads the current table.
/// </summary>
public sealed class PeriodsContext(string connectionString) : DbContext
{
    public const string Schema = """
        CREATE TABLE "PeriodsItems" (
            "Id" uuid NOT NULL CONSTRAINT "PK_PeriodsItems" PRIMARY KEY,
            "Title" text NOT NULL,
            "Year" integer NOT NULL,
            "Amount" numeric NOT NULL);
        SELECT periods.add_system_time_period('"PeriodsItems"');
        SELECT periods.add_system_versioning('"PeriodsItems"');
        CREATE INDEX "IX_PeriodsItems_history_Id" ON "PeriodsItems_history" ("Id", system_time_start);
        """;

    public DbSet<PeriodsItem> Items => Set<PeriodsItem>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql(connectionString);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PeriodsItem>(b =>
        {
            b.ToTable("PeriodsItems");
            b.Property(i => i.Id).ValueGeneratedNever();
        });
}
