namespace Versioner.Internal;

/// <summary>The commits of one segment with depth in (<see cref="After"/>, <see cref="UpTo"/>].</summary>
internal readonly record struct PathRange(long Segment, long After, long UpTo);
