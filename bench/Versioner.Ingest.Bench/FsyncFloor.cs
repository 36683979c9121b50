using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Versioner.Ingest.Bench;

/// <summary>
/// What one writer can commit durably on this disk: raw Microsoft.Data.Sqlite, WAL, synchronous=FULL (the service's
/// pragmas), a file in /tmp, one INSERT of the message JSON + COMMIT per transaction, back to back. The PerRequest
/// policy cannot acknowledge faster than this: it has one writer and one transaction per request.
/// </summary>
internal static class FsyncFloor
{
    public static async Task<Result> RunAsync(Sizes sizes)
    {
        const string name = "raw SQLite: 1 INSERT + COMMIT per transaction (WAL, synchronous=FULL), 1 writer";
        Console.Write($"{name}: ");
        var path = Path.Combine(Path.GetTempPath(), $"versioner-ingest-bench-raw-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            await using (var setup = connection.CreateCommand())
            {
                setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t(id TEXT PRIMARY KEY, body TEXT NOT NULL);";
                await setup.ExecuteNonQueryAsync();
            }

            var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long commits = 0;
            var duration = sizes.Duration / 2;
            while (clock.Elapsed < duration)
            {
                await using var transaction = connection.BeginTransaction();
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO t(id, body) VALUES ($id, $body)";
                insert.Parameters.AddWithValue("$id", Guid.CreateVersion7().ToString());
                insert.Parameters.AddWithValue("$body", HttpBench.Upsert((int)commits));
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                commits++;
            }

            var wall = clock.Elapsed;
            process.Refresh();
            var result = new Result(name, commits, wall, process.TotalProcessorTime - cpuBefore,
                $"{duration.TotalSeconds:F1} s; mean {wall.TotalMilliseconds / commits:F2} ms per durable commit; file on {Path.GetTempPath()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Rate:N0}/s ({result.Detail})"));
            return result;
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }
}
