using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Versioner.Bench;

/// <summary>
/// Scenario 6, verify: <c>repository.VerifyAsync()</c> over a SQLite history with real checksums, in canonical bytes
/// hashed per second, against <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> over the same bytes (one
/// call per version and per commit, as Verify makes them), at three row sizes (small, 2 KB, and 64 KB: a large string field). Scenario 7, push: <c>PushAsync</c> of a
/// long linear history from SQLite to PostgreSQL (and back to a fresh SQLite file), in versions per second, against
/// the bulk write path (one <c>SaveAllAsync</c> + <c>FinalizeAsync</c> of as many versions) in the same run.
/// </summary>
internal static class TrustBench
{
    public const string VerifyScenario = "6 verify";
    public const string PushScenario = "7 push";

    public static async Task<IReadOnlyList<Result>> VerifyAsync(BenchOptions options)
    {
        var results = new List<Result>();
        var reps = Math.Max(3, options.Repetitions);
        var sizes = options.Quick
            ? new[] { (Label: "small rows", Commits: 500, PerCommit: 100, Title: 0), (Label: "2 KB rows", Commits: 100, PerCommit: 100, Title: 2_000), (Label: "64 KB rows", Commits: 20, PerCommit: 50, Title: 64_000) }
            : [("small rows", 2_000, 100, 0), ("2 KB rows", 500, 100, 2_000), ("64 KB rows", 40, 50, 64_000)];
        foreach (var (label, commits, perCommit, title) in sizes)
        {
            var path = Sqlite.NewPath("verify");
            try
            {
                Harness.Log($"verify: generating {commits:N0} commits of {perCommit} versions ({label})");
                var history = VerifiableHistory.Build(path, commits, perCommit, title);
                var megabytes = history.Bytes / 1e6;
                var average = history.Canonical.Take((int)history.Versions).Average(b => b.Length);
                using var connection = Sqlite.Open(path);
                await using var db = new VersionedContext(connection);
                var repo = await Repository.OpenAsync(db);
                var hash = new List<double>();
                var verify = new List<double>();
                var read = new List<double>();
                var join = new List<double>();
                var bound = new List<double>();
                var digest = new byte[32];
                for (var rep = -1; rep < reps; rep++)
                {
                    Harness.Collect();
                    var h = Harness.Time(() =>
                    {
                        foreach (var bytes in history.Canonical)
                        {
                            SHA256.HashData(bytes, digest);
                        }
                    });
                    Harness.Collect();
                    VerifyReport? report = null;
                    var v = await Harness.TimeAsync(async () => report = await repo.VerifyAsync());
                    if (!report!.IsValid || report.Versions != history.Versions)
                    {
                        throw new InvalidOperationException($"verify: the generated history did not verify: {report}");
                    }

                    Harness.Collect();
                    var r = Harness.Time(() => ReadRows(connection));
                    Harness.Collect();
                    var j = Harness.Time(() => StepJoin(connection));
                    if (rep >= 0)
                    {
                        hash.Add(megabytes / h);
                        verify.Add(megabytes / v);
                        read.Add(r);
                        join.Add(j);
                        bound.Add(megabytes / (h + j));
                    }
                }

                // The same history on PostgreSQL (pushed there untimed), when a server is reachable: Verify's rate on the
                // server engine, against the same baseline. With --cpu-time the server backend's CPU counts too.
                var onPostgres = new List<double>();
                if (Postgres.Unreachable() is null)
                {
                    var cs = await Postgres.CreateAsync("verify");
                    try
                    {
                        await using var pgDb = new PgVersionedContext(cs);
                        await pgDb.Database.EnsureCreatedAsync();
                        var pgConnection = await Postgres.OpenAsync(pgDb);
                        var pgRepo = await Repository.OpenAsync(pgDb);
                        await repo.PushAsync(pgRepo, "main");
                        for (var rep = -1; rep < reps; rep++)
                        {
                            Harness.Collect();
                            VerifyReport? pgReport = null;
                            var seconds = await Postgres.TimeAsync(async () => pgReport = await pgRepo.VerifyAsync(), pgConnection);
                            if (!pgReport!.IsValid || pgReport.Versions != history.Versions)
                            {
                                throw new InvalidOperationException($"verify: the history pushed to PostgreSQL did not verify: {pgReport}");
                            }

                            if (rep >= 0)
                            {
                                onPostgres.Add(megabytes / seconds);
                            }
                        }
                    }
                    finally
                    {
                        await Postgres.DropAsync(cs);
                    }
                }

                var baseline = $"raw SHA256.HashData over the same canonical bytes ({label})";
                results.Add(new(VerifyScenario, baseline, "MB/s", [.. hash]));
                results.Add(new(VerifyScenario, $"**Versioner VerifyAsync ({label}: {history.Versions:N0} versions averaging {average:N0} B, {commits:N0} commits, {megabytes:N0} MB hashed)**", "MB/s", [.. verify], baseline, 0.5));
                if (onPostgres.Count > 0)
                {
                    results.Add(new(VerifyScenario, $"Versioner VerifyAsync on PostgreSQL, the same history ({label})", "MB/s", [.. onPostgres], baseline, 0.5));
                }

                results.Add(new(VerifyScenario, $"  for scale: reading every version and change row raw, no hashing ({label})", "s", [.. read], HigherIsBetter: false));
                results.Add(new(VerifyScenario, $"  for scale: Versioner VerifyAsync time ({label})", "s", [.. verify.Select(v => megabytes / v)], HigherIsBetter: false));
                results.Add(new(VerifyScenario, $"  for scale: the join Verify's version pass steps, run inside SQLite alone, every column touched, no row returned to .NET ({label})", "s", [.. join], HigherIsBetter: false));
                results.Add(new(VerifyScenario, $"  bound: a Verify that stepped that join and did nothing but hash, in CPU time (hashing + the join alone) ({label})", "MB/s", [.. bound], baseline));
            }
            finally
            {
                Sqlite.Delete(path);
            }
        }

        return results;
    }

    /// <summary>What Verify must at least read: every typed row and every change row, through a plain data reader.</summary>
    private static void ReadRows(SqliteConnection connection)
    {
        long sink = 0;
        foreach (var sql in new[] { RawSchema.Select, "SELECT commit_id, eternal_id, entity_type, version_id, version_checksum FROM versioner_changes" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    sink += reader.IsDBNull(i) ? 0 : reader.GetValue(i) is string s ? s.Length : 1;
                }
            }
        }

        GC.KeepAlive(sink);
    }

    /// <summary>
    /// The join Verify's version pass steps (every change row of a finalized commit with its version row), run by
    /// SQLite alone: every column is touched, one aggregate row comes back, so no .NET code runs per row. What any
    /// Verify reading through this join pays before its first byte reaches .NET.
    /// </summary>
    private static void StepJoin(SqliteConnection connection)
    {
        const string sql = """
            SELECT sum(length(c.commit_id) + length(c.version_id) + length(c.version_checksum) + length(c.eternal_id)
                + length(t."VersionId") + octet_length(t."Title") + t."Year" + length(t."Amount") + length(t."EternalId") + length(t."CommitId"))
            FROM versioner_changes c
            JOIN versioner_commits k ON k.id = c.commit_id
            LEFT JOIN "Items" t ON t."VersionId" = c.version_id
            WHERE c.entity_type = 'Item' AND c.version_id IS NOT NULL AND k.state = 1
            """;
        GC.KeepAlive(Sqlite.Scalar(connection, sql));
    }

    public static async Task<IReadOnlyList<Result>> PushAsync(BenchOptions options)
    {
        const int perCommit = 5;
        var commits = options.PushCommits;
        var path = Sqlite.NewPath("push-source");
        var back = new List<string>();
        try
        {
            Harness.Log($"push: generating {commits:N0} commits of {perCommit} versions");
            var history = VerifiableHistory.Build(path, commits, perCommit, 0);
            var versions = history.Versions;
            var rows = RowData.Generate((int)versions);
            var bulk = new List<double>();
            var push = new List<double>();
            var pull = new List<double>();
            var reps = options.Quick ? 2 : 1;
            using var connection = Sqlite.Open(path);
            await using var sourceDb = new VersionedContext(connection);
            var source = await Repository.OpenAsync(sourceDb);
            for (var rep = 0; rep < reps; rep++)
            {
                Harness.Log($"push: repetition {rep + 1}/{reps}: bulk write of {versions:N0} versions on PostgreSQL");
                Harness.Collect();
                bulk.Add(versions / await BulkWriteAsync(rows));

                Harness.Log($"push: SQLite -> PostgreSQL, {commits:N0} commits");
                var cs = await Postgres.CreateAsync("push");
                try
                {
                    await using var targetDb = new PgVersionedContext(cs);
                    await targetDb.Database.EnsureCreatedAsync();
                    var pg = await Postgres.OpenAsync(targetDb);
                    var target = await Repository.OpenAsync(targetDb);
                    Harness.Collect();
                    TransferResult? pushed = null;
                    push.Add(versions / await Postgres.TimeAsync(async () => pushed = await source.PushAsync(target, "main"), pg));
                    if (pushed!.Commits != commits || pushed.Versions != versions)
                    {
                        throw new InvalidOperationException($"push: copied {pushed.Commits} commits and {pushed.Versions} versions, expected {commits} and {versions}.");
                    }

                    Harness.Log("push: PostgreSQL -> a fresh SQLite file");
                    var backPath = Sqlite.NewPath("push-back");
                    back.Add(backPath);
                    using var backConnection = Sqlite.Open(backPath);
                    await using var backDb = new VersionedContext(backConnection);
                    await backDb.Database.EnsureCreatedAsync();
                    var copy = await Repository.OpenAsync(backDb);
                    Harness.Collect();
                    pull.Add(versions / await Postgres.TimeAsync(() => target.PushAsync(copy, "main"), pg));
                    if (!(await source.CompareAsync(copy)).IsIdentical)
                    {
                        throw new InvalidOperationException("push: the round trip is not identical to the source.");
                    }
                }
                finally
                {
                    await Postgres.DropAsync(cs);
                }
            }

            var baseline = $"bulk write path on PostgreSQL: SaveAllAsync + FinalizeAsync of {versions:N0} versions (one commit)";
            return
            [
                new(PushScenario, baseline, "versions/s", [.. bulk]),
                new(PushScenario, $"**PushAsync SQLite -> PostgreSQL, {commits:N0} commits of {perCommit} versions**", "versions/s", [.. push], baseline),
                new(PushScenario, $"PushAsync PostgreSQL -> SQLite (a fresh file), the same {commits:N0} commits", "versions/s", [.. pull], baseline),
                new(PushScenario, "  push SQLite -> PostgreSQL, commits per second", "commits/s", [.. push.Select(v => v / perCommit)]),
            ];
        }
        finally
        {
            Sqlite.Delete(path);
            foreach (var file in back)
            {
                Sqlite.Delete(file);
            }
        }
    }

    /// <summary>The bulk write path's time for as many versions: the same save + finalize as scenario 5.</summary>
    private static async Task<double> BulkWriteAsync(RowData[] rows)
    {
        var (save, finalize) = await BulkBench.VersionerAsync(rows);
        return save + finalize;
    }
}
