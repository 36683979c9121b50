namespace Versioner;

/// <summary>A tag: a name that always points at the same commit (named <c>CommitTag</c> so it does not clash with the many domain models that have a <c>Tag</c> entity).</summary>
/// <param name="Name">The tag name.</param>
/// <param name="Target">The commit it names.</param>
public sealed record CommitTag(string Name, CommitId Target);
