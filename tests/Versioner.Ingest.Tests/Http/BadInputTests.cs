using System.Net;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

/// <summary>
/// Inputs from outside that once broke the service (500s, the wrong field named, a refusal let through): each is a
/// 4xx problem of the service's own type naming the field, and a refused request stores nothing.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private const string InvalidValue = "urn:versioner:problem:invalid-value";
    private const string SchemaMismatch = "urn:versioner:problem:schema-mismatch";

    private IngestServer _server = null!;

    public async Task InitializeAsync() => _server = await IngestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Bad data member names: the raw bytes between the quotes, and the field the refusal names.</summary>
    public static TheoryData<string, byte[], string> BadMemberNames => new()
    {
        { "an unpaired surrogate escape", RawBodies.Utf8("\\ud800"), "data.\\ud800" },
        { "a low surrogate escape alone", RawBodies.Utf8("a\\udc00"), "data.a\\udc00" },
        { "bytes that are not UTF-8", [0xC3, 0x28], "data.\uFFFD(" },
        { "a NUL escape", RawBodies.Utf8("a\\u0000b"), "data.a\u0000b" },
        { "nothing", [], "data" },
    };

    [Theory]
    [MemberData(nameof(BadMemberNames))]
    public async Task A_data_member_name_no_store_can_hold_is_a_422_naming_the_member(string what, byte[] rawName, string field)
    {
        var eternalId = Guid.CreateVersion7();
        var body = RawBodies.UpsertWithDataMemberName(rawName);

        var problem = await (await _server.Client.PostAsync("/versions", RawBodies.Json(body))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be(InvalidValue, what);
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be(field, what);
        await AssertNotStoredAsync(eternalId);
    }

    [Theory]
    [MemberData(nameof(BadMemberNames))]
    public async Task A_batch_member_with_such_a_name_refuses_the_batch_naming_the_member(string what, byte[] rawName, string field)
    {
        var good = Guid.CreateVersion7();
        var body = RawBodies.Batch(RawBodies.Utf8(Messages.Upsert(good)), RawBodies.UpsertWithDataMemberName(rawName));

        var problem = await (await _server.Client.PostAsync("/versions/batch", RawBodies.Json(body))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be(InvalidValue, what);
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be($"[1].{field}", what);
        await AssertNotStoredAsync(good);
    }

    [Theory]
    [InlineData("a NUL escape", "a\\u0000b")]
    [InlineData("an unpaired surrogate escape", "a\\ud800b")]
    public async Task A_data_value_no_store_can_hold_is_an_invalid_value(string what, string rawValue)
    {
        var body = RawBodies.UpsertWithDataValue(RawBodies.Utf8(rawValue));

        var problem = await (await _server.Client.PostAsync("/versions", RawBodies.Json(body))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be(InvalidValue, what);
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be("data.note", what);
    }

    [Theory]
    [InlineData("entityType")]
    [InlineData("operation")]
    [InlineData("author")]
    [InlineData("timestamp")]
    [InlineData("eternalId")]
    public async Task A_top_level_field_that_is_not_utf8_is_refused_naming_it(string field)
    {
        var body = RawBodies.UpsertWithField(field, [0x49, 0xC3, 0x28]);

        var problem = await (await _server.Client.PostAsync("/versions", RawBodies.Json(body))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().StartWith("urn:versioner:problem:");
        var error = problem.Errors.Should().ContainSingle().Which;
        error.Field.Should().Be(field);
        error.Message.Should().NotContain("Versioner.Client").And.NotContain("BytePositionInLine", "the contract's words, not the serializer's");
        if (field is "entityType" or "author")
        {
            error.Message.Should().Contain("bytes that are not UTF-8", "free text is refused for its bytes, not its form");
        }

        problem.Detail.Should().NotContain("could not be converted");
    }

    [Fact]
    public async Task A_top_level_member_name_that_cannot_be_decoded_is_refused_naming_it()
    {
        var json = Messages.Upsert().Replace("\"message\"", "\"m\\ud800\"", StringComparison.Ordinal);

        var problem = await (await _server.Client.PostAsync("/versions", IngestServer.Json(json))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be(SchemaMismatch);
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be("m\\ud800");
    }

    [Theory]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/problem+json")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_body_not_sent_as_application_json_is_415_and_stores_nothing(string contentType)
    {
        var eternalId = Guid.CreateVersion7();

        var problem = await (await _server.Client.PostAsync("/versions", RawBodies.Json(RawBodies.Utf8(Messages.Upsert(eternalId)), contentType)))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        problem.Type.Should().Be("urn:versioner:problem:unsupported-media-type");
        problem.Detail.Should().Contain(contentType);
        await AssertNotStoredAsync(eternalId);
    }

    [Theory]
    [InlineData("gzip", true)]
    [InlineData("gzip", false)]
    [InlineData("br", false)]
    public async Task A_compressed_body_is_415_saying_to_send_it_uncompressed_and_stores_nothing(string encoding, bool compressed)
    {
        var eternalId = Guid.CreateVersion7();
        var json = RawBodies.Utf8(Messages.Upsert(eternalId));
        var content = RawBodies.Json(compressed ? Gzip(json) : json);
        content.Headers.ContentEncoding.Add(encoding);

        var response = await _server.Client.PostAsync("/versions", content);

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.Type.Should().Be("urn:versioner:problem:unsupported-media-type");
        problem.Detail.Should().Be($"The body must be sent uncompressed; got Content-Encoding: {encoding}. Send the JSON as it is, without a Content-Encoding header.");
        response.Headers.GetValues("Accept-Encoding").Should().Equal("identity");
        await AssertNotStoredAsync(eternalId);
    }

    [Fact]
    public async Task A_body_labelled_identity_is_stored()
    {
        var content = RawBodies.Json(RawBodies.Utf8(Messages.Upsert()));
        content.Headers.ContentEncoding.Add("identity");

        await (await _server.Client.PostAsync("/versions", content)).ReceiptAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=UTF-8")]
    public async Task A_body_sent_as_application_json_is_stored(string contentType)
    {
        var response = await _server.Client.PostAsync("/versions", RawBodies.Json(RawBodies.Utf8(Messages.Upsert()), contentType));

        await response.ReceiptAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("entityType", "\"Invoice\\n\"")]
    [InlineData("timestamp", "\"2025-01-31T09:30:00\"")]
    [InlineData("timestamp", "\"2025-01-31\"")]
    [InlineData("timestamp", "\"2025-01-31T09:30\"")]
    public async Task A_field_outside_the_published_schema_is_refused(string field, string json)
    {
        var eternalId = Guid.CreateVersion7();

        var problem = await (await _server.PostAsync(Messages.Upsert(eternalId, changes: (field, json)))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be(SchemaMismatch);
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be(field);
        await AssertNotStoredAsync(eternalId);
    }

    [Theory]
    [InlineData("2016-12-31T23:59:60Z")]
    [InlineData("2025-02-30T09:30:00Z")]
    [InlineData("2025-01-31T24:30:00Z")]
    [InlineData("2025-01-31T09:30:00+15:00")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    public async Task A_timestamp_of_the_right_form_that_is_no_instant_is_refused_saying_so(string timestamp)
    {
        var eternalId = Guid.CreateVersion7();

        var problem = await (await _server.PostAsync(Messages.Upsert(eternalId, changes: ("timestamp", $"\"{timestamp}\"")))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be(SchemaMismatch);
        problem.Errors.Should().ContainSingle().Which.Should().Be(new Versioner.Client.IngestFieldError("timestamp",
            $"\"{timestamp}\" is not an instant this service stores: the date and time must exist (no February 30, no leap second :60, hours below 24, offsets within ±14:00) and fall between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.9999999Z once converted to UTC."));
        await AssertNotStoredAsync(eternalId);
    }

    [Theory]
    [InlineData("/entities/Invoice/{0}?asOf=main@%7B0%7D", "asOf: 'main@{0}' is not a revision: '0' is not a date and time")]
    [InlineData("/entities/Invoice/{0}?asOf=HEAD@%7B1%7D", "asOf: 'HEAD@{1}' is not a revision: '1' is not a date and time")]
    [InlineData("/entities/Invoice/{0}?asOf=a%00b", "asOf: 'a\0b' is not a revision: a name has no spaces or control characters")]
    [InlineData("/commits/a%20b", "'a b' is not a revision: a name has no spaces or control characters")]
    [InlineData("/commits/main@%7B0%7D", "'main@{0}' is not a revision: '0' is not a date and time")]
    public async Task A_revision_that_does_not_parse_is_a_400_saying_why(string path, string detail)
    {
        await (await _server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);

        var problem = await (await _server.Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Guid.CreateVersion7()))).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Type.Should().Be("urn:versioner:problem:malformed");
        problem.Detail.Should().StartWith(detail);
    }

    [Theory]
    [InlineData("?take=abc", "take")]
    [InlineData("?skip=x", "skip")]
    [InlineData("?take=99999999999", "take")]
    public async Task A_query_parameter_that_is_not_a_number_is_a_malformed_problem(string query, string parameter)
    {
        var problem = await (await _server.Client.GetAsync($"/entities/Invoice/{Guid.CreateVersion7()}/history{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Type.Should().Be("urn:versioner:problem:malformed");
        problem.Detail.Should().StartWith($"?{parameter}= must be a whole number; got '").And.NotContain("Nullable", "the request's terms, not .NET's");
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    [Theory]
    [InlineData("GET", "/versions/not-a-uuid", "'not-a-uuid' is not a version id")]
    [InlineData("PUT", "/versions/12345", "'12345' is not a version id")]
    [InlineData("GET", "/entities/Invoice/inv-17", "'inv-17' is not an eternal id")]
    [InlineData("GET", "/entities/Invoice/inv-17/history?take=5", "'inv-17' is not an eternal id")]
    public async Task An_id_in_the_path_that_is_not_a_uuid_is_a_400_naming_it_not_a_404_for_the_path(string method, string path, string said)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "PUT" ? IngestServer.Json(Messages.Upsert()) : null };

        var problem = await (await _server.Client.SendAsync(request)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Type.Should().Be("urn:versioner:problem:malformed");
        problem.Detail.Should().StartWith(said).And.Contain("is a UUID such as");
    }

    [Fact]
    public async Task A_path_id_that_is_not_a_uuid_still_needs_a_credential_first()
    {
        (await _server.Anonymous.GetAsync("/versions/not-a-uuid")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/versions?dryRun=true", "POST /versions takes no query parameters; got 'dryRun'")]
    [InlineData("/versions/batch?atomic=false", "POST /versions/batch takes no query parameters; got 'atomic'")]
    public async Task A_write_with_a_query_parameter_it_does_not_read_is_a_400_naming_it_and_stores_nothing(string path, string said)
    {
        var eternalId = Guid.CreateVersion7();
        var body = path.Contains("batch", StringComparison.Ordinal) ? Messages.Batch(Messages.Upsert(eternalId)) : Messages.Upsert(eternalId);

        var problem = await (await _server.Client.PostAsync(path, IngestServer.Json(body))).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Type.Should().Be("urn:versioner:problem:malformed");
        problem.Detail.Should().StartWith(said).And.Contain("refused rather than ignored");
        await AssertNotStoredAsync(eternalId);
    }

    [Fact]
    public async Task A_read_with_a_misspelt_query_parameter_is_a_400_not_the_head_as_if_it_were_not_there()
    {
        var eternalId = Guid.CreateVersion7();
        (await _server.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert(eternalId)))).EnsureSuccessStatusCode();

        var misspelt = await (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}?as_of=2020-01-01T00:00:00Z")).ProblemAsync(HttpStatusCode.BadRequest);
        var paged = await (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}/history?take=1&page=2")).ProblemAsync(HttpStatusCode.BadRequest);
        var spelt = await _server.Client.GetAsync($"/entities/Invoice/{eternalId}?asof=2020-01-01T00:00:00Z");

        misspelt.Detail.Should().Contain("reads only ?asOf=; got 'as_of'");
        paged.Detail.Should().Contain("reads only ?skip=, ?take=; got 'page'");
        spelt.StatusCode.Should().Be(HttpStatusCode.NotFound, "asOf in any case is read: nothing was committed by 2020");
    }

    [Theory]
    [InlineData("?asOf=main&asOf=main~1", "?asOf= is given 2 times; give it once.")]
    [InlineData("/history?take=1&take=2", "?take= is given 2 times; give it once.")]
    public async Task A_query_parameter_given_twice_is_a_400_saying_so_not_the_values_joined(string query, string detail)
    {
        var eternalId = Guid.CreateVersion7();
        (await _server.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert(eternalId)))).EnsureSuccessStatusCode();

        var problem = await (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Type.Should().Be("urn:versioner:problem:malformed");
        problem.Detail.Should().Be(detail);
    }

    [Theory]
    [InlineData("DELETE")]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task A_method_a_path_does_not_answer_is_a_405_problem_of_its_own_type_with_Allow(string method)
    {
        var response = await _server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/versions/batch"));

        var problem = await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
        problem.Type.Should().Be("urn:versioner:problem:method-not-allowed");
        problem.Detail.Should().Contain($"does not answer {method}");
        response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var allow) ? allow : []).Should().Contain("POST");
    }

    [Fact]
    public async Task A_body_starting_with_a_byte_order_mark_is_read_without_it_as_RFC_8259_allows()
    {
        var eternalId = Guid.CreateVersion7();
        byte[] body = [0xEF, 0xBB, 0xBF, .. RawBodies.Utf8(Messages.Upsert(eternalId))];

        await (await _server.Client.PostAsync("/versions", RawBodies.Json(body, "application/json"))).ReceiptAsync(HttpStatusCode.Created);

        (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}")).StatusCode.Should().Be(HttpStatusCode.OK, "the mark is no part of the JSON");
    }

    [Fact]
    public async Task A_byte_order_mark_that_is_not_at_the_start_is_malformed_JSON()
    {
        var eternalId = Guid.CreateVersion7();
        byte[] body = [(byte)' ', 0xEF, 0xBB, 0xBF, .. RawBodies.Utf8(Messages.Upsert(eternalId))];

        var problem = await (await _server.Client.PostAsync("/versions", RawBodies.Json(body, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Type.Should().Be("urn:versioner:problem:malformed");
        await AssertNotStoredAsync(eternalId);
    }

    [Fact]
    public async Task A_chunked_body_framed_wrongly_is_a_400_saying_the_request_could_not_be_read_and_stores_nothing()
    {
        var eternalId = Guid.CreateVersion7();
        var body = RawBodies.Utf8(Messages.Upsert(eternalId));
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(_server.BaseAddress.Host, _server.BaseAddress.Port);
        var stream = socket.GetStream();
        var head = $"POST /versions HTTP/1.1\r\nHost: {_server.BaseAddress.Authority}\r\nContent-Type: application/json\r\nX-Api-Key: {IngestServer.WriterKey}\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n"; // a chunk size that is not hexadecimal
        await stream.WriteAsync(RawBodies.Utf8(head));
        await stream.WriteAsync(body);
        await stream.WriteAsync(RawBodies.Utf8("\r\n0\r\n\r\n"));

        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

        response.Should().StartWith("HTTP/1.1 400").And.Contain("urn:versioner:problem:malformed")
            .And.Contain("The request could not be read: Bad chunk size data").And.NotContain("Check the query string", "nothing is wrong with the query or the route");
        await AssertNotStoredAsync(eternalId);
    }

    private async Task AssertNotStoredAsync(Guid eternalId) =>
        (await _server.Client.GetAsync($"/entities/Invoice/{eternalId}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a refused request stores nothing");
}
