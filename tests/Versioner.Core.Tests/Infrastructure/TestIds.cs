

namespace Versioner.Tests.Infrastructure;

/// <summary>The fixed ids of docs/checksums.md, section 9, reused by the other tests.</summary>
internal static class TestIds
{
    public static readonly EternalId Book = EternalId.Parse("0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f");
    public static readonly VersionId BookV1 = VersionId.Parse("0192f1c4-7a3f-7000-8000-000000000001");
    public static readonly VersionId BookV2 = VersionId.Parse("0192f1c4-7a40-7000-8000-000000000002");
    public static readonly EternalId Author = EternalId.Parse("0192f1c4-6000-7abc-9def-0123456789ab");

    // TagB < TagA < TagC in big-endian (RFC 9562) byte order; Guid.ToByteArray() would order TagA before TagB.
    public static readonly EternalId TagA = EternalId.Parse("01000000-0000-7000-8000-00000000000a");
    public static readonly EternalId TagB = EternalId.Parse("00000001-0000-7000-8000-00000000000b");
    public static readonly EternalId TagC = EternalId.Parse("f0000000-0000-7000-8000-00000000000c");

    public static readonly EternalId Specimen = EternalId.Parse("0192f1c5-0000-7000-8000-0000000000aa");
    public static readonly VersionId SpecimenV1 = VersionId.Parse("0192f1c5-0000-7000-8000-0000000000bb");

    public static KeyValuePair<string, FieldValue> Field(string name, object? value) => new(name, FieldValue.From(value, name));

    public static VersionContent BookVersion(params KeyValuePair<string, FieldValue>[] fields) => new("Book", Book, BookV1, fields);
}
