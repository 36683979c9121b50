namespace Versioner;

/// <summary>
/// The base of every exception Versioner throws on purpose. Catch it to handle any Versioner refusal; the sealed
/// subclasses carry the data of each case and a message that says what to do.
/// </summary>
public class VersionerException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public VersionerException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public VersionerException(string message, Exception? innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message; prefer the constructors that say what went wrong.</summary>
    public VersionerException()
    {
    }
}
