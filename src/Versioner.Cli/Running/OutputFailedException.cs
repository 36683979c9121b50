namespace Versioner.Cli.Running;

/// <summary>
/// Standard output cannot be written (closed, a full disk, a broken device): not a bug of the tool, so not its internal
/// error (exit 70), but <see cref="ExitCode.OutputFailed"/> with the system's reason.
/// </summary>
internal sealed class OutputFailedException(Exception inner)
    : Exception($"cannot write the output ({inner.GetBaseException().Message}): check where stdout goes (a closed stream, a full disk).", inner);
