namespace Versioner.Model;

/// <summary>
/// Stands in for a pointer value's loader until the context that read it binds one. Reached only when a pointer
/// column is read outside an entity query (a projection of just that column).
/// </summary>
internal sealed class UnboundPointerLoader : IUnboundPointerLoader
{
    public static readonly UnboundPointerLoader Instance = new();

    public byte[] LoadContent(PointerValue pointer) =>
        throw new PointerNotLoadedException(pointer.Checksum);
}
