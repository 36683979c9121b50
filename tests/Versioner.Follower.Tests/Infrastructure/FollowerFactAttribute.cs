using Xunit.Abstractions;
using Xunit.Sdk;

namespace Versioner.Tests.Following.Infrastructure;

/// <summary>
/// A <see cref="FactAttribute"/> for <see cref="FollowerTest{TProvider}"/> bodies: on an engine that cannot run here
/// (<see cref="TestProvider.SkipReason"/>), every test of that engine is skipped with its reason instead of failing.
/// </summary>
[XunitTestCaseDiscoverer("Versioner.Tests.Following.Infrastructure.FollowerFactDiscoverer", "Versioner.Follower.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class FollowerFactAttribute : FactAttribute
{
    /// <summary>
    /// Another engine the test opens besides its own (a push from SQLite to PostgreSQL, say): the test is skipped,
    /// with that engine's reason, where that engine cannot run either.
    /// </summary>
    public Type? AlsoNeeds { get; set; }
}

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="FollowerFactAttribute"/>: each data row is skipped alike.</summary>
[XunitTestCaseDiscoverer("Versioner.Tests.Following.Infrastructure.FollowerTheoryDiscoverer", "Versioner.Follower.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class FollowerTheoryAttribute : TheoryAttribute
{
    /// <inheritdoc cref="FollowerFactAttribute.AlsoNeeds"/>
    public Type? AlsoNeeds { get; set; }
}

public sealed class FollowerFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        EngineAvailability.SkipReason(testMethod, factAttribute, DiagnosticMessageSink) is { } reason
            ? new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
}

public sealed class FollowerTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        EngineAvailability.SkipReason(testMethod, theoryAttribute, DiagnosticMessageSink) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason, dataRow)]
            : base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        EngineAvailability.SkipReason(testMethod, theoryAttribute, DiagnosticMessageSink) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.CreateTestCasesForTheory(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>Finds the engine of a concrete test class (the <c>TProvider</c> of its <see cref="FollowerTest{TProvider}"/>) and asks it.</summary>
internal static class EngineAvailability
{
    private static readonly HashSet<Type> Reported = [];

    public static string? SkipReason(ITestMethod testMethod, IAttributeInfo attribute, IMessageSink diagnostics)
    {
        var reason = SkipReason(testMethod, diagnostics);
        if (reason is null && attribute.GetNamedArgument<Type?>(nameof(FollowerFactAttribute.AlsoNeeds)) is { } other)
        {
            reason = ((TestProvider)Activator.CreateInstance(other)!).SkipReason;
        }

        return reason;
    }

    private static string? SkipReason(ITestMethod testMethod, IMessageSink diagnostics)
    {
        for (var type = testMethod.TestClass.Class.ToRuntimeType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FollowerTest<>))
            {
                var engine = type.GetGenericArguments()[0];
                var reason = ((TestProvider)Activator.CreateInstance(engine)!).SkipReason;
                lock (Reported)
                {
                    // Once per engine, as a diagnostic message: the runner's summary shows it without -v detailed.
                    if (reason is not null && Reported.Add(engine))
                    {
                        diagnostics.OnMessage(new DiagnosticMessage($"{engine.Name}: tests skipped. {reason}"));
                    }
                }

                return reason;
            }
        }

        return null;
    }
}
