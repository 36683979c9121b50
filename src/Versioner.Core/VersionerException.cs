namespace Versioner;

/// <summary>
/// The base of every exception Versioner throws on purpose. Catch it to handle any Versioner refusal; the sealed
/// subclasses carry the data of each case and a message that says what to do. <see cref="IsInvalidInput"/> tells a
/// refusal of the caller's input from one of the repository's state, as a web front end tells 400 from 409.
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

    /// <summary>
    /// True when the refusal is of the caller's input, and changing the input is the way on: text that is no
    /// revision or names several commits, a name no branch or tag may have, a working commit where a finalized one is
    /// wanted, a selection, policy or request that cannot be carried out as given. False for a refusal of the
    /// repository's state (a branch that moved, a constraint, conflicts left), for something not found, and for the
    /// database's own failures. A web front end answers true with 400 Bad Request, as Versioner's Studio does.
    /// </summary>
    public bool IsInvalidInput { get; protected init; }
}
