using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Versioner.Client;

namespace Versioner.Tests.Infrastructure;

/// <summary>Reads responses: receipts, problem documents, JSON.</summary>
public static class HttpAssertions
{
    public static async Task<VersionReceipt> ReceiptAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonSerializer.Deserialize(body, ContractJsonContext.Default.VersionReceipt)!;
    }

    public static async Task<VersionBatchReceipt> BatchReceiptAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonSerializer.Deserialize(body, ContractJsonContext.Default.VersionBatchReceipt)!;
    }

    /// <summary>Asserts an RFC 9457 problem with <paramref name="expected"/> status and returns it.</summary>
    public static async Task<IngestProblem> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        var problem = JsonSerializer.Deserialize(body, ContractJsonContext.Default.IngestProblem)!;
        problem.Status.Should().Be((int)expected);
        return problem;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
