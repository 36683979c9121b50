namespace Versioner.Model;

/// <summary>
/// A declared reference: property, target CLR type, pinned or following, and whether the target may be absent from
/// a snapshot that holds the reference (<see cref="ReferenceBuilder{T}.AllowDangling"/>).
/// </summary>
internal sealed record ReferenceTarget(string Property, Type Target, bool Pinned, bool AllowDangling = false);
