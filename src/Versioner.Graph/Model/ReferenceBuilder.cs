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

    internal ReferenceBuilder(EntityTypeBuilder<T> builder, string property, bool pinned)
    {
        _builder = builder;
        _property = property;
        _pinned = pinned;
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
        _builder.HasAnnotation(VersioningAnnotations.ReferenceTargets, targets.Append(new ReferenceTarget(_property, typeof(TTarget), _pinned)).ToArray());
        return _builder;
    }
}
