using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Net;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Publishing;

public sealed class HttpPublisherTests : IDisposable
{
    private readonly string _spool = ClientFixtures.NewSpoolDirectory();

    public void Dispose()
    {
        if (Directory.Exists(_spool))
        {
            Directory.Delete(_spool, recursive: true);
        }
    }

    private VersionPublisherOptions Options(TimeSpan? resubmit = null) => new()
    {
        SpoolDirectory = _spool,
        MaxAttempts = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        ResubmitInterval = resubmit,
    };

    private static Dictionary<string, string?> OnPort(int port) => new() { ["Urls"] = $"http://127.0.0.1:{port}" };

    private static async Task<string[]> HistoryAsync(IngestServer server, Guid eternalId)
    {
        var history = await (await server.Client.GetAsync($"/entities/Invoice/{eternalId}/history")).JsonAsync();
        return history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("commit").GetProperty("message").GetString()!).ToArray();
    }

    [Fact]
    public async Task A_published_version_is_acknowledged_with_the_services_receipt()
    {
        await using var server = await IngestServer.StartAsync();
        await using var publisher = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey, Options());
        var eternalId = Guid.CreateVersion7();

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(eternalId, 10));

        result.Status.Should().Be(PublishStatus.Acknowledged);
        result.Receipt!.VersionId.Should().Be(result.VersionId);
        result.Receipt.EternalId.Should().Be(eternalId);
        result.Receipt.Status.Should().Be(VersionStatus.Committed);
        (await HistoryAsync(server, eternalId)).Should().Equal("total 10");
    }

    [Fact]
    public async Task A_lost_response_is_retried_and_the_version_is_stored_once()
    {
        await using var server = await IngestServer.StartAsync();
        var flaky = new FlakyHandler(failures: 1);
        using var http = new HttpClient(flaky) { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", IngestServer.WriterKey);
        await using var publisher = new HttpVersionPublisher(http, Options());
        var eternalId = Guid.CreateVersion7();

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(eternalId, 10));

        flaky.Requests.Should().Be(2);
        result.Status.Should().Be(PublishStatus.Acknowledged);
        result.Receipt!.AlreadyStored.Should().BeTrue("the first attempt was stored; the retry under the same version id is recognized");
        (await HistoryAsync(server, eternalId)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_version_the_service_refuses_throws_with_its_problem_and_is_not_spooled()
    {
        await using var server = await IngestServer.StartAsync();
        await using var publisher = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey, Options());
        var invalid = ClientFixtures.Invoice(Guid.Empty, 10);

        var act = () => publisher.PublishAsync(invalid);

        var error = (await act.Should().ThrowAsync<VersionRejectedException>()).Which;
        error.Problem.Status.Should().Be(422);
        error.Problem.Errors!.Single().Field.Should().Be("eternalId");
        Directory.EnumerateFiles(_spool, "*.spool").Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_spool_an_outage_throws_after_the_retries()
    {
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{ClientFixtures.FreePort()}"), IngestServer.WriterKey,
            new VersionPublisherOptions { MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(10) });

        var act = () => publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 1));

        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task The_spool_survives_an_outage_and_a_restart_and_is_resubmitted_in_order()
    {
        var port = ClientFixtures.FreePort();
        var invoice = Guid.CreateVersion7();
        var serviceUrl = new Uri($"http://127.0.0.1:{port}");
        await using (var down = HttpVersionPublisher.Create(serviceUrl, IngestServer.WriterKey, Options()))
        {
            foreach (var total in new[] { 1m, 2m, 3m })
            {
                (await down.PublishAsync(ClientFixtures.Invoice(invoice, total))).Status.Should().Be(PublishStatus.Spooled);
            }
        }

        Directory.EnumerateFiles(_spool, "*.spool").Should().HaveCount(3, "each spooled version is a file on disk");
        await using var server = await IngestServer.StartAsync(OnPort(port));
        await using var restarted = HttpVersionPublisher.Create(serviceUrl, IngestServer.WriterKey, Options());

        var resubmitted = await restarted.ResubmitSpooledAsync();

        resubmitted.Should().BeEquivalentTo(new ResubmitResult(3, 0, []));
        (await HistoryAsync(server, invoice)).Should().Equal("total 3", "total 2", "total 1");
        Directory.EnumerateFiles(_spool, "*.spool").Should().BeEmpty();
    }

    [Fact]
    public async Task New_versions_wait_behind_spooled_ones()
    {
        var port = ClientFixtures.FreePort();
        var invoice = Guid.CreateVersion7();
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options());
        (await publisher.PublishAsync(ClientFixtures.Invoice(invoice, 1))).Status.Should().Be(PublishStatus.Spooled);
        await using var server = await IngestServer.StartAsync(OnPort(port));

        var second = await publisher.PublishAsync(ClientFixtures.Invoice(invoice, 2));

        second.Status.Should().Be(PublishStatus.Acknowledged);
        (await HistoryAsync(server, invoice)).Should().Equal("total 2", "total 1");
    }

    [Fact]
    public async Task Spooled_versions_are_resubmitted_in_the_background()
    {
        var port = ClientFixtures.FreePort();
        var invoice = Guid.CreateVersion7();
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options(resubmit: TimeSpan.FromMilliseconds(100)));
        (await publisher.PublishAsync(ClientFixtures.Invoice(invoice, 1))).Status.Should().Be(PublishStatus.Spooled);

        await using var server = await IngestServer.StartAsync(OnPort(port));

        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/entities/Invoice/{invoice}")).StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Background_resubmission_outlasts_a_handler_that_throws_instead_of_answering()
    {
        // A message handler of the application's (or a bug in one) throws something other than HttpRequestException
        // while the service is away: the background rounds meet it, and the next round after it stops still sends.
        var port = ClientFixtures.FreePort();
        var invoice = Guid.CreateVersion7();
        var throwing = new ThrowingHandler { Throwing = true };
        using var http = new HttpClient(throwing) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Add("X-Api-Key", IngestServer.WriterKey);
        await using var publisher = new HttpVersionPublisher(http, Options(resubmit: TimeSpan.FromMilliseconds(50)));
        throwing.Throwing = false;
        (await publisher.PublishAsync(ClientFixtures.Invoice(invoice, 1))).Status.Should().Be(PublishStatus.Spooled);

        throwing.Throwing = true;
        await Eventually.TrueAsync(() => Task.FromResult(throwing.Thrown >= 2)); // two background rounds met it
        throwing.Throwing = false;
        await using var server = await IngestServer.StartAsync(OnPort(port));

        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/entities/Invoice/{invoice}")).StatusCode == HttpStatusCode.OK);
    }

    private sealed class ThrowingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _thrown;
        private volatile bool _throwing;

        public bool Throwing { get => _throwing; set => _throwing = value; }

        public int Thrown => Volatile.Read(ref _thrown);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Throwing)
            {
                Interlocked.Increment(ref _thrown);
                throw new InvalidOperationException("A handler's own failure (simulated).");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task A_second_publisher_on_a_spool_in_use_is_refused_until_the_first_is_disposed()
    {
        var port = ClientFixtures.FreePort();
        var invoice = Guid.CreateVersion7();
        var first = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options());
        (await first.PublishAsync(ClientFixtures.Invoice(invoice, 1))).Status.Should().Be(PublishStatus.Spooled);

        var second = () => HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options());

        second.Should().Throw<IOException>().WithMessage(
            $"The spool {_spool} is in use by another publisher, in this process or another (it holds {Path.Combine(_spool, "publisher.lock")}). " +
            "Give each publisher a spool folder of its own (VersionPublisherOptions.SpoolDirectory), or dispose the other one first.");
        await first.DisposeAsync();
        await using var server = await IngestServer.StartAsync(OnPort(port));
        await using var reopened = second();
        (await reopened.ResubmitSpooledAsync()).Sent.Should().Be(1, "the first publisher's version was left as it wrote it");
        (await HistoryAsync(server, invoice)).Should().Equal("total 1");
    }

    [Fact]
    public async Task A_2xx_answer_without_a_receipt_is_an_outage_the_spool_and_the_background_resubmission_outlast()
    {
        // Something else answers at the service's address (a proxy's maintenance page) with 200 and HTML, then the
        // service comes back: the version is held, and the background resubmission, having met that answer, still runs.
        var invoice = Guid.CreateVersion7();
        var port = ClientFixtures.FreePort();
        var maintenance = await LoopbackEndpoint.StartAsync(app =>
        {
            app.Urls.Clear();
            app.Urls.Add($"http://127.0.0.1:{port}");
            app.MapPut("/versions/{id}", () => Results.Content("<html>Down for maintenance</html>", "text/html"));
        });
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options(resubmit: TimeSpan.FromMilliseconds(50)));

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(invoice, 1));
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // background rounds meet the same answer
        await maintenance.DisposeAsync();
        await using var server = await IngestServer.StartAsync(OnPort(port));

        result.Status.Should().Be(PublishStatus.Spooled);
        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/entities/Invoice/{invoice}")).StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_spooled_version_the_service_refuses_is_moved_aside_with_the_reason()
    {
        var port = ClientFixtures.FreePort();
        var versionId = Guid.CreateVersion7();
        var invoice = Guid.CreateVersion7();
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options());
        await publisher.PublishAsync(ClientFixtures.Invoice(invoice, 1, versionId));
        await using var server = await IngestServer.StartAsync(OnPort(port));
        await server.PutAsync(versionId, Messages.Upsert(invoice, data: """{"total": 99}""")); // the id now names other content

        var result = await publisher.ResubmitSpooledAsync();

        var rejected = result.Rejected.Should().ContainSingle().Subject;
        rejected.VersionId.Should().Be(versionId);
        rejected.Reason.Should().StartWith("409 Conflict with stored history: Version");
        File.Exists(rejected.Path).Should().BeTrue();
        File.ReadAllText(rejected.Path + ".reason.txt").Should().Be(rejected.Reason);
        result.Remaining.Should().Be(0);
    }

    [Fact]
    public async Task Interrupted_spool_writes_are_discarded_and_unreadable_files_moved_aside()
    {
        Directory.CreateDirectory(_spool);
        await File.WriteAllTextAsync(Path.Combine(_spool, $"{1:D19}-{Guid.NewGuid():N}.json.partial"), "{\"entityTy");
        var corrupt = Path.Combine(_spool, $"{2:D19}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(corrupt, "not json");
        await using var server = await IngestServer.StartAsync();
        await using var publisher = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey, Options());

        var result = await publisher.ResubmitSpooledAsync();

        Directory.EnumerateFiles(_spool, "*.partial").Should().BeEmpty();
        result.Rejected.Should().ContainSingle().Which.Reason.Should().StartWith("The spooled file is not a readable version: ");
        File.Exists(Path.Combine(_spool, "rejected", Path.GetFileName(corrupt))).Should().BeTrue();
    }
}
