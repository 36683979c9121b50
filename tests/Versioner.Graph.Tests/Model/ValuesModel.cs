using Microsoft.EntityFrameworkCore;
using Versioner.Testing.Model;

namespace Versioner.Tests.Model;

/// <summary>The values model (<see cref="Specimen"/>, shared with the SQL Server tests) on SQLite and PostgreSQL.</summary>
public sealed class ValuesContext(DbContextOptions<ValuesContext> options) : DbContext(options)
{
    public DbSet<Specimen> Specimens => Set<Specimen>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
}

/// <summary>The values model with <see cref="Specimen.When"/> declared <c>timestamp without time zone</c> (a wall-clock column on PostgreSQL).</summary>
public sealed class WallClockValuesContext(DbContextOptions<WallClockValuesContext> options) : DbContext(options)
{
    public DbSet<Specimen> Specimens => Set<Specimen>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Specimen>().Property(s => s.When).HasColumnType("timestamp without time zone");
        modelBuilder.UseVersioning();
    }
}
