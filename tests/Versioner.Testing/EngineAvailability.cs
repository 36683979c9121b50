using Xunit.Abstractions;
using Xunit.Sdk;

namespace Versioner.Testing;

/// <summary>
/// Finds the engine of a concrete test class (the <see cref="ITestEngine"/> type argument of a generic base class, like
/// the <c>TProvider</c> of <c>GraphTest&lt;TProvider&gt;</c>) and asks it whether it can run here.
/// </summary>
public static class EngineAvailability
{
    private static readonly HashSet<Type> Reported = [];

    /// <summary>
    /// Why <paramref name="testMethod"/> cannot run here: its class's engine's reason or, with an
    /// <c>AlsoNeeds</c> argument on <paramref name="attribute"/>, that engine's; null when both can run. Each engine's
    /// reason is reported once to <paramref name="diagnostics"/>, which the runner shows in its summary.
    /// </summary>
    public static string? SkipReason(ITestMethod testMethod, IAttributeInfo attribute, IMessageSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        ArgumentNullException.ThrowIfNull(attribute);
        var reason = SkipReason(testMethod, diagnostics);
        if (reason is null && attribute.GetNamedArgument<Type?>(nameof(EngineFactAttribute.AlsoNeeds)) is { } other)
        {
            reason = Ask(other);
        }

        return reason;
    }

    /// <summary>Why the engine of <paramref name="testMethod"/>'s class cannot run here, or null (also for a class with no engine).</summary>
    public static string? SkipReason(ITestMethod testMethod, IMessageSink? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        for (var type = testMethod.TestClass.Class.ToRuntimeType(); type is not null; type = type.BaseType)
        {
            if (!type.IsGenericType)
            {
                continue;
            }

            foreach (var engine in type.GetGenericArguments().Where(a => typeof(ITestEngine).IsAssignableFrom(a) && !a.IsAbstract))
            {
                var reason = Ask(engine);
                lock (Reported)
                {
                    // Once per engine, as a diagnostic message: the runner's summary shows it without -v detailed.
                    if (reason is not null && diagnostics is not null && Reported.Add(engine))
                    {
                        diagnostics.OnMessage(new DiagnosticMessage($"{engine.Name}: tests skipped. {reason}"));
                    }
                }

                return reason;
            }
        }

        return null;
    }

    private static string? Ask(Type engine) => ((ITestEngine)Activator.CreateInstance(engine)!).SkipReason;
}
