using Microsoft.EntityFrameworkCore.Diagnostics;
using Versioner.Internal;

namespace Versioner.Model;

/// <summary>Binds pointer values of materialized entities to their context's <see cref="PointerLoader"/>.</summary>
internal sealed class PointerMaterializationInterceptor : IMaterializationInterceptor
{
    public static readonly PointerMaterializationInterceptor Instance = new();

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is Versioned)
        {
            PointerLoader? loader = null;
            foreach (var property in materializationData.EntityType.GetProperties())
            {
                if (typeof(PointerValue).IsAssignableFrom(property.ClrType)
                    && property.GetGetter().GetClrValue(entity) is PointerValue { IsLoaded: false } pointer
                    && pointer.Bind(loader ??= PointerLoader.For(materializationData.Context)))
                {
                    loader.Register(pointer);
                }
            }
        }

        return entity;
    }
}
