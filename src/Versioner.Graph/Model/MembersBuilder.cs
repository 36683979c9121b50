using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Versioner.Model;

/// <summary>Completes a many-to-many declaration: which entity type a set's members must be.</summary>
/// <typeparam name="T">The entity type that holds the set.</typeparam>
public sealed class MembersBuilder<T>
    where T : Versioned
{
    private readonly EntityTypeBuilder<T> _builder;
    private readonly string _property;

    internal MembersBuilder(EntityTypeBuilder<T> builder, string property)
    {
        _builder = builder;
        _property = property;
    }

    /// <summary>
    /// The members' entity type. Finalize then refuses (<see cref="SnapshotConstraintException"/>) a set whose members
    /// are not current entities of that type in the resulting snapshot, and the removal of an entity that a set in
    /// the resulting snapshot still holds. Adds an index on the set's column (the removal check joins on it).
    /// Returns the entity builder to go on configuring.
    /// </summary>
    public EntityTypeBuilder<T> To<TTarget>()
        where TTarget : Versioned
    {
        _builder.HasIndex(_property);
        var targets = _builder.Metadata.FindAnnotation(VersioningAnnotations.MemberTargets)?.Value as MemberTarget[] ?? [];
        _builder.HasAnnotation(VersioningAnnotations.MemberTargets, targets.Append(new MemberTarget(_property, typeof(TTarget))).ToArray());
        return _builder;
    }
}
