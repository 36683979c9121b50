using Xunit;

namespace Versioner.Testing;

/// <summary>
/// A test that needs a PostgreSQL server (<see cref="PostgresServer"/>). Without one, the test is skipped with the reason
/// and how to start it, except under CI=true, where it runs (and fails) so a missing server is never mistaken for a pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs a PostgreSQL server: skipped with the reason without one, except under CI=true (as <see cref="PostgresFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
