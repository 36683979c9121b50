namespace Versioner.Cli.Opening;

/// <summary>The database named by <c>--db</c> could not be opened; the message says which and what to check (exit code 3).</summary>
internal sealed class CannotOpenDatabaseException(string message, Exception? inner = null) : Exception(message, inner);
