using System.Text.Json;

namespace Versioner;

/// <summary>
/// A document's data is not a JSON object: a document is a set of named fields, so its data is <c>{ "field": value, ... }</c>,
/// never an array, a string, a number, <c>true</c>/<c>false</c> or <c>null</c>. Nothing was written.
/// </summary>
public sealed class DocumentNotAnObjectException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public DocumentNotAnObjectException(JsonValueKind valueKind)
        : base($"A document's data must be a JSON object of fields; got a JSON {Describe(valueKind)}. Nothing was written. Wrap the value in an object, e.g. {{ \"value\": ... }}.")
    {
        IsInvalidInput = true;
        ValueKind = valueKind;
    }

    /// <summary>The kind of JSON value given.</summary>
    public JsonValueKind ValueKind { get; }

    private static string Describe(JsonValueKind kind) => kind == JsonValueKind.Undefined ? "value that is not set (default JsonElement)" : kind.ToString().ToLowerInvariant();
}
