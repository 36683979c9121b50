namespace Versioner.Internal;

/// <summary>
/// A small process-wide number per followed entity type, so a snapshot finds a type's table by array index instead of
/// a dictionary lookup keyed by <see cref="Type"/> (which would cost as much as the entity lookup itself).
/// </summary>
internal static class TypeSlot
{
    private static int _next = -1;

    public static int Next() => Interlocked.Increment(ref _next);
}

/// <summary>The slot of <typeparamref name="T"/>, assigned at first use.</summary>
internal static class TypeSlot<T>
{
    public static readonly int Index = TypeSlot.Next();
}
