using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Versioner.Internal;

namespace Versioner.Model;

/// <summary>Value converters that map Versioner's value types to what every provider stores.</summary>
internal static class VersionerConverters
{
    public static readonly ValueConverter<EternalId, Guid> EternalId = new(v => v.Value, g => new EternalId(g));
    public static readonly ValueConverter<VersionId, Guid> VersionId = new(v => v.Value, g => new VersionId(g));
    public static readonly ValueConverter<CommitId, Guid> CommitId = new(v => v.Value, g => new CommitId(g));

    /// <summary>
    /// Versioner's ids as 16 bytes in RFC 9562 (big-endian) order, where the engine stores ids as blobs (SQLite,
    /// <see cref="Storage.Dialects.Dialect.StoresIdsAsBytes"/>): bytes compare as the ids' text does, so <c>ORDER BY</c>
    /// an id sorts as PostgreSQL's <c>uuid</c> does. Not EF's own Guid-to-bytes conversion, which uses .NET's
    /// mixed-endian order.
    /// </summary>
    public static readonly ValueConverter<EternalId, byte[]> EternalIdBytes = new(v => IdBytes.Of(v.Value), b => new EternalId(IdBytes.ToGuid(b)));

    /// <inheritdoc cref="EternalIdBytes"/>
    public static readonly ValueConverter<VersionId, byte[]> VersionIdBytes = new(v => IdBytes.Of(v.Value), b => new VersionId(IdBytes.ToGuid(b)));

    /// <inheritdoc cref="EternalIdBytes"/>
    public static readonly ValueConverter<CommitId, byte[]> CommitIdBytes = new(v => IdBytes.Of(v.Value), b => new CommitId(IdBytes.ToGuid(b)));

    /// <inheritdoc cref="EternalIdBytes"/>
    public static readonly ValueConverter<Guid, byte[]> GuidBytes = new(v => IdBytes.Of(v), b => IdBytes.ToGuid(b));

    public static readonly ValueConverter<EternalIdSet, byte[]> Set = new(p => p.Checksum.ToByteArray(), b => UnboundSet(b));
    public static readonly ValueConverter<LargeText, byte[]> Text = new(p => p.Checksum.ToByteArray(), b => UnboundText(b));

    /// <summary>
    /// <see cref="DateTime"/> fields of versioned types, for every column but one declared <c>timestamp without time
    /// zone</c>: the reading is stored as it is with kind <see cref="DateTimeKind.Utc"/> (what PostgreSQL's
    /// <c>timestamp with time zone</c> requires; SQLite keeps the text) and read back with kind <see cref="DateTimeKind.Utc"/>
    /// on every engine. <see cref="DateTimeKind.Unspecified"/> is taken as UTC, as the checksum does; a local time (saves
    /// refuse it; in a query it is an instant) is converted to UTC.
    /// </summary>
    public static readonly ValueConverter<DateTime, DateTime> UtcDateTime = new(v => AsUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    /// <summary>
    /// <see cref="UtcDateTime"/> for a column declared <c>timestamp without time zone</c> (which refuses kind
    /// <see cref="DateTimeKind.Utc"/>): the same reading written with kind <see cref="DateTimeKind.Unspecified"/>, read back as UTC.
    /// </summary>
    public static readonly ValueConverter<DateTime, DateTime> WallClockDateTime = new(v => DateTime.SpecifyKind(AsUtc(v), DateTimeKind.Unspecified), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static readonly ValueComparer<EternalIdSet> SetComparer = new(
        (a, b) => a == null ? b == null : a.Equals(b), p => p.GetHashCode(), p => p);

    public static readonly ValueComparer<LargeText> TextComparer = new(
        (a, b) => a == null ? b == null : a.Equals(b), p => p.GetHashCode(), p => p);

    /// <summary>The converter for a CLR type of Versioner's, or null.</summary>
    public static ValueConverter? For(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(EternalId) => EternalId,
            var t when t == typeof(VersionId) => VersionId,
            var t when t == typeof(CommitId) => CommitId,
            var t when t == typeof(EternalIdSet) => Set,
            var t when t == typeof(LargeText) => Text,
            _ => null,
        };

    /// <summary>
    /// The 16-byte counterpart of an id column's converter (<paramref name="converter"/> one of <see cref="EternalId"/>,
    /// <see cref="VersionId"/>, <see cref="CommitId"/>, or null for a <see cref="Guid"/> id of Versioner's own tables), or
    /// null when the column is no id of Versioner's.
    /// </summary>
    public static ValueConverter? AsBytes(ValueConverter? converter, Type clrType) =>
        converter is null
            ? ((Nullable.GetUnderlyingType(clrType) ?? clrType) == typeof(Guid) ? GuidBytes : null)
            : converter == EternalId ? EternalIdBytes
            : converter == VersionId ? VersionIdBytes
            : converter == CommitId ? CommitIdBytes
            : null;

    /// <summary>Whether <paramref name="converter"/> is one of the 16-byte converters of id columns (<see cref="AsBytes"/>).</summary>
    public static bool IsBytes(ValueConverter? converter) =>
        converter is not null && (converter == EternalIdBytes || converter == VersionIdBytes || converter == CommitIdBytes || converter == GuidBytes);

    /// <summary>The converter for a <see cref="DateTime"/> column of a versioned type, by its declared column type (null when none is declared).</summary>
    public static ValueConverter<DateTime, DateTime> ForDateTime(string? columnType) =>
        columnType is not null
        && (columnType.Equals("timestamp", StringComparison.OrdinalIgnoreCase) || columnType.StartsWith("timestamp without", StringComparison.OrdinalIgnoreCase)
            || columnType.StartsWith("timestamp(", StringComparison.OrdinalIgnoreCase))
            ? WallClockDateTime
            : UtcDateTime;

    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static EternalIdSet UnboundSet(byte[] checksum) => EternalIdSet.Unloaded(new Checksum(checksum), UnboundPointerLoader.Instance);

    public static LargeText UnboundText(byte[] checksum) => LargeText.Unloaded(new Checksum(checksum), UnboundPointerLoader.Instance);
}
