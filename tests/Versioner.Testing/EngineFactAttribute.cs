using Xunit;
using Xunit.Sdk;

namespace Versioner.Testing;

/// <summary>
/// A <see cref="FactAttribute"/> for the bodies of a generic test class run once per engine (an abstract
/// <c>GraphTest&lt;TProvider&gt;</c> with a sealed subclass per engine): where the class's engine (an
/// <see cref="ITestEngine"/>) cannot run here, the test is skipped with its reason instead of failing. The test projects
/// name it after their base class (<c>GraphFact</c>, <c>FollowerFact</c>) with a global using alias.
/// </summary>
[XunitTestCaseDiscoverer("Versioner.Testing.EngineFactDiscoverer", "Versioner.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : FactAttribute
{
    /// <summary>
    /// Another engine the test opens besides its own (a push from SQLite to PostgreSQL, say): the test is skipped,
    /// with that engine's reason, where that engine cannot run either.
    /// </summary>
    public Type? AlsoNeeds { get; set; }
}

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="EngineFactAttribute"/>: each data row is skipped alike.</summary>
[XunitTestCaseDiscoverer("Versioner.Testing.EngineTheoryDiscoverer", "Versioner.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineTheoryAttribute : TheoryAttribute
{
    /// <inheritdoc cref="EngineFactAttribute.AlsoNeeds"/>
    public Type? AlsoNeeds { get; set; }
}
