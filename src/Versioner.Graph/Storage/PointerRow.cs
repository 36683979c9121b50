namespace Versioner.Storage;

/// <summary>A content-addressed pointer record; shared by every version that holds the same value.</summary>
internal sealed class PointerRow
{
    public byte[] Checksum { get; set; } = [];
    public PointerKind Kind { get; set; }
    public byte[] Content { get; set; } = [];
}
