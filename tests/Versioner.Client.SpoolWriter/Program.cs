using System.Globalization;
using System.Text.Json;
using Versioner.Client;

// Usage: Versioner.Client.SpoolWriter <spool directory> <port nothing listens on>
// Publishes versions of about 512 KB, one after another, to an ingest service that is down, so each is written to the
// spool; prints "Spooled <version id> <n>" once PublishAsync has returned (the version is durably spooled). It runs
// until it is killed: the test kills it with SIGKILL while it writes.
var spool = args[0];
var port = int.Parse(args[1], CultureInfo.InvariantCulture);
var padding = new string('x', 512 * 1024);
await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}/"), "spool-writer-key-0123456789",
    new VersionPublisherOptions { SpoolDirectory = spool, MaxAttempts = 1, ResubmitInterval = null });
for (var n = 1; ; n++)
{
    var result = await publisher.PublishAsync(new DataObjectVersion
    {
        EntityType = "Invoice",
        EternalId = Guid.CreateVersion7(),
        Operation = VersionOperation.Upsert,
        Data = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["total"] = n.ToString(CultureInfo.InvariantCulture), ["note"] = padding }),
        Author = "ada",
        Timestamp = DateTimeOffset.UtcNow,
        Message = $"version {n}",
        Source = "spool-writer",
    });
    Console.WriteLine($"{result.Status} {result.VersionId} {n}");
}
