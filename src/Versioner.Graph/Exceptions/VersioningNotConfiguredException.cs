namespace Versioner;

/// <summary>The <c>DbContext</c> is not set up for Versioner; the message says which call is missing.</summary>
public sealed class VersioningNotConfiguredException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public VersioningNotConfiguredException(string message) : base(message)
    {
    }
}
