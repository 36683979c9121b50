using Versioner.Client;
using Versioner.Ingest.Contract;

namespace Versioner.Ingest.Pipeline;

/// <summary>A validated version on its way to storage, with its final version id, the version to store and its content hash.</summary>
/// <param name="Message">The version as sent.</param>
/// <param name="VersionId">The client's id, or one the transport assigned.</param>
/// <param name="Version">For an upsert, the document version to store (its stored id and checksum made here, off the single writer); null for a delete, or when <paramref name="DataProblem"/> is set.</param>
/// <param name="DataProblem">Why the data cannot be stored (a member name the reader does not check), for the writer to refuse in turn.</param>
/// <param name="Hash">See <see cref="ContentHash"/>.</param>
/// <param name="Path">Where the version sits in its request, for error fields: empty, or <c>[3]</c> in a batch.</param>
internal sealed record IngestRequest(DataObjectVersion Message, Guid VersionId, DocumentVersion? Version, InvalidFieldValueException? DataProblem, byte[] Hash, string Path)
{
    /// <summary>A request for a version read by <see cref="VersionMessageReader"/>; <paramref name="assignedId"/> is used when the message has no version id.</summary>
    public static IngestRequest From(ReadVersion read, Guid assignedId, string path = "")
    {
        ArgumentNullException.ThrowIfNull(read);
        var message = read.Message;
        var version = read.Data is { } data && message.Operation == VersionOperation.Upsert
            ? DocumentVersion.Create(message.EntityType, new EternalId(message.EternalId), data)
            : null;
        return new IngestRequest(message, message.VersionId ?? assignedId, version, read.DataProblem, ContentHash.Compute(message, read.Data), path);
    }

    public string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}
