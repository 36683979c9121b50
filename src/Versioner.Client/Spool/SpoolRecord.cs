using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text.Json;

namespace Versioner.Client.Spool;

/// <summary>
/// The bytes of one spool file: a 17-byte header, then the version as UTF-8 JSON.
/// <code>
/// offset 0   "VSPL"            magic
///        4   1                 format version
///        5   uint32 LE         payload length
///        9   uint64 LE         XxHash3 of the payload
///       17   payload
/// </code>
/// Reading checks all of it, and that the version is the one the file name says: a file damaged after it was written
/// (truncated, a flipped bit, another file's content) is never resent as if it were what the application published.
/// </summary>
internal static class SpoolRecord
{
    public const int HeaderLength = 17;
    private const byte FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "VSPL"u8;

    public static byte[] Encode(DataObjectVersion version)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(version, ContractJsonContext.Default.DataObjectVersion);
        var record = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(record);
        record[4] = FormatVersion;
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(5), (uint)payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(9), XxHash3.HashToUInt64(payload));
        payload.CopyTo(record, HeaderLength);
        return record;
    }

    /// <summary>The version in <paramref name="record"/>, or what is wrong with it.</summary>
    public static (DataObjectVersion? Version, SpoolRejection? Rejection) Decode(ReadOnlySpan<byte> record, Guid expectedId)
    {
        if (record.Length < HeaderLength)
        {
            return Damaged("truncated", $"The spooled file is truncated: {record.Length} bytes, shorter than the {HeaderLength}-byte record header.");
        }

        if (!record[..4].SequenceEqual(Magic))
        {
            return Damaged("not_a_record", "The spooled file is not a Versioner spool record (it does not start with \"VSPL\").");
        }

        if (record[4] != FormatVersion)
        {
            return Damaged("unsupported_format", $"The spooled file is in spool format {record[4]}; this Versioner.Client reads format {FormatVersion}. Resubmit it with the client that wrote it.");
        }

        var declared = BinaryPrimitives.ReadUInt32LittleEndian(record[5..]);
        var payload = record[HeaderLength..];
        if (payload.Length != declared)
        {
            return payload.Length < declared
                ? Damaged("truncated", $"The spooled file is truncated: its header announces {declared} bytes of version, the file holds {payload.Length}.")
                : Damaged("length_mismatch", $"The spooled file holds {payload.Length} bytes of version where its header announces {declared}.");
        }

        var stored = BinaryPrimitives.ReadUInt64LittleEndian(record[9..]);
        var computed = XxHash3.HashToUInt64(payload);
        if (stored != computed)
        {
            return Damaged("checksum_mismatch", string.Create(CultureInfo.InvariantCulture,
                $"The spooled file is damaged: its checksum does not match its content (stored {stored:x16}, computed {computed:x16}); it changed on disk after it was written."));
        }

        return DecodeJson(payload, expectedId);
    }

    /// <summary>A file of the first spool format: the version's JSON alone, without length or checksum.</summary>
    public static (DataObjectVersion? Version, SpoolRejection? Rejection) DecodeUnframed(ReadOnlySpan<byte> json, Guid expectedId) => DecodeJson(json, expectedId);

    private static (DataObjectVersion? Version, SpoolRejection? Rejection) DecodeJson(ReadOnlySpan<byte> json, Guid expectedId)
    {
        DataObjectVersion? version;
        try
        {
            version = JsonSerializer.Deserialize(json, ContractJsonContext.Default.DataObjectVersion);
        }
        catch (JsonException ex)
        {
            return Damaged("unreadable", $"The spooled file is not a readable version: {ex.Message}");
        }

        if (version is null)
        {
            return Damaged("null", "The spooled file holds null, not a version.");
        }

        if (version.VersionId != expectedId)
        {
            return Damaged("id_mismatch", $"The spooled file's name says version {expectedId}, but it holds version {version.VersionId?.ToString() ?? "(none)"}.");
        }

        return (version, null);
    }

    private static (DataObjectVersion?, SpoolRejection?) Damaged(string kind, string reason) => (null, new SpoolRejection(kind, reason));
}
