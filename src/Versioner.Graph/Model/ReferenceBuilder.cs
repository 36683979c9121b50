using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Versioner.Storage;

namespace Versioner.Model;

/// <summary>Completes a reference declaration: which entity type it points at.</summary>
/// <typeparam name="T">The referring entity type.</typeparam>
public sealed class ReferenceBuilder<T>
    where T : Versioned
{
    private readonly EntityTypeBuilder<T> _builder;
    private readonly string _property;
    private readonly bool _pinned;
    private bool _allowDangling;

    internal ReferenceBuilder(EntityTypeBuilder<T> builder, string property, bool pinned)
    {
        _builder = builder;
        _property = property;
        _pinned = pinned;
    }

    /// <summary>
    /// Lets the reference dangle: a snapshot may hold it while the entity it names is not in that snapshot (removed,
    /// or never on this branch). By default finalize refuses both a new reference to an absent entity and the removal
    /// of an entity the resulting snapshot still refers to (<see cref="SnapshotConstraintException"/>). Still checked:
    /// the id names a saved entity (on save) of the declared type (at finalize). Call it before <see cref="To{TTarget}"/>.
    /// </summary>
    /// <example><code>b.Reference(book => book.AuthorId).AllowDangling().To&lt;Author&gt;();</code></example>
    /// <exception cref="InvalidOperationException">The reference is pinned: a pinned version never goes away, so it cannot dangle.</exception>
    public ReferenceBuilder<T> AllowDangling()
    {
        if (_pinned)
        {
            throw new InvalidOperationException(
                $"{typeof(T).Name}.{_property} is a pinned reference: the version it names stays in history for good, so it cannot dangle. AllowDangling() applies to references by eternal id (Reference(...)).");
        }

        _allowDangling = true;
        return this;
    }

    /// <summary>The referenced entity type. Returns the entity builder to go on configuring.</summary>
    public EntityTypeBuilder<T> To<TTarget>()
        where TTarget : Versioned
    {
        if (_pinned)
        {
            _builder.HasOne<TTarget>().WithMany().HasForeignKey(_property).HasPrincipalKey(nameof(Versioned.VersionId)).OnDelete(DeleteBehavior.Restrict);
        }
        else
        {
            _builder.HasOne<EntityRow>().WithMany().HasForeignKey(_property).OnDelete(DeleteBehavior.Restrict);
        }

        var targets = _builder.Metadata.FindAnnotation(VersioningAnnotations.ReferenceTargets)?.Value as ReferenceTarget[] ?? [];
        _builder.HasAnnotation(VersioningAnnotations.ReferenceTargets, targets.Append(new ReferenceTarget(_property, typeof(TTarget), _pinned, _allowDangling)).ToArray());
        return _builder;
    }
}
