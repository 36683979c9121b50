using System.Net;
using System.Text;
using System.Text.Json;
using Versioner.Client;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Publishing;

namespace Versioner.Tests.Spool;

/// <summary>
/// A spool file damaged after it was written (a flipped bit, truncated, another version's content, null) is moved to
/// <c>rejected/</c> with the reason and counted; it is never resent as if the application had published it.
/// </summary>
[Collection(nameof(SpoolMetricsTests))]
public sealed class SpoolCorruptionTests : IDisposable
{
    private readonly string _spool = ClientFixtures.NewSpoolDirectory();
    private readonly int _port = ClientFixtures.FreePort();
    private readonly SpoolRejections _rejections = new();

    public void Dispose()
    {
        _rejections.Dispose();
        if (Directory.Exists(_spool))
        {
            Directory.Delete(_spool, recursive: true);
        }
    }

    private VersionPublisherOptions Options() => new() { SpoolDirectory = _spool, MaxAttempts = 1, ResubmitInterval = null };

    /// <summary>An invoice whose total is a string, so that a flipped digit still parses.</summary>
    private static DataObjectVersion Invoice(string total) => new()
    {
        EntityType = "Invoice",
        EternalId = Guid.CreateVersion7(),
        Operation = VersionOperation.Upsert,
        Data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["total"] = total }),
        Author = "ada",
        Timestamp = new DateTimeOffset(2025, 1, 31, 9, 30, 0, TimeSpan.Zero),
        Message = $"total {total}",
    };

    /// <summary>Spools <paramref name="version"/> (the service is down) and returns its file.</summary>
    private async Task<(Guid VersionId, string File)> SpoolAsync(DataObjectVersion version)
    {
        await using var down = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{_port}"), IngestServer.WriterKey, Options());
        var result = await down.PublishAsync(version);
        result.Status.Should().Be(PublishStatus.Spooled);
        return (result.VersionId, Directory.EnumerateFiles(_spool, $"*{result.VersionId:N}.spool").Single());
    }

    /// <summary>Starts the service and resubmits the spool to it.</summary>
    private async Task<(IngestServer Server, ResubmitResult Result)> ResubmitAsync()
    {
        var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Urls"] = $"http://127.0.0.1:{_port}" });
        await using var up = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey, Options());
        return (server, await up.ResubmitSpooledAsync());
    }

    private void ShouldBeRejected(ResubmitResult result, Guid versionId, string file, string reason)
    {
        var rejected = result.Rejected.Should().ContainSingle().Subject;
        rejected.VersionId.Should().Be(versionId);
        rejected.Reason.Should().StartWith(reason);
        rejected.Path.Should().Be(Path.Combine(_spool, "rejected", Path.GetFileName(file)));
        File.Exists(rejected.Path).Should().BeTrue("the file is kept for inspection");
        File.ReadAllText(rejected.Path + ".reason.txt").Should().Be(rejected.Reason);
        File.Exists(file).Should().BeFalse();
        result.Sent.Should().Be(0);
        result.Remaining.Should().Be(0);
    }

    private static async Task<HttpStatusCode> StoredAsync(IngestServer server, Guid versionId) =>
        (await server.Client.GetAsync($"/versions/{versionId}")).StatusCode;

    [Fact]
    public async Task A_flipped_bit_that_still_parses_is_caught_by_the_checksum_and_not_resent()
    {
        var (versionId, file) = await SpoolAsync(Invoice("1250.00"));
        var bytes = await File.ReadAllBytesAsync(file);
        var at = Encoding.UTF8.GetString(bytes).IndexOf("1250.00", StringComparison.Ordinal);
        bytes[at] ^= 0x01; // '1' becomes '0': "0250.00", still valid JSON
        await File.WriteAllBytesAsync(file, bytes);

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        ShouldBeRejected(result, versionId, file, "The spooled file is damaged: its checksum does not match its content");
        (await StoredAsync(server, versionId)).Should().Be(HttpStatusCode.NotFound);
        _rejections.Kinds.Should().Equal("checksum_mismatch");
    }

    [Fact]
    public async Task A_truncated_file_is_moved_aside()
    {
        var (versionId, file) = await SpoolAsync(Invoice("1250.00"));
        var length = new FileInfo(file).Length;
        await using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.SetLength(length - 10);
        }

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        ShouldBeRejected(result, versionId, file, $"The spooled file is truncated: its header announces {length - 17} bytes of version, the file holds {length - 27}.");
        (await StoredAsync(server, versionId)).Should().Be(HttpStatusCode.NotFound);
        _rejections.Kinds.Should().Equal("truncated");
    }

    [Fact]
    public async Task An_empty_file_is_moved_aside()
    {
        var (versionId, file) = await SpoolAsync(Invoice("1250.00"));
        await File.WriteAllBytesAsync(file, []);

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        ShouldBeRejected(result, versionId, file, "The spooled file is truncated: 0 bytes, shorter than the 17-byte record header.");
        _rejections.Kinds.Should().Equal("truncated");
    }

    [Fact]
    public async Task A_file_holding_another_version_than_its_name_says_is_moved_aside()
    {
        var (first, firstFile) = await SpoolAsync(Invoice("1"));
        var (second, secondFile) = await SpoolAsync(Invoice("2"));
        File.Copy(firstFile, secondFile, overwrite: true); // intact and checksummed, but the wrong version

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        result.Sent.Should().Be(1);
        var rejected = result.Rejected.Should().ContainSingle().Subject;
        rejected.VersionId.Should().Be(second);
        rejected.Reason.Should().Be($"The spooled file's name says version {second}, but it holds version {first}.");
        (await StoredAsync(server, first)).Should().Be(HttpStatusCode.OK);
        (await StoredAsync(server, second)).Should().Be(HttpStatusCode.NotFound);
        _rejections.Kinds.Should().Equal("id_mismatch");
    }

    [Fact]
    public async Task A_file_of_the_first_format_holding_null_is_moved_aside()
    {
        Directory.CreateDirectory(_spool);
        var versionId = Guid.CreateVersion7();
        var file = Path.Combine(_spool, $"{1:D19}-{versionId:N}.json");
        await File.WriteAllTextAsync(file, "null");

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        ShouldBeRejected(result, versionId, file, "The spooled file holds null, not a version.");
        _rejections.Kinds.Should().Equal("null");
    }

    /// <summary>First-format files (no checksum) damaged so that they no longer read as a version.</summary>
    public static TheoryData<string, byte[]> UnreadableFirstFormatFiles => new()
    {
        { "bytes that are not UTF-8 in a string", [.. "{\"entityType\":\"Inv"u8, 0xC3, 0x28, .. "oice\"}"u8] },
        { "a lone surrogate escape", "{\"entityType\":\"\\ud800\",\"author\":\"a\"}"u8.ToArray() },
        { "an unknown operation", "{\"entityType\":\"Invoice\",\"eternalId\":\"0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f\",\"operation\":\"merge\",\"author\":\"a\",\"timestamp\":\"2025-01-31T09:30:00Z\"}"u8.ToArray() },
        { "a required field missing", "{\"entityType\":\"Invoice\"}"u8.ToArray() },
        { "a number too large for the schema version", "{\"schemaVersion\":99999999999}"u8.ToArray() },
        { "deep nesting", [.. Enumerable.Repeat((byte)'[', 10_000), .. Enumerable.Repeat((byte)']', 10_000)] },
    };

    [Theory]
    [MemberData(nameof(UnreadableFirstFormatFiles))]
    public async Task A_file_of_the_first_format_that_does_not_read_as_a_version_is_moved_aside_and_the_spool_goes_on(string what, byte[] content)
    {
        Directory.CreateDirectory(_spool);
        var versionId = Guid.CreateVersion7();
        var file = Path.Combine(_spool, $"{1:D19}-{versionId:N}.json");
        await File.WriteAllBytesAsync(file, content);
        var after = ClientFixtures.Invoice(Guid.CreateVersion7(), 2, Guid.CreateVersion7());
        await File.WriteAllBytesAsync(Path.Combine(_spool, $"{2:D19}-{after.VersionId:N}.json"), JsonSerializer.SerializeToUtf8Bytes(after, ContractJsonContext.Default.DataObjectVersion));

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        result.Rejected.Should().ContainSingle(what).Which.VersionId.Should().Be(versionId);
        result.Rejected[0].Reason.Should().StartWith("The spooled file is not a readable version: ", what);
        result.Sent.Should().Be(1, "the version behind it is sent");
        (await StoredAsync(server, after.VersionId!.Value)).Should().Be(HttpStatusCode.OK);
        _rejections.Kinds.Should().Equal("unreadable");
    }

    [Fact]
    public async Task Files_of_the_first_format_are_still_resent_in_order_before_new_ones()
    {
        Directory.CreateDirectory(_spool);
        var invoice = Guid.CreateVersion7();
        var old = ClientFixtures.Invoice(invoice, 1, Guid.CreateVersion7());
        await File.WriteAllBytesAsync(Path.Combine(_spool, $"{1:D19}-{old.VersionId:N}.json"), JsonSerializer.SerializeToUtf8Bytes(old, ContractJsonContext.Default.DataObjectVersion)); // as the first format wrote it
        await SpoolAsync(ClientFixtures.Invoice(invoice, 2));

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        result.Should().BeEquivalentTo(new ResubmitResult(2, 0, []));
        var history = await (await server.Client.GetAsync($"/entities/Invoice/{invoice}/history")).JsonAsync();
        history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("commit").GetProperty("message").GetString()).Should().Equal("total 2", "total 1");
        _rejections.Kinds.Should().BeEmpty();
    }

    [Fact]
    public async Task A_version_the_service_refuses_is_counted_as_refused()
    {
        var (versionId, _) = await SpoolAsync(ClientFixtures.Invoice(Guid.Empty, 1)); // no entity id: invalid

        var (server, result) = await ResubmitAsync();
        await using var _ = server;

        result.Rejected.Should().ContainSingle().Which.VersionId.Should().Be(versionId);
        _rejections.Kinds.Should().Equal("refused");
    }
}
