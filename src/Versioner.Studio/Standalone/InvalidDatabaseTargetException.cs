namespace Versioner.Studio.Standalone;

/// <summary>
/// The text naming a database (<c>--db</c> of the command line and of the standalone Studio) names none Versioner can
/// open: nothing given, no such SQLite file, a connection string neither engine reads, or an engine that cannot be told
/// from the text. The message says which and what to write instead; it never repeats a password.
/// </summary>
internal sealed class InvalidDatabaseTargetException(string message, Exception? inner = null) : VersionerException(message, inner);
