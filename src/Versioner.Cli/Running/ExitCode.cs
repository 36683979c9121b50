namespace Versioner.Cli.Running;

/// <summary>What the process exit code tells a script (documented in docs/cli.md).</summary>
internal static class ExitCode
{
    /// <summary>The command did what was asked and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and has findings: <c>verify</c> found problems, <c>compare</c> found differences.</summary>
    public const int Findings = 1;

    /// <summary>
    /// The command line or its input was wrong, or the database refused the request: an unknown option or revision, a
    /// malformed value, a non-fast-forward push. The message on stderr says what to do.
    /// </summary>
    public const int Usage = 2;

    /// <summary>The database could not be opened: no such file, a wrong connection string, not a Versioner database.</summary>
    public const int CannotOpen = 3;

    /// <summary>
    /// The database's history is damaged (rows changed or deleted outside Versioner) where the command read it: a version
    /// whose commit is missing, a row that no longer hashes to its checksum (EX_DATAERR of sysexits.h). The message names
    /// what; <c>versioner verify</c> lists every damaged row.
    /// </summary>
    public const int Damaged = 65;

    /// <summary>Something went wrong that the tool does not expect: a bug (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Standard output could not be written: closed, or its disk full (EX_IOERR of sysexits.h).</summary>
    public const int OutputFailed = 74;

    /// <summary>Interrupted (Ctrl+C), as a shell reports SIGINT.</summary>
    public const int Cancelled = 130;
}
