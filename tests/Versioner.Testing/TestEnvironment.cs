namespace Versioner.Testing;

/// <summary>Where the tests run: under CI, a service a test needs must be there, so its absence fails instead of skipping.</summary>
public static class TestEnvironment
{
    /// <summary>True under <c>CI=true</c>.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="problem"/> (why a service is missing, and how to start it) as a skip reason, or null under CI: there
    /// the test runs, and fails, so a missing server is never mistaken for a pass.
    /// </summary>
    public static string? SkipUnlessCi(string? problem) => IsCi ? null : problem;
}
