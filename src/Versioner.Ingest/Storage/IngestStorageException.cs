namespace Versioner.Ingest.Storage;

/// <summary>The database cannot be used by the service as configured; the message says what to change.</summary>
internal sealed class IngestStorageException : Exception
{
    public IngestStorageException(string message)
        : base(message)
    {
    }

    public IngestStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IngestStorageException()
    {
    }
}
