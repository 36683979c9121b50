using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// An SQS endpoint on 127.0.0.1 that answers every call with 500 InternalError (a failure the AWS SDK retries by
/// default), counting the calls.
/// </summary>
public sealed class FailingSqsEndpoint : IAsyncDisposable
{
    private LoopbackEndpoint _server = null!;
    private int _calls;

    public Uri Url => _server.Url;

    public int Calls => Volatile.Read(ref _calls);

    public static async Task<FailingSqsEndpoint> StartAsync()
    {
        var endpoint = new FailingSqsEndpoint();
        endpoint._server = await LoopbackEndpoint.StartAsync(app => app.Run(async context =>
        {
            Interlocked.Increment(ref endpoint._calls);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "application/x-amz-json-1.0";
            await context.Response.WriteAsync("""{"__type":"com.amazonaws.sqs#InternalError","message":"We encountered an internal error. Please try again."}""");
        }));
        return endpoint;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
