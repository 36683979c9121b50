namespace Versioner.Studio.Hosting;

/// <summary>
/// A form sent against a state that is gone (the workspace changed since its page loaded, a conflict resolved already):
/// shown on the page with 409, nothing written.
/// </summary>
internal sealed class StaleFormException(string message) : Exception(message);
