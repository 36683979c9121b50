using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>The meter's counters are process-wide: these tests run alone, so the numbers they read are their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}

/// <summary>Traces and metrics as an OpenTelemetry app would collect them (the SDK's in-memory exporter).</summary>
[Collection(TelemetryRunsAlone.Name)]
public abstract class TelemetryTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];

    private static string Engine => typeof(TProvider) == typeof(PostgresProvider) ? "postgresql" : "sqlite";

    [GraphFact]
    public async Task Finalize_merge_verify_and_push_are_traced_with_their_outcome()
    {
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(VersionerDiagnostics.ActivitySourceName).AddInMemoryExporter(_spans).Build();
        var main = await Repo.CheckoutAsync();
        var book = await main.SaveAsync(new Book { Title = "Dune" });
        var first = await main.FinalizeAsync("ada", "first");
        await Repo.CreateBranchAsync("topic", "main");
        var topic = await Repo.CheckoutAsync("topic");
        var theirs = (await (await Repo.SnapshotAsync("topic")).FindAsync<Book>(book.EternalId))!;
        theirs.Title = "Dune (theirs)";
        await topic.SaveAsync(theirs);
        await topic.FinalizeAsync("bob", "theirs");
        book.Title = "Dune (ours)";
        await main.SaveAsync(book);
        await main.FinalizeAsync("ada", "ours");

        var merge = await main.MergeAsync("topic");
        await main.AbortMergeAsync();
        var report = await Repo.VerifyAsync();
        var (_, replica) = await CloneAsync();
        var push = await Repo.PushAsync(replica, "main");
        tracing.ForceFlush();

        var mine = _spans.Where(s => (string?)s.GetTagItem("db.system.name") == Engine).ToList();
        mine.Where(s => s.DisplayName == "versioner.finalize").Should().HaveCount(3);
        mine.First(s => s.DisplayName == "versioner.finalize").GetTagItem("versioner.commit.id").Should().Be(first.Id.ToString());
        var mergeSpan = mine.Should().ContainSingle(s => s.DisplayName == "versioner.merge").Subject;
        mergeSpan.GetTagItem("versioner.branch").Should().Be("main");
        mergeSpan.GetTagItem("versioner.merge.status").Should().Be(nameof(MergeStatus.Conflicts));
        mergeSpan.GetTagItem("versioner.merge.conflicts").Should().Be(merge.Conflicts.Count);
        var verify = mine.Should().ContainSingle(s => s.DisplayName == "versioner.verify").Subject;
        verify.GetTagItem("versioner.verify.versions").Should().Be(report.Versions);
        verify.GetTagItem("versioner.verify.issues").Should().Be(0);
        mine.Should().ContainSingle(s => s.DisplayName == "versioner.push").Which.GetTagItem("versioner.commit.id").Should().Be(push.Head.ToString());
        mine.Should().OnlyContain(s => s.Status != ActivityStatusCode.Error);
    }

    [GraphFact]
    public async Task A_refused_finalize_is_a_span_with_status_error_and_the_exception()
    {
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(VersionerDiagnostics.ActivitySourceName).AddInMemoryExporter(_spans).Build();
        var first = await Repo.CheckoutAsync();
        var second = await Repo.CheckoutAsync();
        await first.SaveAsync(new Book { Title = "Dune" });
        await second.SaveAsync(new Book { Title = "Emma" });
        await first.FinalizeAsync("ada", "first");

        var act = () => second.FinalizeAsync("bob", "second");

        await act.Should().ThrowAsync<BranchMovedException>();
        tracing.ForceFlush();
        var failed = _spans.Where(s => s.DisplayName == "versioner.finalize" && s.Status == ActivityStatusCode.Error).Should().ContainSingle().Subject;
        failed.Events.Should().Contain(e => e.Name == "exception");
    }

    [GraphFact]
    public async Task Versions_commits_conflicts_and_verified_rows_are_counted()
    {
        using var metering = Sdk.CreateMeterProviderBuilder().AddMeter(VersionerDiagnostics.MeterName).AddInMemoryExporter(_metrics).Build();
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAllAsync(new[] { new Book { Title = "A" }, new Book { Title = "B" }, new Book { Title = "C" } });
        await ws.FinalizeAsync("ada", "three");
        var report = await Repo.VerifyAsync();
        metering.ForceFlush();

        Sum("versioner.versions.written").Should().Be(3);
        Sum("versioner.commits.finalized").Should().Be(1);
        Sum("versioner.verify.rows").Should().Be(report.Versions + report.Commits);
        HistogramCount("versioner.finalize.duration").Should().Be(1);
        HistogramCount("versioner.verify.duration").Should().Be(1);
    }

    private long Sum(string name)
    {
        var total = 0L;
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Tag(point, "db.system.name") == Engine)
                {
                    total = Math.Max(total, point.GetSumLong()); // cumulative: the last export holds the total
                }
            }
        }

        return total;
    }

    private long HistogramCount(string name)
    {
        var count = 0L;
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Tag(point, "db.system.name") == Engine)
                {
                    count = Math.Max(count, point.GetHistogramCount());
                }
            }
        }

        return count;
    }

    private static string? Tag(in MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}

public sealed class TelemetryTests_Sqlite : TelemetryTests<SqliteProvider>;
