namespace Versioner.Model;

/// <summary>A declared many-to-many set: every member of <see cref="Property"/> must be a current <see cref="Target"/>.</summary>
internal sealed record MemberTarget(string Property, Type Target);
