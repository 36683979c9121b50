namespace Versioner;

/// <summary>A branch: a name pointing at the commit it has reached (its head).</summary>
/// <param name="Name">The branch name.</param>
/// <param name="Head">The commit the branch points at.</param>
public sealed record Branch(string Name, CommitId Head);
