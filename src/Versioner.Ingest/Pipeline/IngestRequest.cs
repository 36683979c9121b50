using Versioner.Client;

namespace Versioner.Ingest.Pipeline;

/// <summary>A validated version on its way to storage, with its final version id and content hash.</summary>
/// <param name="Message">The version as sent.</param>
/// <param name="VersionId">The client's id, or one the transport assigned.</param>
/// <param name="Hash">See <see cref="ContentHash"/>.</param>
/// <param name="Path">Where the version sits in its request, for error fields: empty, or <c>[3]</c> in a batch.</param>
internal sealed record IngestRequest(DataObjectVersion Message, Guid VersionId, byte[] Hash, string Path)
{
    /// <summary>A request for <paramref name="message"/>; <paramref name="assignedId"/> is used when the message has no version id.</summary>
    public static IngestRequest From(DataObjectVersion message, Guid assignedId, string path = "")
    {
        ArgumentNullException.ThrowIfNull(message);
        return new IngestRequest(message, message.VersionId ?? assignedId, ContentHash.Compute(message), path);
    }

    public string Field(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
}
