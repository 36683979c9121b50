namespace Versioner.Studio.Hosting;

/// <summary>
/// A form sent against a state that is gone (the workspace changed since its page loaded, a conflict resolved already,
/// the workspace discarded meanwhile): shown on the page with 409, nothing written.
/// </summary>
/// <param name="message">What is gone, and that nothing was written.</param>
/// <param name="link">Where to see what happened instead (a Studio path and its text), or null.</param>
internal sealed class StaleFormException(string message, (string Path, string Text)? link = null) : Exception(message)
{
    public (string Path, string Text)? Link { get; } = link;
}
