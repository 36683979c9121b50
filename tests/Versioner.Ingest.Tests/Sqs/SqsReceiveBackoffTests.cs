using Microsoft.Extensions.DependencyInjection;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Sqs;

/// <summary>The consumer's wait after a failed receive, on a fake clock (no emulator: SQS answers every call with 500).</summary>
public sealed class SqsReceiveBackoffTests
{
    [Fact]
    public async Task A_failed_receive_is_retried_after_a_delay_that_doubles_per_failure()
    {
        await using var sqs = await FailingSqsEndpoint.StartAsync();
        var clock = new WatchedClock();
        var settings = SqsEmulator.AwsSettings(sqs.Url);
        settings["Versioner:Sqs:QueueUrl"] = $"{sqs.Url}000000000000/versions";
        settings["Versioner:Sqs:Consumers"] = "1";
        await using var server = await IngestServer.StartAsync(settings, services => services.AddSingleton<TimeProvider>(clock));

        (await clock.NextTimerAsync()).Should().Be(TimeSpan.FromSeconds(1));
        var calls = sqs.Calls;
        calls.Should().BePositive();
        clock.Advance(TimeSpan.FromMilliseconds(999));
        sqs.Calls.Should().Be(calls, "the consumer waits before receiving again");
        clock.Advance(TimeSpan.FromMilliseconds(1));
        (await clock.NextTimerAsync()).Should().Be(TimeSpan.FromSeconds(2), "the second failure in a row waits twice as long");
        sqs.Calls.Should().BeGreaterThan(calls);
        clock.Advance(TimeSpan.FromSeconds(2));
        (await clock.NextTimerAsync()).Should().Be(TimeSpan.FromSeconds(4));
    }
}
