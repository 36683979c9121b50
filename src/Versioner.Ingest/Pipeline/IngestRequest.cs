using System.Text.Json;
using Versioner.Client;
using Versioner.Internal;

namespace Versioner.Ingest.Pipeline;

/// <summary>A validated version on its way to storage, with its final version id, canonical data and content hash.</summary>
/// <param name="Message">The version as sent.</param>
/// <param name="VersionId">The client's id, or one the transport assigned.</param>
/// <param name="Data">The data read once into its canonical forms (stored JSON, checksummed fields); null for a delete, or when <paramref name="DataProblem"/> is set.</param>
/// <param name="DataProblem">Why the data cannot be stored (a member name the reader does not check), for the writer to refuse in turn.</param>
/// <param name="Hash">See <see cref="ContentHash"/>.</param>
/// <param name="Path">Where the version sits in its request, for error fields: empty, or <c>[3]</c> in a batch.</param>
internal sealed record IngestRequest(DataObjectVersion Message, Guid VersionId, CanonicalDocument? Data, InvalidFieldValueException? DataProblem, byte[] Hash, string Path)
{
    /// <summary>A request for <paramref name="message"/>; <paramref name="assignedId"/> is used when the message has no version id.</summary>
    public static IngestRequest From(DataObjectVersion message, Guid assignedId, string path = "")
    {
        ArgumentNullException.ThrowIfNull(message);
        CanonicalDocument? data = null;
        InvalidFieldValueException? problem = null;
        if (message.Data is { ValueKind: JsonValueKind.Object } json)
        {
            try
            {
                data = CanonicalDocument.Read(json);
            }
            catch (InvalidFieldValueException ex)
            {
                problem = ex;
            }
        }

        return new IngestRequest(message, message.VersionId ?? assignedId, data, problem, ContentHash.Compute(message, data), path);
    }

    public string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}
