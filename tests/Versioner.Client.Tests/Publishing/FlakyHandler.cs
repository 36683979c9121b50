namespace Versioner.Tests.Publishing;

/// <summary>Lets the first <c>failures</c> requests reach the service, then loses their responses (a dropped connection).</summary>
internal sealed class FlakyHandler(int failures) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _remaining = failures;

    public int Requests { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var response = await base.SendAsync(request, cancellationToken);
        if (Interlocked.Decrement(ref _remaining) >= 0)
        {
            response.Dispose();
            throw new HttpRequestException("The connection was reset (simulated) after the service answered.");
        }

        return response;
    }
}
