using Microsoft.EntityFrameworkCore;
using Versioner.Internal;

namespace Versioner.Model;

/// <summary>
/// Binds the pointer values of entities Versioner hands out to their context's loader, so their content loads on
/// first use (all pending values of the context in one query). Done where entities leave Versioner's API rather than
/// in a materialization interceptor, which would make EF materialize every entity of the context about 3x slower.
/// </summary>
internal static class PointerScope
{
    public static T Bind<T>(DbContext context, T entity)
    {
        if (entity is Versioned versioned && VersionedModel.For(context).Find(versioned.GetType()) is { PointerFields.Length: > 0 } type)
        {
            var loader = PointerLoader.For(context);
            foreach (var pointer in type.Pointers(versioned))
            {
                if (!pointer.IsLoaded && pointer.Bind(loader))
                {
                    loader.Register(pointer);
                }
            }
        }

        return entity;
    }
}
