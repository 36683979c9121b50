using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Versioner.Model;

/// <summary>Value converters that map Versioner's value types to what every provider stores.</summary>
internal static class VersionerConverters
{
    public static readonly ValueConverter<EternalId, Guid> EternalId = new(v => v.Value, g => new EternalId(g));
    public static readonly ValueConverter<VersionId, Guid> VersionId = new(v => v.Value, g => new VersionId(g));
    public static readonly ValueConverter<CommitId, Guid> CommitId = new(v => v.Value, g => new CommitId(g));
    public static readonly ValueConverter<EternalIdSet, byte[]> Set = new(p => p.Checksum.ToByteArray(), b => UnboundSet(b));
    public static readonly ValueConverter<LargeText, byte[]> Text = new(p => p.Checksum.ToByteArray(), b => UnboundText(b));

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

    public static EternalIdSet UnboundSet(byte[] checksum) => EternalIdSet.Unloaded(new Checksum(checksum), UnboundPointerLoader.Instance);

    public static LargeText UnboundText(byte[] checksum) => LargeText.Unloaded(new Checksum(checksum), UnboundPointerLoader.Instance);
}
