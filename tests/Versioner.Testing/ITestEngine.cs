namespace Versioner.Testing;

/// <summary>
/// A database engine a generic test class runs on (the <c>TProvider</c> of <c>GraphTest&lt;TProvider&gt;</c>, say), with
/// a parameterless constructor: <see cref="EngineFactAttribute"/> asks it whether it can run here.
/// </summary>
public interface ITestEngine
{
    /// <summary>Why this engine's tests cannot run on this machine (they are then skipped with it), or null.</summary>
    string? SkipReason { get; }
}
