namespace Versioner.Tests.Infrastructure;

/// <summary>A theory that needs a PostgreSQL server: skipped with the reason without one, except under CI=true (as <see cref="PostgresFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && PostgresDatabase.Problem is { } problem)
        {
            Skip = problem;
        }
    }
}
