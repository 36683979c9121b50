namespace Versioner.Ingest.Pipeline;

/// <summary>The transports a request comes in by, as the <c>versioner.ingest.transport</c> tag of its span names them.</summary>
internal static class IngestTransport
{
    public const string Http = "http";

    public const string Sqs = "sqs";
}
