using System.Diagnostics;

namespace Versioner.Client.Telemetry;

/// <summary>
/// The client's spans, on an activity source named like the engine's and the service's (<c>Versioner</c>), so one
/// <c>AddSource("Versioner")</c> collects them all. docs/ingest.md lists them.
/// </summary>
/// <remarks>
/// <c>versioner.client.publish</c> spans one <c>PublishAsync</c>, retries and spooling included; each attempt under it
/// is the HTTP client's span (HttpClient's own, which also sends <c>traceparent</c>) or an SQS <c>send {queue}</c>
/// producer span (OpenTelemetry messaging conventions; the message carries <c>traceparent</c> as an attribute).
/// <c>versioner.client.spool.write</c>, <c>versioner.client.spool.resubmit</c> and <c>versioner.client.spool.reject</c>
/// span the spool's work. Nothing is recorded unless something listens.
/// </remarks>
internal static class ClientTracing
{
    public const string SourceName = "Versioner";

    public static readonly ActivitySource Source = new(SourceName, typeof(ClientTracing).Assembly.GetName().Version?.ToString());

    /// <summary>Marks <paramref name="activity"/> as failed by <paramref name="exception"/>: status error, <c>error.type</c>, the exception as an event.</summary>
    public static void Failed(this Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("error.type", exception.GetType().FullName);
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.AddException(exception);
    }

    /// <summary>Marks <paramref name="activity"/> as failed for <paramref name="errorType"/> (no exception): status error with <paramref name="description"/>.</summary>
    public static void Failed(this Activity? activity, string errorType, string description)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("error.type", errorType);
        activity.SetStatus(ActivityStatusCode.Error, description);
    }
}
