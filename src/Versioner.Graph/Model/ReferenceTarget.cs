namespace Versioner.Model;

/// <summary>A declared reference: property, target CLR type, pinned or following.</summary>
internal sealed record ReferenceTarget(string Property, Type Target, bool Pinned);
