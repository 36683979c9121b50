using System.Net;
using System.Text;
using System.Text.Json;
using Versioner.Ingest.Contract;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

/// <summary>
/// Random member names and values (bytes, escapes, control characters, very long text), seeded and bounded: the
/// reader never throws, and the service answers each with a 2xx or a 4xx problem of its own, never a 500.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20251204;

    [Fact]
    public void The_reader_refuses_or_reads_every_fuzzed_body_without_throwing()
    {
        var bodies = new FuzzedBodies(Seed);
        for (var i = 0; i < 20_000; i++)
        {
            var (body, what) = bodies.Next();

            var single = Attempt(() => VersionMessageReader.Read(body), i, what);
            var batch = Attempt(() => VersionMessageReader.ReadBatch(RawBodies.Batch(RawBodies.Utf8(Messages.Upsert()), body), 10), i, what);

            if (!single.Success)
            {
                single.Failure.Detail.Should().NotBeNullOrWhiteSpace($"#{i}: {what}");
                (single.Failure.Kind == ParseFailureKind.Malformed || single.Failure.Errors.Count > 0).Should().BeTrue($"#{i}: {what} names the field");
            }

            batch.Success.Should().Be(single.Success, $"#{i}: {what} is judged the same alone and in a batch");
        }
    }

    [Fact]
    public async Task The_service_answers_every_fuzzed_request_with_a_2xx_or_a_4xx_problem_and_keeps_serving()
    {
        await using var server = await IngestServer.StartAsync();
        var bodies = new FuzzedBodies(Seed + 1);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 300; i++)
        {
            var (body, what) = bodies.Next();
            var batch = i % 3 == 0;
            using var response = batch
                ? await server.Client.PostAsync("/versions/batch", RawBodies.Json(RawBodies.Batch(RawBodies.Utf8(Messages.Upsert()), body)))
                : await server.Client.PostAsync("/versions", RawBodies.Json(body));

            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            status.Should().BeInRange(200, 499, $"#{i} ({(batch ? "in a batch" : "alone")}): {what} answered {text}");
            if (status >= 400)
            {
                response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", $"#{i}: {what}");
                JsonDocument.Parse(text).RootElement.GetProperty("type").GetString().Should().StartWith("urn:versioner:problem:", $"#{i}: {what}");
            }
        }

        statuses.Keys.Should().Contain([HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity], "the fuzzing reaches stored, malformed and refused bodies");
        (await server.Client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);
    }

    private static T Attempt<T>(Func<T> read, int index, string what)
    {
        try
        {
            return read();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"#{index} (seed {Seed}): reading a body with {what} threw; it must refuse it instead.", ex);
        }
    }
}
