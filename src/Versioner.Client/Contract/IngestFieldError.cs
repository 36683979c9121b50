namespace Versioner.Client;

/// <summary>One refused field of a message: its JSON path (like <c>entityType</c> or <c>[2].data.total</c>) and why.</summary>
/// <param name="Field">The field's path in the request body.</param>
/// <param name="Message">What is wrong and what to send instead.</param>
public sealed record IngestFieldError(string Field, string Message);
