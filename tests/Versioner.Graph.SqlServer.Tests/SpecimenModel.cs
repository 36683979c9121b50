using Microsoft.EntityFrameworkCore;

namespace Versioner.SqlServer.Tests;

public enum Shelf
{
    Cellar = -3,
    Attic = 1,
}

/// <summary>One field of every CLR type Versioner supports (README, "Supported field types"), as the Graph tests' values model.</summary>
public sealed class Specimen : Versioned
{
    public bool Flag { get; set; }
    public sbyte Signed { get; set; }
    public byte Unsigned { get; set; }
    public short Short { get; set; }
    public ushort UShort { get; set; }
    public int Int { get; set; }
    public int? MaybeInt { get; set; }
    public uint UInt { get; set; }
    public long Long { get; set; }
    public ulong ULong { get; set; }
    public Shelf Shelf { get; set; }
    public decimal Money { get; set; }
    public double Ratio { get; set; }
    public float Single { get; set; }
    public string Text { get; set; } = "";
    public char Letter { get; set; } = '-';
    public byte[] Bytes { get; set; } = [];
    public DateTimeOffset Instant { get; set; }
    public DateTime When { get; set; }
    public DateTime? Until { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly At { get; set; }
    public TimeSpan Span { get; set; }
    public Guid Uuid { get; set; }
    public EternalId? Other { get; set; }
    public VersionId? Exact { get; set; }
    public EternalIdSet Members { get; set; } = EternalIdSet.Empty;
    public LargeText? Essay { get; set; }
}

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
