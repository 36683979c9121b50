using System.Text.Json;

namespace Versioner.Internal;

/// <summary>
/// Writes what retention is about to delete as JSON lines (UTF-8, one object per line), so it can be kept elsewhere
/// and re-verified without Versioner: a version line carries the exact canonical bytes its checksum covers
/// (<c>SHA-256(base64-decoded canonical) == checksum</c>); a pointer line carries a pointer record's kind and content.
/// </summary>
internal sealed class RetentionArchive(Stream stream) : IDisposable
{
    private readonly Utf8JsonWriter _json = new(stream);

    public async Task WriteVersionAsync(VersionContent content, CommitId madeBy, Checksum checksum, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "version");
        _json.WriteString("entity_type", content.EntityType);
        _json.WriteString("eternal_id", content.EternalId.ToString());
        _json.WriteString("version_id", content.VersionId.ToString());
        _json.WriteString("commit_id", madeBy.ToString());
        _json.WriteString("checksum", checksum.ToString());
        _json.WriteBase64String("canonical", content.ToCanonicalBytes());
        _json.WriteStartObject("fields");
        foreach (var (name, value) in content.Fields)
        {
            _json.WritePropertyName(name);
            value.WriteJson(_json);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        await EndLineAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WritePointerAsync(Checksum checksum, PointerKind kind, byte[] content, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "pointer");
        _json.WriteString("checksum", checksum.ToString());
        _json.WriteNumber("pointer_kind", (int)kind);
        _json.WriteBase64String("content", content);
        _json.WriteEndObject();
        await EndLineAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => stream.FlushAsync(cancellationToken);

    private async Task EndLineAsync(CancellationToken cancellationToken)
    {
        await _json.FlushAsync(cancellationToken).ConfigureAwait(false);
        _json.Reset();
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _json.Dispose();
}
