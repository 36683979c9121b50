using Xunit.Abstractions;
using Xunit.Sdk;

namespace Versioner.Studio.Tests.Infrastructure;

/// <summary>
/// A test that drives chromium against the Studio on one engine: skipped, with the reason, where chromium is missing
/// or the engine (the <c>TDatabase</c> of its <see cref="StudioTest{TDatabase}"/>) cannot run.
/// </summary>
[XunitTestCaseDiscoverer("Versioner.Studio.Tests.Infrastructure.BrowserFactDiscoverer", "Versioner.Studio.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute;

public sealed class BrowserFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SkipReason(testMethod) is { } reason
            ? new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);

    private static string? SkipReason(ITestMethod testMethod) => Chromium.SkipReason ?? EngineAvailability.SkipReason(testMethod);
}
