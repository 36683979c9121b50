namespace Versioner.Testing.Model;

public enum Shelf
{
    Cellar = -3,
    Attic = 1,
}

/// <summary>
/// One field of every CLR type Versioner supports (README, "Supported field types"), some nullable: the values model of
/// the Graph tests and of the SQL Server dialect's (each with a context of its own for its engine).
/// </summary>
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
    public char Letter { get; set; } = '-'; // not '\0': NUL is refused (PostgreSQL cannot store it)
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
