namespace Versioner.Tests.Infrastructure;

/// <summary>
/// A test that needs the SQS emulator. Without it, the test is skipped with the reason and how to start it, except
/// under CI=true, where it runs (and fails) so a missing emulator is never mistaken for a pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqsFactAttribute : FactAttribute
{
    public SqsFactAttribute()
    {
        if (SqsEmulator.Endpoint is null)
        {
            Skip = TestEnvironment.SkipUnlessCi($"SQS emulator not available: {SqsEmulator.Problem}");
        }
    }
}
