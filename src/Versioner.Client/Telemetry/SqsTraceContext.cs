using System.Diagnostics;
using Amazon.SQS.Model;

namespace Versioner.Client.Telemetry;

/// <summary>
/// The trace context an SQS message carries as message attributes (<c>traceparent</c>, <c>tracestate</c>: W3C trace
/// context, written by <see cref="DistributedContextPropagator.Current"/> as HttpClient writes its headers), so the
/// consumer's span links to the span that sent it.
/// </summary>
internal static class SqsTraceContext
{
    /// <summary>Adds the context of <paramref name="activity"/> to <paramref name="attributes"/>; nothing without an activity.</summary>
    public static void Inject(Activity? activity, Dictionary<string, MessageAttributeValue> attributes)
    {
        if (activity is null)
        {
            return;
        }

        DistributedContextPropagator.Current.Inject(activity, attributes, static (carrier, name, value) =>
        {
            if (carrier is Dictionary<string, MessageAttributeValue> values && value is not null)
            {
                values[name] = new MessageAttributeValue { DataType = "String", StringValue = value };
            }
        });
    }

    /// <summary>The context <paramref name="message"/> was sent under, if it carries a valid one.</summary>
    public static bool TryExtract(Message message, out ActivityContext context)
    {
        context = default;
        if (message.MessageAttributes is not { Count: > 0 } attributes) // the v4 SDK leaves an empty collection null
        {
            return false;
        }

        DistributedContextPropagator.Current.ExtractTraceIdAndState(attributes, static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
        {
            values = null;
            value = carrier is Dictionary<string, MessageAttributeValue> found && found.TryGetValue(name, out var attribute) ? attribute.StringValue : null;
        }, out var traceParent, out var traceState);
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out context);
    }
}
