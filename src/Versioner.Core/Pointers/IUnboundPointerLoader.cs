namespace Versioner;

/// <summary>Marks a placeholder loader that may be replaced by <see cref="PointerValue.Bind"/>.</summary>
internal interface IUnboundPointerLoader : IPointerLoader
{
}
