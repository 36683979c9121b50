using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Amazon.SQS;
using Versioner.Ingest.Pipeline;
using Versioner.Ingest.Sqs;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Sqs;

/// <summary>The SQS adapter against a real SQS emulator on loopback.</summary>
public sealed class SqsAdapterTests : IAsyncLifetime
{
    private IAmazonSQS _sqs = null!;
    private string _queue = null!;
    private string _errors = null!;
    private string? _deadLetters;

    public async Task InitializeAsync()
    {
        _sqs = SqsEmulator.Client();
        (_queue, _deadLetters) = await SqsEmulator.CreateQueueAsync(_sqs, "ingest", maxReceiveCount: 3, visibilityTimeoutSeconds: 5);
        (_errors, _) = await SqsEmulator.CreateQueueAsync(_sqs, "ingest-errors");
    }

    public Task DisposeAsync()
    {
        _sqs.Dispose();
        return Task.CompletedTask;
    }

    private Dictionary<string, string?> Settings(int consumers = 2, int visibilitySeconds = 5) => new(SqsEmulator.AwsSettings())
    {
        ["Versioner:Sqs:QueueUrl"] = _queue,
        ["Versioner:Sqs:ErrorQueueUrl"] = _errors,
        ["Versioner:Sqs:Consumers"] = consumers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Versioner:Sqs:WaitTimeSeconds"] = "1",
        ["Versioner:Sqs:VisibilityTimeoutSeconds"] = visibilitySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Versioner:Sqs:RetryDelay"] = "00:00:00",
    };

    private async Task<Guid> SendAsync(Guid? eternalId = null, Guid? versionId = null, string data = """{"total": 1}""")
    {
        var id = versionId ?? Guid.CreateVersion7();
        await _sqs.SendMessageAsync(_queue, Messages.Upsert(eternalId, data, ("versionId", $"\"{id}\"")));
        return id;
    }

    private async Task<bool> QueueIsEmptyAsync(string queue)
    {
        var attributes = (await _sqs.GetQueueAttributesAsync(queue, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])).Attributes;
        return attributes["ApproximateNumberOfMessages"] == "0" && attributes["ApproximateNumberOfMessagesNotVisible"] == "0";
    }

    private static async Task<bool> IsStoredAsync(HttpClient client, Guid versionId) =>
        (await client.GetAsync($"/versions/{versionId}")).StatusCode == HttpStatusCode.OK;

    [SqsFact]
    public async Task Messages_are_stored_by_parallel_consumers_and_deleted_after_the_store()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 25; i++)
        {
            ids.Add(await SendAsync());
        }

        await using var server = await IngestServer.StartAsync(Settings(consumers: 3));

        await Eventually.TrueAsync(async () => (await Task.WhenAll(ids.Select(id => IsStoredAsync(server.Client, id)))).All(s => s), because: "every message is stored");
        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue), because: "stored messages are deleted");
        (await QueueIsEmptyAsync(_errors)).Should().BeTrue();
    }

    [SqsFact]
    public async Task A_duplicated_message_is_stored_once()
    {
        var eternalId = Guid.CreateVersion7();
        var versionId = await SendAsync(eternalId);
        await SendAsync(eternalId, versionId);

        await using var server = await IngestServer.StartAsync(Settings());

        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        var history = await (await server.Client.GetAsync($"/entities/Invoice/{eternalId}/history")).JsonAsync();
        history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("versionId").GetGuid()).Should().Equal(versionId);
        (await QueueIsEmptyAsync(_errors)).Should().BeTrue();
    }

    [SqsFact]
    public async Task A_message_without_a_version_id_gets_one_derived_from_its_message_id()
    {
        var eternalId = Guid.CreateVersion7();
        var sent = await _sqs.SendMessageAsync(_queue, Messages.Upsert(eternalId));

        await using var server = await IngestServer.StartAsync(Settings());

        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        var state = await (await server.Client.GetAsync($"/entities/Invoice/{eternalId}")).JsonAsync();
        state.GetProperty("versionId").GetGuid().Should().Be(SqsConsumer.VersionIdFor(_queue, sent.MessageId), "a redelivery of the message gets the same id");
        SqsConsumer.VersionIdFor(_queue, "m-1").Should().Be(SqsConsumer.VersionIdFor(_queue, "m-1")).And.NotBe(SqsConsumer.VersionIdFor(_queue, "m-2"));
    }

    [SqsFact]
    public async Task Messages_that_can_never_be_stored_go_to_the_error_queue_with_the_reason()
    {
        var conflicting = Guid.CreateVersion7();
        await SendAsync(versionId: conflicting, data: """{"total": 1}""");
        await using var server = await IngestServer.StartAsync(Settings(consumers: 1));
        await Eventually.TrueAsync(() => IsStoredAsync(server.Client, conflicting));

        await _sqs.SendMessageAsync(_queue, "this is not json");
        await _sqs.SendMessageAsync(_queue, Messages.Upsert(changes: ("colour", "\"red\"")));
        await _sqs.SendMessageAsync(_queue, Messages.Upsert(changes: ("schemaVersion", "9")));
        await SendAsync(versionId: conflicting, data: """{"total": 2}""");

        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        var rejected = await SqsEmulator.DrainAsync(_sqs, _errors);
        var reasons = rejected.ToDictionary(m => m.Body, m => (Type: m.MessageAttributes![SqsErrorAttributes.ErrorType].StringValue, Error: m.MessageAttributes[SqsErrorAttributes.Error].StringValue!));
        reasons.Should().HaveCount(4);
        reasons["this is not json"].Type.Should().Be("urn:versioner:problem:malformed");
        reasons.Values.Select(r => r.Type).Should().BeEquivalentTo(
            "urn:versioner:problem:malformed", "urn:versioner:problem:schema-mismatch", "urn:versioner:problem:unsupported-schema-version", "urn:versioner:problem:conflict");
        reasons.Values.Single(r => r.Type!.EndsWith("schema-mismatch", StringComparison.Ordinal)).Error.Should().Contain("colour: is not a field of the contract");
        reasons.Values.Single(r => r.Type!.EndsWith("unsupported-schema-version", StringComparison.Ordinal)).Error.Should().StartWith("schemaVersion 9 is not supported");
        reasons.Values.Single(r => r.Type!.EndsWith("conflict", StringComparison.Ordinal)).Error.Should().StartWith($"Version {conflicting} was already stored with different content");
        rejected.Should().OnlyContain(m => m.MessageAttributes![SqsErrorAttributes.SourceQueue].StringValue == _queue);
    }

    /// <summary>The bad inputs of the HTTP tests (BadInputTests), as SQS bodies (text: no invalid UTF-8), and the field each refusal names.</summary>
    public static IEnumerable<(string Body, string Type, string Field)> BadBodies()
    {
        const string invalid = "urn:versioner:problem:invalid-value", mismatch = "urn:versioner:problem:schema-mismatch";
        string DataName(string raw) => Messages.Upsert(data: """{"@@raw@@": 1}""").Replace("@@raw@@", raw, StringComparison.Ordinal);
        yield return (DataName("\\ud800"), invalid, "data.\\ud800");
        yield return (DataName("a\\udc00"), invalid, "data.a\\udc00");
        yield return (DataName("a\\u0000b"), invalid, "data.a\\u0000b"); // the NUL itself is escaped in the attribute
        yield return (DataName(""), invalid, "data: has a member with an empty name");
        yield return (Messages.Upsert(data: """{"note": "@@raw@@"}""").Replace("@@raw@@", "a\\ud800b", StringComparison.Ordinal), invalid, "data.note");
        yield return (Messages.Upsert(changes: ("entityType", "\"Invoice\\n\"")), mismatch, "entityType");
        yield return (Messages.Upsert(changes: ("timestamp", "\"2025-01-31T09:30:00\"")), mismatch, "timestamp");
        yield return (Messages.Upsert(changes: ("timestamp", "\"2025-01-31\"")), mismatch, "timestamp");
        yield return (Messages.Upsert().Replace("\"message\"", "\"m\\ud800\"", StringComparison.Ordinal), mismatch, "m\\ud800");
    }

    [SqsFact]
    public async Task Every_bad_input_goes_to_the_error_queue_naming_its_field_and_the_service_keeps_serving()
    {
        await using var server = await IngestServer.StartAsync(Settings(consumers: 1));
        var bad = BadBodies().ToList();
        foreach (var (body, _, _) in bad)
        {
            await _sqs.SendMessageAsync(_queue, body);
        }

        var good = await SendAsync();

        await Eventually.TrueAsync(() => IsStoredAsync(server.Client, good), TimeSpan.FromSeconds(60), because: "a message after the bad ones is stored");
        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        var rejected = (await SqsEmulator.DrainAsync(_sqs, _errors)).ToDictionary(m => m.Body, m => m.MessageAttributes!);
        rejected.Should().HaveCount(bad.Count, "every bad message is in the error queue, none retried as if the failure were passing");
        foreach (var (body, type, field) in bad)
        {
            rejected[body][SqsErrorAttributes.ErrorType].StringValue.Should().Be(type, body);
            rejected[body][SqsErrorAttributes.Error].StringValue.Should().Contain(field, body);
        }

        (await QueueIsEmptyAsync(_deadLetters!)).Should().BeTrue("nothing was left to the redrive policy");
        (await server.Client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);
    }

    [SqsFact]
    public async Task A_refused_message_at_the_size_limit_goes_to_the_error_queue_with_the_attributes_that_fit()
    {
        // 100 bytes below SQS's 1 MiB: the body fits both queues, the attributes in full do not.
        var body = new string('x', 1_048_576 - 100);
        await _sqs.SendMessageAsync(_queue, body);

        await using var server = await IngestServer.StartAsync(Settings(consumers: 1));

        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        var rejected = (await SqsEmulator.DrainAsync(_sqs, _errors)).Should().ContainSingle("it was moved, not retried as if the failure were passing").Subject;
        rejected.Body.Should().Be(body);
        rejected.MessageAttributes![SqsErrorAttributes.ErrorType].StringValue.Should().Be("urn:versioner:problem:malformed");
        rejected.MessageAttributes[SqsErrorAttributes.Error].StringValue.Should().StartWith("The body is not valid").And.EndWith("...");
        (await QueueIsEmptyAsync(_deadLetters!)).Should().BeTrue();
    }

    [SqsFact]
    public async Task A_refused_message_is_fitted_to_an_error_queue_holding_smaller_messages()
    {
        var (smallErrors, _) = await SqsEmulator.CreateQueueAsync(_sqs, "ingest-small-errors", maximumMessageSize: 1024);
        var body = Messages.Upsert(data: $$"""{"note": "{{new string('n', 400)}}"}""", changes: ("colour", "\"red\""));
        await _sqs.SendMessageAsync(_queue, body);
        var settings = Settings(consumers: 1);
        settings["Versioner:Sqs:ErrorQueueUrl"] = smallErrors;

        await using var server = await IngestServer.StartAsync(settings);

        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        var rejected = (await SqsEmulator.DrainAsync(_sqs, smallErrors)).Should().ContainSingle().Subject;
        rejected.Body.Should().Be(body);
        rejected.MessageAttributes![SqsErrorAttributes.ErrorType].StringValue.Should().Be("urn:versioner:problem:schema-mismatch");
        rejected.MessageAttributes[SqsErrorAttributes.SourceQueue].StringValue.Should().Be(_queue);
        rejected.MessageAttributes[SqsErrorAttributes.Error].StringValue.Should().StartWith("The message does not match the DataObjectVersion contract").And.EndWith("...");
        (await QueueIsEmptyAsync(_deadLetters!)).Should().BeTrue();
    }

    [SqsFact]
    public async Task A_refused_message_larger_than_the_error_queue_holds_is_left_to_the_redrive_policy_saying_why()
    {
        var (smallErrors, _) = await SqsEmulator.CreateQueueAsync(_sqs, "ingest-small-errors", maximumMessageSize: 1024);
        await _sqs.SendMessageAsync(_queue, new string('x', 2000));
        var settings = Settings(consumers: 1);
        settings["Versioner:Sqs:ErrorQueueUrl"] = smallErrors;
        var logs = new CapturedLogs();

        await using var server = await IngestServer.StartAsync(settings, services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));

        await Eventually.TrueAsync(async () => !await QueueIsEmptyAsync(_deadLetters!), because: "after 3 receives the redrive policy moves the message");
        logs.Entries.Where(e => e.Event.Id == 208).Should().NotBeEmpty().And.OnlyContain(e => e.Message.Contains(
            $"and its body of 2000 bytes is larger than the error queue {smallErrors} holds (1024 bytes, its MaximumMessageSize)", StringComparison.Ordinal));
        logs.Entries.Should().NotContain(e => e.Event.Id == 204, "a message that can never be sent is not a passing failure");
    }

    [SqsFact]
    public async Task A_transient_failure_is_retried_until_it_passes()
    {
        var attempts = 0;
        var versionId = await SendAsync();

        await using var server = await IngestServer.StartAsync(Settings(consumers: 1), services => services.AddSingleton(new IngestHooks
        {
            BeforeStore = (_, _) => Interlocked.Increment(ref attempts) <= 2 ? throw new TimeoutException("database busy") : Task.CompletedTask,
        }));

        await Eventually.TrueAsync(() => IsStoredAsync(server.Client, versionId));
        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        attempts.Should().Be(3);
        (await QueueIsEmptyAsync(_deadLetters!)).Should().BeTrue();
    }

    [SqsFact]
    public async Task A_message_failing_past_the_redrive_policy_lands_in_the_dead_letter_queue()
    {
        var versionId = await SendAsync();

        await using var server = await IngestServer.StartAsync(Settings(consumers: 1), services => services.AddSingleton(new IngestHooks
        {
            BeforeStore = (_, _) => throw new TimeoutException("database down"),
        }));

        await Eventually.TrueAsync(async () => !await QueueIsEmptyAsync(_deadLetters!), because: "after 3 receives the redrive policy moves the message");
        var dead = await SqsEmulator.DrainAsync(_sqs, _deadLetters!);
        dead.Should().ContainSingle().Which.Body.Should().Contain(versionId.ToString());
        (await IsStoredAsync(server.Client, versionId)).Should().BeFalse();
        (await QueueIsEmptyAsync(_errors)).Should().BeTrue("a passing failure is not a poison message");
    }

    [SqsFact]
    public async Task A_slow_batch_keeps_its_messages_invisible_to_other_consumers()
    {
        var calls = new ConcurrentDictionary<Guid, int>();
        var ids = new[] { await SendAsync(), await SendAsync() };

        await using var server = await IngestServer.StartAsync(Settings(consumers: 3, visibilitySeconds: 4), services => services.AddSingleton(new IngestHooks
        {
            BeforeStore = async (messages, ct) =>
            {
                calls.AddOrUpdate(messages[0].VersionId!.Value, 1, (_, n) => n + 1);
                await Task.Delay(TimeSpan.FromSeconds(5), ct); // each store outlasts the visibility timeout
            },
        }));

        await Eventually.TrueAsync(async () => (await Task.WhenAll(ids.Select(id => IsStoredAsync(server.Client, id)))).All(s => s), TimeSpan.FromSeconds(40));
        await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
        calls.Should().HaveCount(2).And.OnlyContain(c => c.Value == 1, "the heartbeat extended the visibility, so no other consumer received them");
    }

    [SqsFact]
    public async Task A_consumer_stopped_mid_batch_loses_nothing()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await SendAsync());
        }

        var database = IngestServer.NewDatabasePath();
        try
        {
            var stored = 0;
            var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (var first = await IngestServer.StartAsync(Settings(consumers: 1, visibilitySeconds: 2), services => services.AddSingleton(new IngestHooks
            {
                BeforeStore = async (_, ct) =>
                {
                    if (Interlocked.Increment(ref stored) > 3)
                    {
                        stalled.TrySetResult();
                        await Task.Delay(Timeout.Infinite, ct); // stuck until the service stops
                    }
                },
            }), database))
            {
                await stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }

            await using var second = await IngestServer.StartAsync(Settings(consumers: 2, visibilitySeconds: 2), databasePath: database);
            await Eventually.TrueAsync(async () => (await Task.WhenAll(ids.Select(id => IsStoredAsync(second.Client, id)))).All(s => s), TimeSpan.FromSeconds(40));
            await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
            foreach (var id in ids)
            {
                var version = await (await second.Client.GetAsync($"/versions/{id}")).JsonAsync();
                var history = await (await second.Client.GetAsync($"/entities/Invoice/{version.GetProperty("eternalId").GetGuid()}/history")).JsonAsync();
                history.GetProperty("entries").GetArrayLength().Should().Be(1);
            }
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }

    [SqsFact]
    public async Task A_consumer_killed_outright_mid_stream_loses_nothing_and_duplicates_nothing()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await SendAsync());
        }

        var database = IngestServer.NewDatabasePath();
        try
        {
            var settings = Settings(consumers: 2, visibilitySeconds: 2).ToDictionary(s => s.Key, s => s.Value!);
            await using (var doomed = await IngestProcess.StartAsync(database, settings))
            {
                await Eventually.TrueAsync(async () => (await Task.WhenAll(ids.Take(20).Select(id => IsStoredAsync(doomed.Client, id)))).Any(s => s));
                await doomed.KillAsync(); // SIGKILL: stored messages may not be deleted yet, batches are half done
            }

            await using var survivor = await IngestServer.StartAsync(Settings(consumers: 2, visibilitySeconds: 2), databasePath: database);
            await Eventually.TrueAsync(async () => (await Task.WhenAll(ids.Select(id => IsStoredAsync(survivor.Client, id)))).All(s => s), TimeSpan.FromSeconds(60));
            await Eventually.TrueAsync(() => QueueIsEmptyAsync(_queue));
            var eternalIds = new HashSet<Guid>();
            foreach (var id in ids)
            {
                var version = await (await survivor.Client.GetAsync($"/versions/{id}")).JsonAsync();
                eternalIds.Add(version.GetProperty("eternalId").GetGuid());
                var history = await (await survivor.Client.GetAsync($"/entities/Invoice/{version.GetProperty("eternalId").GetGuid()}/history")).JsonAsync();
                history.GetProperty("entries").GetArrayLength().Should().Be(1, "a redelivered message is recognized by its version id");
            }

            eternalIds.Should().HaveCount(40);
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }
}
