namespace Versioner;

/// <summary>Loads the content of pointer values that were read from storage by checksum only.</summary>
internal interface IPointerLoader
{
    /// <summary>Returns the canonical content of <paramref name="pointer"/>; may load other pending pointers in the same round trip.</summary>
    byte[] LoadContent(PointerValue pointer);
}
