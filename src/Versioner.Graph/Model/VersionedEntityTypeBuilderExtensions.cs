using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Versioner;
using Versioner.Model;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Versioner's model-building options for one versioned entity type.</summary>
public static class VersionedEntityTypeBuilderExtensions
{
    /// <summary>
    /// Sets the entity type's name as stored in Versioner's tables and covered by checksums (default: the class name).
    /// Set it when you rename the class, so history and checksums stay the same.
    /// </summary>
    public static EntityTypeBuilder<T> HasVersionedName<T>(this EntityTypeBuilder<T> builder, string name)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.HasAnnotation(VersioningAnnotations.EntityTypeName, name);
        return builder;
    }

    /// <summary>
    /// Declares a reference by eternal id: in any snapshot it resolves to the target's version current there. Adds a
    /// foreign key to the eternal-id table; save refuses an id that is unset (<see cref="MissingReferenceException"/>)
    /// or names nothing (<see cref="DanglingReferenceException"/>); finalize checks that the referenced entity is of
    /// <see cref="ReferenceBuilder{T}.To{TTarget}"/>'s type and is present in the resulting snapshot, and refuses to
    /// remove an entity that snapshot still refers to, unless the reference <see cref="ReferenceBuilder{T}.AllowDangling"/>.
    /// </summary>
    /// <example><code>b.Reference(book => book.AuthorId).To&lt;Author&gt;();</code></example>
    public static ReferenceBuilder<T> Reference<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, EternalId?>> property)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(builder);
        return new ReferenceBuilder<T>(builder, MemberName(property), pinned: false);
    }

    /// <summary>
    /// Declares a pinned reference: it always means the one version it names, whatever changed since (a billing rate
    /// on a past appointment). Adds a foreign key to the target's version table. The pinned version must be finalized
    /// or saved in the same working commit (checked on save, <see cref="PinnedVersionNotFinalizedException"/>); at
    /// finalize it must be finalized already or by the same commit.
    /// </summary>
    /// <example><code>b.Pin(sale => sale.PriceVersionId).To&lt;Price&gt;();</code></example>
    public static ReferenceBuilder<T> Pin<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, VersionId?>> property)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(builder);
        return new ReferenceBuilder<T>(builder, MemberName(property), pinned: true);
    }

    /// <summary>
    /// Declares what the members of a many-to-many set must be: with <see cref="MembersBuilder{T}.To{TTarget}"/>,
    /// finalize checks that every member is a current entity of that type in the resulting snapshot, and refuses to
    /// remove an entity a set there still holds. Without it a set may hold any eternal ids.
    /// </summary>
    /// <example><code>b.Members(book => book.Tags).To&lt;Tag&gt;();</code></example>
    public static MembersBuilder<T> Members<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, EternalIdSet?>> property)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(builder);
        return new MembersBuilder<T>(builder, MemberName(property));
    }

    /// <summary>
    /// Declares that no two current versions in a snapshot may share the values of <paramref name="key"/>.
    /// Checked on the resulting snapshot at every finalize; a violation refuses the finalize with a
    /// <see cref="SnapshotConstraintException"/> that names the entities.
    /// </summary>
    /// <example><code>b.IsUniqueInSnapshot(r => new { r.BookId, r.Year });</code></example>
    public static EntityTypeBuilder<T> IsUniqueInSnapshot<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>> key, string? name = null)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(key);
        var body = key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : key.Body;
        var properties = body switch
        {
            NewExpression n => n.Arguments.Select(a => a is MemberExpression m ? m.Member.Name : throw BadKey()).ToArray(),
            MemberExpression m => [m.Member.Name],
            _ => throw BadKey(),
        };
        var existing = builder.Metadata.FindAnnotation(VersioningAnnotations.UniqueInSnapshot)?.Value as SnapshotUniqueConstraint[] ?? [];
        var constraint = new SnapshotUniqueConstraint(name ?? $"{typeof(T).Name}({string.Join(", ", properties)})", properties);
        builder.HasAnnotation(VersioningAnnotations.UniqueInSnapshot, existing.Append(constraint).ToArray());
        return builder;
    }

    internal static string MemberName(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression member && member.Expression is ParameterExpression
            ? member.Member.Name
            : throw new ArgumentException($"'{expression}' must select a property of the entity, like x => x.AuthorId.", nameof(expression));
    }

    private static ArgumentException BadKey() =>
        new("The key must select properties of the entity: x => x.Year or x => new { x.BookId, x.Year }.", "key");
}
