using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>EF type mappings of the system tables' columns, for typed parameters of raw statements.</summary>
internal sealed class Mappings
{
    public Mappings(DbContext db)
    {
        RelationalTypeMapping Of<TRow>(string property) =>
            db.Model.FindEntityType(typeof(TRow))!.FindProperty(property)!.GetRelationalTypeMapping();

        CommitId = Of<CommitRow>(nameof(CommitRow.Id));
        EternalId = Of<EntityRow>(nameof(EntityRow.EternalId));
        VersionId = Of<ChangeRow>(nameof(ChangeRow.VersionId));
        Bytes = Of<CommitRow>(nameof(CommitRow.Checksum));
        Text = Of<CommitRow>(nameof(CommitRow.Author));
        NullableText = Of<CommitRow>(nameof(CommitRow.Branch));
        Long = Of<CommitRow>(nameof(CommitRow.Depth));
        NullableLong = Of<SegmentRow>(nameof(SegmentRow.ParentSegment));
        Int = Of<CommitParentRow>(nameof(CommitParentRow.Ordinal));
        State = Of<CommitRow>(nameof(CommitRow.State));
        RefKind = Of<RefRow>(nameof(RefRow.Kind));
        PointerKind = Of<PointerRow>(nameof(PointerRow.Kind));
        Set = Of<PointerMemberRow>(nameof(PointerMemberRow.Set));
        Bool = Of<ChangeRow>(nameof(ChangeRow.Adopted));
        ConflictKind = Of<ConflictRow>(nameof(ConflictRow.Kind));
        LongList = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(long[]))
            ?? throw new NotSupportedException($"{Versioner.Storage.Dialects.Dialect.For(db).Name}'s EF provider maps no list of integers to one parameter.");
        GuidList = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(Guid[]))
            ?? throw new NotSupportedException($"{Versioner.Storage.Dialects.Dialect.For(db).Name}'s EF provider maps no list of UUIDs to one parameter.");
    }

    public RelationalTypeMapping CommitId { get; }
    public RelationalTypeMapping EternalId { get; }
    public RelationalTypeMapping VersionId { get; }
    public RelationalTypeMapping Bytes { get; }
    public RelationalTypeMapping Text { get; }
    public RelationalTypeMapping NullableText { get; }
    public RelationalTypeMapping Long { get; }
    public RelationalTypeMapping NullableLong { get; }
    public RelationalTypeMapping Int { get; }
    public RelationalTypeMapping State { get; }
    public RelationalTypeMapping RefKind { get; }
    public RelationalTypeMapping PointerKind { get; }
    public RelationalTypeMapping Set { get; }
    public RelationalTypeMapping Bool { get; }
    public RelationalTypeMapping ConflictKind { get; }

    /// <summary>A list of integers as one parameter (JSON text on SQLite, <c>bigint[]</c> on PostgreSQL): EF's primitive collection mapping.</summary>
    public RelationalTypeMapping LongList { get; }

    /// <summary>A list of UUIDs as one parameter (<c>uuid[]</c> on PostgreSQL; SQLite takes them as JSON text, see <see cref="IdList"/>).</summary>
    public RelationalTypeMapping GuidList { get; }
}
