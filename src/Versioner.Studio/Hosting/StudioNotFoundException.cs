namespace Versioner.Studio.Hosting;

/// <summary>A page's address names something the database does not have (an entity type): a 404 page naming it.</summary>
internal sealed class StudioNotFoundException(string message) : Exception(message);
