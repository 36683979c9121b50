using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Versioner.Model;

/// <summary>
/// Storage format 4's columns of a version's row: where the version sits in the as-of index and what it hashes to.
/// Every versioned type's table has them as shadow properties (<see cref="Configure"/>), <c>versioner_documents</c> as
/// columns of its own. A row's values are those of its version's own change row in <c>versioner_changes</c> (the row of
/// the commit that made it: place, validity, checksum); every writer keeps both alike until the reads move to the
/// version rows (docs/architecture.md, "Storage format 4").
/// </summary>
internal static class PlaceColumns
{
    /// <summary>The segment of the version's maker commit (its home).</summary>
    public const string Segment = "versioner_segment";

    /// <summary>The depth of the version's maker commit in its segment.</summary>
    public const string Depth = "versioner_depth";

    /// <summary>The depth of the entity's next change on that segment: the end of the version's validity there; null while none.</summary>
    public const string Until = "versioner_until";

    /// <summary>The version checksum (docs/checksums.md), as its change row records it; null until recorded.</summary>
    public const string Checksum = "versioner_checksum";

    /// <summary>The four columns in the order a new row's values carry them.</summary>
    public static readonly IReadOnlyList<string> All = [Segment, Depth, Until, Checksum];

    /// <summary>Whether <paramref name="property"/> is one of them (not a field of the user's type).</summary>
    public static bool Contains(IReadOnlyProperty property) => All.Contains(property.Name);

    /// <summary>
    /// Adds the four columns to a versioned type's table as shadow properties, and the two indexes reads of versions by
    /// place use (storage format 6): <c>(EternalId, segment, depth)</c>, one entity's versions in place order (one
    /// entity as of, its history, closing a superseded row; it covers the eternal id's foreign key, so EF makes no index
    /// of the eternal id alone), and <c>(segment, depth)</c>, the rows of a range (a read of all, a commit's rows by its
    /// place). Measured: docs/performance.md, "Phase C's read source".
    /// </summary>
    public static void Configure(EntityTypeBuilder builder, string eternalId)
    {
        builder.Property<long>(Segment).HasColumnName(Segment);
        builder.Property<long>(Depth).HasColumnName(Depth);
        builder.Property<long?>(Until).HasColumnName(Until);
        builder.Property<byte[]?>(Checksum).HasColumnName(Checksum);
        builder.HasIndex(eternalId, Segment, Depth);
        builder.HasIndex(Segment, Depth);
    }
}
