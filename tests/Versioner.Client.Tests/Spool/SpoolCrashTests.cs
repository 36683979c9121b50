using System.Diagnostics;
using System.Net;
using Versioner.Client;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Publishing;

namespace Versioner.Tests.Spool;

/// <summary>A process killed outright (SIGKILL) while it writes to its spool: reopened, the spool holds every version it reported spooled, intact.</summary>
[Collection(nameof(SpoolMetricsTests))]
public sealed class SpoolCrashTests
{
    /// <summary>Starts Versioner.Client.SpoolWriter on <paramref name="spool"/>; <c>Spooled</c> fills with the version ids it reports spooled.</summary>
    private static (Process Process, List<Guid> Spooled, Task Reading) StartWriter(string spool)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Versioner.Client.SpoolWriter.dll");
        var start = new ProcessStartInfo("dotnet", [writer, spool, ClientFixtures.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var spooled = new List<Guid>();
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                var parts = line.Split(' ');
                parts[0].Should().Be(nameof(PublishStatus.Spooled));
                lock (spooled)
                {
                    spooled.Add(Guid.Parse(parts[1]));
                }
            }
        });
        return (process, spooled, reading);
    }

    /// <summary>Waits until the writer reported <paramref name="count"/> versions spooled.</summary>
    private static async Task WaitForSpooledAsync(Process process, List<Guid> spooled, int count)
    {
        await Eventually.TrueAsync(() => Task.FromResult(process.HasExited || spooled.Count >= count), TimeSpan.FromSeconds(60));
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The spool writer exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    /// <summary>Runs Versioner.Client.SpoolWriter on <paramref name="spool"/> and kills it while a spool file is being written.</summary>
    /// <returns>The version ids it reported spooled, and whether a write was interrupted (a <c>.partial</c> file was left).</returns>
    private static async Task<(List<Guid> Spooled, bool Interrupted)> KillMidWriteAsync(string spool)
    {
        var (process, spooled, reading) = StartWriter(spool);
        using (process)
        {
            try
            {
                await WaitForSpooledAsync(process, spooled, 3);
                var deadline = Stopwatch.StartNew();
                while (!Directory.EnumerateFiles(spool, "*.partial").Any() && deadline.Elapsed < TimeSpan.FromSeconds(10))
                {
                    // spin: a write lasts milliseconds
                }
            }
            finally
            {
                process.Kill(); // SIGKILL: no finally blocks, no flush, no dispose in the writer
                await process.WaitForExitAsync();
            }

            await reading;
        }

        return (spooled, Directory.EnumerateFiles(spool, "*.partial").Any());
    }

    [Fact]
    public async Task A_spool_a_running_process_uses_is_refused_to_another_until_that_process_is_killed()
    {
        var spool = ClientFixtures.NewSpoolDirectory();
        try
        {
            var (process, spooled, reading) = StartWriter(spool);
            using (process)
            {
                try
                {
                    await WaitForSpooledAsync(process, spooled, 1);
                    var open = () => HttpVersionPublisher.Create(new Uri("http://127.0.0.1:1"), IngestServer.WriterKey,
                        new VersionPublisherOptions { SpoolDirectory = spool, ResubmitInterval = null });

                    open.Should().Throw<IOException>().WithMessage($"The spool {spool} is in use by another publisher, in this process or another*");
                    process.HasExited.Should().BeFalse("opening the spool did not disturb the writer");
                }
                finally
                {
                    process.Kill(); // SIGKILL: the operating system releases the lock
                    await process.WaitForExitAsync();
                }

                await reading;
            }

            await using var server = await IngestServer.StartAsync();
            await using var reopened = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey,
                new VersionPublisherOptions { SpoolDirectory = spool, ResubmitInterval = null });
            (await reopened.ResubmitSpooledAsync()).Remaining.Should().Be(0);
            foreach (var versionId in spooled)
            {
                (await server.Client.GetAsync($"/versions/{versionId}")).StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }
        finally
        {
            Directory.Delete(spool, recursive: true);
        }
    }

    [Fact]
    public async Task A_writer_killed_mid_write_leaves_every_version_it_spooled_intact_and_no_torn_record()
    {
        for (var attempt = 1; ; attempt++)
        {
            var spool = ClientFixtures.NewSpoolDirectory();
            try
            {
                var (spooled, interrupted) = await KillMidWriteAsync(spool);
                if (!interrupted && attempt < 5)
                {
                    continue; // killed between two writes this time; the point is to kill during one
                }

                interrupted.Should().BeTrue("in 5 attempts the writer should once be killed during a write");
                var complete = Directory.EnumerateFiles(spool, "*.spool").Count();
                complete.Should().BeInRange(spooled.Count, spooled.Count + 1, "a version is reported after its file is in place");

                await using var server = await IngestServer.StartAsync();
                await using var reopened = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey,
                    new VersionPublisherOptions { SpoolDirectory = spool, ResubmitInterval = null });
                var result = await reopened.ResubmitSpooledAsync();

                result.Should().BeEquivalentTo(new ResubmitResult(complete, 0, []), "the interrupted write left no file that counts");
                Directory.EnumerateFiles(spool, "*.partial").Should().BeEmpty("reopening removes the interrupted write");
                foreach (var versionId in spooled)
                {
                    (await server.Client.GetAsync($"/versions/{versionId}")).StatusCode.Should().Be(HttpStatusCode.OK);
                }

                return;
            }
            finally
            {
                Directory.Delete(spool, recursive: true);
            }
        }
    }
}
