using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// An SQS endpoint on 127.0.0.1 that answers every call with 500 InternalError (a failure the AWS SDK retries by
/// default), counting the calls.
/// </summary>
public sealed class FailingSqsEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _calls;

    private FailingSqsEndpoint(WebApplication app) => _app = app;

    public Uri Url => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public int Calls => Volatile.Read(ref _calls);

    public static async Task<FailingSqsEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new FailingSqsEndpoint(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref endpoint._calls);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "application/x-amz-json-1.0";
            await context.Response.WriteAsync("""{"__type":"com.amazonaws.sqs#InternalError","message":"We encountered an internal error. Please try again."}""");
        });
        await app.StartAsync();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
