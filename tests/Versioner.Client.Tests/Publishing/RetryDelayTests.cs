using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Publishing;

/// <summary>How long a publisher waits between attempts, on a fake clock: no test waits for real time.</summary>
public sealed class RetryDelayTests
{
    /// <summary>Fails every request at once, as a refused connection does, and counts them.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            throw new HttpRequestException("Connection refused (simulated).");
        }
    }

    [Fact]
    public async Task A_failed_attempt_is_retried_after_the_retry_delay_which_doubles_per_attempt()
    {
        var clock = new WatchedClock();
        var service = new RefusingHandler();
        using var http = new HttpClient(service) { BaseAddress = new Uri("http://127.0.0.1:9/") };
        await using var publisher = new HttpVersionPublisher(http, new VersionPublisherOptions
        {
            MaxAttempts = 3,
            RetryDelay = TimeSpan.FromSeconds(1),
            ResubmitInterval = null,
            TimeProvider = clock,
        });

        var publish = publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 1));

        (await clock.NextTimerAsync()).Should().Be(TimeSpan.FromSeconds(1));
        service.Requests.Should().Be(1);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        service.Requests.Should().Be(1, "the retry delay has not passed yet");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        (await clock.NextTimerAsync()).Should().Be(TimeSpan.FromSeconds(2), "the delay doubles");
        service.Requests.Should().Be(2);
        clock.Advance(TimeSpan.FromSeconds(2));
        await publish.Awaiting(p => p).Should().ThrowAsync<HttpRequestException>("without a spool, the last attempt's failure is thrown");
        service.Requests.Should().Be(3);
    }
}
