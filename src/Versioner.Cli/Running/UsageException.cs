namespace Versioner.Cli.Running;

/// <summary>The command line asks for something that cannot be done as written; the message says what to write instead (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
