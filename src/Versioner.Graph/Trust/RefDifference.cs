namespace Versioner;

/// <summary>A branch or tag that points at different commits in two databases (null: absent there).</summary>
/// <param name="Name">The ref's name.</param>
/// <param name="Here">Where it points in this database.</param>
/// <param name="There">Where it points in the other.</param>
public sealed record RefDifference(string Name, CommitId? Here, CommitId? There);
