namespace Versioner;

/// <summary>
/// The canonical kinds a field value is reduced to before hashing and diffing. The numeric value of each member is
/// its tag byte in the canonical encoding (<c>docs/checksums.md</c>) and must never change.
/// </summary>
public enum FieldKind : byte
{
    /// <summary>No value.</summary>
    Null = 0x00,
    /// <summary><see cref="bool"/>.</summary>
    Boolean = 0x01,
    /// <summary>Any integer type and enums (as their underlying value), as a 64-bit signed integer.</summary>
    Integer = 0x02,
    /// <summary><see cref="decimal"/>, normalized: no trailing zeros, no negative zero.</summary>
    Decimal = 0x03,
    /// <summary><see cref="double"/> or <see cref="float"/>; finite only, negative zero normalized.</summary>
    Double = 0x04,
    /// <summary>Text (also <see cref="char"/>); valid UTF-16 with no NUL character.</summary>
    String = 0x05,
    /// <summary>A byte array.</summary>
    Bytes = 0x06,
    /// <summary>A <see cref="DateTimeOffset"/>: an instant, in UTC microseconds (the offset is not kept).</summary>
    Instant = 0x07,
    /// <summary>A <see cref="DateOnly"/>.</summary>
    Date = 0x08,
    /// <summary>A <see cref="TimeOnly"/>, in microseconds.</summary>
    Time = 0x09,
    /// <summary>A <see cref="Guid"/> that is not an id of Versioner's.</summary>
    Uuid = 0x0A,
    /// <summary>A reference by <see cref="Versioner.EternalId"/>: follows whichever version is current in a snapshot.</summary>
    EternalReference = 0x0B,
    /// <summary>A pinned reference by <see cref="Versioner.VersionId"/>: always the same version.</summary>
    VersionReference = 0x0C,
    /// <summary>A pointer record (<see cref="EternalIdSet"/>, <see cref="LargeText"/>), represented by its checksum.</summary>
    Pointer = 0x0D,
    /// <summary>A nested JSON object or array (dynamic documents), in canonical JSON.</summary>
    Json = 0x0E,
    /// <summary>A <see cref="System.DateTime"/> as wall-clock microseconds; its <see cref="DateTimeKind"/> is not kept.</summary>
    DateTime = 0x0F,
    /// <summary>A <see cref="TimeSpan"/>, in microseconds.</summary>
    Duration = 0x10,
}
