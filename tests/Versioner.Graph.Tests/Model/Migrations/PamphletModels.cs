using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

// Three generations of one model, as an application's schema evolves: V1 is created with EnsureCreated; V2 and V3 are
// reached from it with real EF Core migrations (hand-written here as `dotnet ef migrations add` would write them).
// The CLR types share the name "Pamphlet", which is the versioned entity type's name in every generation.

namespace Versioner.Tests.Model.Migrations.V1
{
    public sealed class Pamphlet : Versioned
    {
        public string Title { get; set; } = "";
        public int Pages { get; set; }
        public decimal Price { get; set; }
    }

    public sealed class PamphletContext(DbContextOptions<PamphletContext> options) : DbContext(options)
    {
        public DbSet<Pamphlet> Pamphlets => Set<Pamphlet>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
    }
}

namespace Versioner.Tests.Model.Migrations.V2
{
    /// <summary>V2 adds two fields: a nullable one and one with a default.</summary>
    public sealed class Pamphlet : Versioned
    {
        public string Title { get; set; } = "";
        public int Pages { get; set; }
        public decimal Price { get; set; }
        public string? Isbn { get; set; }
        public int Edition { get; set; } = 1;
    }

    public sealed class PamphletContext(DbContextOptions<PamphletContext> options) : DbContext(options)
    {
        public DbSet<Pamphlet> Pamphlets => Set<Pamphlet>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            // No model snapshot is kept for these hand-written migrations.
            optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
    }

    [DbContext(typeof(PamphletContext))]
    [Migration("20261122070000_AddIsbnAndEdition")]
    public sealed class AddIsbnAndEdition : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "Isbn", table: "Pamphlets", nullable: true);
            migrationBuilder.AddColumn<int>(name: "Edition", table: "Pamphlets", nullable: false, defaultValue: 1);
        }
    }
}

namespace Versioner.Tests.Model.Migrations.V3
{
    /// <summary>V3 renames Title to Heading and drops Pages.</summary>
    public sealed class Pamphlet : Versioned
    {
        public string Heading { get; set; } = "";
        public decimal Price { get; set; }
    }

    public sealed class PamphletContext(DbContextOptions<PamphletContext> options) : DbContext(options)
    {
        public DbSet<Pamphlet> Pamphlets => Set<Pamphlet>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
    }

    [DbContext(typeof(PamphletContext))]
    [Migration("20261122070100_RenameTitleDropPages")]
    public sealed class RenameTitleDropPages : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(name: "Title", table: "Pamphlets", newName: "Heading");
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                // Without a designer file's target model EF cannot rebuild the table; SQLite 3.35+ drops a column itself.
                migrationBuilder.Sql("ALTER TABLE \"Pamphlets\" DROP COLUMN \"Pages\"");
            }
            else
            {
                migrationBuilder.DropColumn(name: "Pages", table: "Pamphlets");
            }
        }
    }
}
