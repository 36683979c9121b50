namespace Versioner.Ingest.Http;

/// <summary>What an endpoint does, for the auth check.</summary>
internal enum Access
{
    Read,
    Write,
}
