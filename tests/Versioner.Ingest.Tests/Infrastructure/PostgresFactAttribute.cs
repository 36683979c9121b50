namespace Versioner.Tests.Infrastructure;

/// <summary>
/// A test that needs a PostgreSQL server. Without one, the test is skipped with the reason and how to start it, except
/// under CI=true, where it runs (and fails) so a missing server is never mistaken for a pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && PostgresDatabase.Problem is { } problem)
        {
            Skip = problem;
        }
    }
}
