using System.Text.Json;
using Versioner.Tests.Infrastructure;
using static Versioner.Tests.Infrastructure.TestIds;

namespace Versioner.Tests.Hashing;

/// <summary>
/// The test vectors of docs/checksums.md, section 9. Inputs are built here exactly as the document describes them;
/// the expected checksums are read from the document at test time, so the code and the specification cannot drift
/// apart. docs/checksums-reference.py computes the same checksums independently.
/// </summary>
public sealed class ChecksumVectorsTests
{
    private static readonly Dictionary<string, Func<Checksum>> s_vectors = new(StringComparer.Ordinal)
    {
        ["version-book"] = () => VersionBook().ComputeChecksum(),
        ["version-every-kind"] = () => VersionEveryKind().ComputeChecksum(),
        ["commit-root"] = () => CommitRoot().ComputeChecksum(),
        ["commit-child"] = () => CommitChild().ComputeChecksum(),
        ["pointer-set"] = () => EternalIdSet.Of(TagC, TagA, TagB, TagA).Checksum,
        ["pointer-set-empty"] = () => EternalIdSet.Empty.Checksum,
        ["pointer-text"] = () => LargeText.From(PleiadsText).Checksum,
    };

    private const string PleiadsText =
        "Many a night I saw the Pleiads, rising thro' the mellow shade,\n" +
        "Glitter like a swarm of fire-flies tangled in a silver braid. ✨";

    [Fact]
    public void Every_documented_vector_is_computed_here_and_every_computed_vector_is_documented()
    {
        DocumentedVectors.All.Keys.Should().BeEquivalentTo(s_vectors.Keys);
    }

    [Fact]
    public void Version_with_decimal_text_null_instant_reference_and_pointer_matches_its_vector() => AssertVector("version-book");

    [Fact]
    public void Version_with_every_other_kind_and_the_normalization_edge_cases_matches_its_vector() => AssertVector("version-every-kind");

    [Fact]
    public void Commit_without_parents_matches_its_vector() => AssertVector("commit-root");

    [Fact]
    public void Commit_with_a_parent_and_removals_matches_its_vector() => AssertVector("commit-child");

    [Fact]
    public void Eternal_id_set_pointer_matches_its_vector() => AssertVector("pointer-set");

    [Fact]
    public void Empty_eternal_id_set_pointer_matches_its_vector() => AssertVector("pointer-set-empty");

    [Fact]
    public void Large_text_pointer_matches_its_vector() => AssertVector("pointer-text");

    [Fact]
    public void Book_tags_pointer_has_the_checksum_shown_in_the_version_book_byte_dump()
    {
        EternalIdSet.Of(TagB, TagA).Checksum.ToString()
            .Should().Be("2eddf5ddddc601d469d9280f5b7afebb0e305c31b5740aec163a80564095bd43");
    }

    [Fact]
    public void Commit_vectors_build_on_the_version_vectors_as_the_document_says()
    {
        var root = CommitRoot();

        root.AddedVersions.Should().Equal(DocumentedVectors.Expected("version-every-kind"), DocumentedVectors.Expected("version-book"));
        CommitChild().Parents.Should().Equal(DocumentedVectors.Expected("commit-root"));
    }

    private static void AssertVector(string name)
    {
        var computed = s_vectors[name]();

        computed.Should().Be(DocumentedVectors.Expected(name), $"docs/checksums.md gives vector `{name}` that checksum");
    }

    private static VersionContent VersionBook() => new("Book", Book, BookV1,
    [
        Field("Title", "Dune — Édition 📘"),
        Field("Price", 12.50m),
        Field("Subtitle", null),
        Field("PublishedAt", new DateTimeOffset(2024, 3, 1, 12, 34, 56, TimeSpan.FromHours(2)).AddTicks(7891234)),
        Field("Author", Author),
        Field("Tags", EternalIdSet.Of(TagB, TagA)),
        Field("Pages", 412),
        Field("InPrint", true),
        Field("isbn", "978-0441013593"),
    ]);

    private static VersionContent VersionEveryKind()
    {
        using var doc = JsonDocument.Parse("""{"b": [1, 2.50, "x\n\u0001"], "a": {"z": null, "y": true}, "\ufb01": 1e2, "\ud83d\ude00": false}""");
        return new("Specimen", Specimen, SpecimenV1,
        [
            Field("Bytes", new byte[] { 0x00, 0xff, 0x10 }),
            Field("Ratio", 0.1),
            Field("NegativeZero", -0.0),
            Field("Single", 0.1f),
            Field("Long", -9007199254740993L),
            Field("Flag", false),
            Field("Letter", 'x'),
            Field("Amount", -0.000m),
            Field("Day", new DateOnly(1965, 8, 1)),
            Field("Clock", new TimeOnly(13, 45, 30).Add(TimeSpan.FromTicks(1234567))),
            Field("Landing", new DateTime(1969, 7, 20, 20, 17, 40, DateTimeKind.Utc).AddTicks(5)),
            Field("Lag", TimeSpan.FromTicks(-15)),
            Field("Namespace", Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")),
            Field("Pinned", BookV1),
            Field("Doc", doc.RootElement),
        ]);
    }

    private static CommitContent CommitRoot() => new(
        parents: [],
        addedVersions: [VersionEveryKind().ComputeChecksum(), VersionBook().ComputeChecksum()],
        removed: [],
        author: "Ursula K. Le Guin",
        message: "Initial import\n\nTwo books.",
        timestamp: new DateTimeOffset(2024, 3, 1, 12, 35, 0, TimeSpan.FromHours(2)).AddTicks(1234567));

    private static CommitContent CommitChild() => new(
        parents: [CommitRoot().ComputeChecksum()],
        addedVersions: [VersionBook().ComputeChecksum()],
        removed: [TagC, TagA, TagB],
        author: "ursula@example.org",
        message: "Remove three tags — they were duplicates",
        timestamp: new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.FromHours(-5)).AddTicks(9));
}
