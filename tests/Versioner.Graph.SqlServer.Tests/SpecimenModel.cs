using Microsoft.EntityFrameworkCore;

namespace Versioner.SqlServer.Tests;

/// <summary>The values model (<see cref="Specimen"/>, shared with the Graph tests) with money to four places, on SQL Server's EF provider.</summary>
public sealed class SpecimenContext(DbContextOptions<SpecimenContext> options) : DbContext(options)
{
    public DbSet<Specimen> Specimens => Set<Specimen>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Specimen>().Property(s => s.Money).HasPrecision(18, 4);
        modelBuilder.UseVersioning();
    }

    /// <summary>A context on SQL Server's EF provider; no server is behind it (none is asked: only the model and scripts are used).</summary>
    public static SpecimenContext OnSqlServer() =>
        new(new DbContextOptionsBuilder<SpecimenContext>().UseSqlServer("Server=127.0.0.1,1;Database=nowhere;Connect Timeout=1").UseVersioning().Options);
}
