namespace Versioner.Client;

/// <summary>
/// The ingest service refused a version for good (it is invalid, conflicts with stored history, or the credential is
/// wrong): retrying the same request cannot succeed. <see cref="Problem"/> says why and what to do.
/// </summary>
public sealed class VersionRejectedException : Exception
{
    /// <summary>Creates the exception from the service's problem document.</summary>
    public VersionRejectedException(Guid versionId, IngestProblem problem)
        : base($"Version {versionId} was refused: {problem?.Detail ?? problem?.Title}")
    {
        ArgumentNullException.ThrowIfNull(problem);
        VersionId = versionId;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message.</summary>
    public VersionRejectedException(string message)
        : base(message)
    {
        Problem = new IngestProblem { Detail = message };
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public VersionRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = new IngestProblem { Detail = message };
    }

    /// <summary>Creates the exception with no message.</summary>
    public VersionRejectedException()
    {
        Problem = new IngestProblem();
    }

    /// <summary>The refused version.</summary>
    public Guid VersionId { get; }

    /// <summary>The service's problem document (status, type, detail, refused fields).</summary>
    public IngestProblem Problem { get; }
}
