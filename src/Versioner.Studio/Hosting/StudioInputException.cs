namespace Versioner.Studio.Hosting;

/// <summary>Input typed into a Studio form that cannot be used (a value of the wrong type, nothing checked): shown on the page with 400.</summary>
internal sealed class StudioInputException(string message) : Exception(message);
