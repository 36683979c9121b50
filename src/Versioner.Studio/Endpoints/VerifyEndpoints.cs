using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Versioner.Studio.Hosting;
using Versioner.Studio.Pages;

namespace Versioner.Studio.Endpoints;

/// <summary>
/// Page 8: runs <see cref="Repository.VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/> and streams the
/// page as it goes (progress lines flushed as they come: live without JavaScript), then the report.
/// </summary>
internal static class VerifyEndpoints
{
    public static async Task<IResult> VerifyAsync(HttpContext http, StudioSource source, CancellationToken cancellationToken, string? run = null)
    {
        if (!QueryValues.Flag(run, "run"))
        {
            return StudioPages.Render(http, VerifyPage.Start);
        }

        var view = StudioPages.ViewFor(http);
        var page = VerifyPage.Running(view).Value;
        var split = page.IndexOf(VerifyPage.ProgressMarker, StringComparison.Ordinal);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(page[..split], cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);

        // Progress arrives on the verifying thread; one reader writes it to the response in order.
        var updates = Channel.CreateUnbounded<VerifyProgress>(new UnboundedChannelOptions { SingleReader = true });
        var writer = Task.Run(async () =>
        {
            await foreach (var progress in updates.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await http.Response.WriteAsync(VerifyPage.Progress(progress).Value, cancellationToken).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);
        string outcome;
        try
        {
            var report = await source.Repository.VerifyAsync(new Progress(updates.Writer), cancellationToken).ConfigureAwait(false);
            outcome = VerifyPage.Report(view, report).Value;
        }
        catch (VersionerException ex)
        {
            // The page has started: the refusal goes into it (a type the database does not describe, say).
            outcome = VerifyPage.Refused(ex.Message).Value;
        }
        finally
        {
            updates.Writer.Complete();
            await writer.ConfigureAwait(false);
        }

        await http.Response.WriteAsync(outcome + page[(split + VerifyPage.ProgressMarker.Length)..], cancellationToken).ConfigureAwait(false);
        return Results.Empty;
    }

    private sealed class Progress(ChannelWriter<VerifyProgress> writer) : IProgress<VerifyProgress>
    {
        public void Report(VerifyProgress value) => writer.TryWrite(value);
    }
}
