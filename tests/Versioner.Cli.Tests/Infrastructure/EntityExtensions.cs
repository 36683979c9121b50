namespace Versioner.Cli.Tests.Infrastructure;

public static class EntityExtensions
{
    /// <summary>Changes <paramref name="entity"/> and returns it, to save an edit inline.</summary>
    public static T With<T>(this T entity, Action<T> change)
        where T : Versioned
    {
        change(entity);
        return entity;
    }
}
