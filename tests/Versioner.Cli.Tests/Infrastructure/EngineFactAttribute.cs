using Xunit.Abstractions;
using Xunit.Sdk;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>
/// A <see cref="FactAttribute"/> for <see cref="CliTest{TDatabase}"/> bodies: where the class's engine cannot run here
/// (<see cref="TestDatabase.SkipReason"/>, no PostgreSQL server outside CI), its tests are skipped with the reason.
/// </summary>
[XunitTestCaseDiscoverer("Versioner.Cli.Tests.Infrastructure.EngineFactDiscoverer", "Versioner.Cli.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : FactAttribute;

public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    private static readonly HashSet<Type> Reported = [];

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SkipReason(testMethod) is { } reason
            ? new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);

    private string? SkipReason(ITestMethod testMethod)
    {
        for (var type = testMethod.TestClass.Class.ToRuntimeType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CliTest<>))
            {
                var engine = type.GetGenericArguments()[0];
                var reason = ((TestDatabase)Activator.CreateInstance(engine)!).SkipReason;
                lock (Reported)
                {
                    if (reason is not null && Reported.Add(engine))
                    {
                        DiagnosticMessageSink.OnMessage(new DiagnosticMessage($"{engine.Name}: tests skipped. {reason}"));
                    }
                }

                return reason;
            }
        }

        return null;
    }
}
