using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Versioner.Ingest.Bench;

/// <summary>
/// The storage floor of <c>POST /versions/batch</c>: what raw Microsoft.Data.Sqlite needs to write exactly the rows the
/// service's batch path writes per new version (one row each in versioner_entities, versioner_documents,
/// versioner_changes and ingest_versions) plus the two lookups it makes per transaction (idempotency records, entity
/// types; both <c>IN (SELECT value FROM json_each(@p0))</c>), in transactions of one batch, into the schema the service
/// creates itself (its own start on a fresh file: same tables, keys, indexes, triggers; WAL), with
/// <c>synchronous=FULL</c> and foreign keys on, as EF opens the service's connection. The per-transaction finalize
/// (five statements per 1,000 versions) is left out. Each transaction's values (ids as upper-case text, canonical data,
/// 32-byte checksum and content hash; for the JSON form, the JSON texts) are made before its clock and CPU reading
/// start, so only SQLite and the provider are timed.
/// </summary>
internal static class StorageFloor
{
    private const string Entities = "INSERT INTO versioner_entities (eternal_id, entity_type) VALUES (@p0, @p1)";
    private const string Documents = "INSERT INTO versioner_documents (version_id, eternal_id, commit_id, entity_type, data) VALUES (@p0, @p1, @p2, @p3, @p4)";
    private const string Changes = "INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, version_checksum, segment, depth, adopted) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)";
    private const string Records = "INSERT INTO ingest_versions (version_id, entity_type, eternal_id, operation, stored_version_id, commit_id, author, timestamp_ticks, message, source, content_hash, received_ticks) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)";

    private const string FindRecords = "SELECT v.version_id, v.entity_type, v.eternal_id, v.operation, v.commit_id, v.author, v.content_hash, EXISTS (SELECT 1 FROM versioner_redacted_versions r WHERE r.version_id = v.stored_version_id) FROM ingest_versions v WHERE v.version_id IN (SELECT unhex(value) FROM json_each(@p0))";
    private const string FindTypes = "SELECT eternal_id, entity_type FROM versioner_entities WHERE eternal_id IN (SELECT unhex(value) FROM json_each(@p0))";

    /// <summary>The same inserts as one statement per table over a JSON array of rows (as Graph's BulkInsert writes them).</summary>
    private const string EntitiesJson = "INSERT INTO versioner_entities (eternal_id, entity_type) SELECT unhex(j.value ->> 0), j.value ->> 1 FROM json_each(CAST(@p0 AS TEXT)) AS j";
    private const string DocumentsJson = "INSERT INTO versioner_documents (version_id, eternal_id, commit_id, entity_type, data) SELECT unhex(j.value ->> 0), unhex(j.value ->> 1), unhex(j.value ->> 2), j.value ->> 3, j.value ->> 4 FROM json_each(CAST(@p0 AS TEXT)) AS j";
    private const string ChangesJson = "INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, version_checksum, segment, depth, adopted) SELECT unhex(j.value ->> 0), unhex(j.value ->> 1), j.value ->> 2, unhex(j.value ->> 3), unhex(j.value ->> 4), j.value ->> 5, j.value ->> 6, j.value ->> 7 FROM json_each(CAST(@p0 AS TEXT)) AS j";
    private const string RecordsJson = "INSERT INTO ingest_versions (version_id, entity_type, eternal_id, operation, stored_version_id, commit_id, author, timestamp_ticks, message, source, content_hash, received_ticks) SELECT unhex(j.value ->> 0), j.value ->> 1, unhex(j.value ->> 2), j.value ->> 3, unhex(j.value ->> 4), unhex(j.value ->> 5), j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 9, unhex(j.value ->> 10), j.value ->> 11 FROM json_each(CAST(@p0 AS TEXT)) AS j";

    /// <summary>Both forms: prepared INSERTs reused for every row, then one INSERT ... SELECT FROM json_each per table.</summary>
    public static async Task<IReadOnlyList<Result>> RunAsync(Sizes sizes) =>
        [await RunAsync(sizes, json: false), await RunAsync(sizes, json: true)];

    private static async Task<Result> RunAsync(Sizes sizes, bool json)
    {
        var name = $"storage floor: raw SQLite, the batch path's 4 rows per version + 2 lookups, {(json ? "1 INSERT ... SELECT FROM json_each per table" : "prepared INSERTs reused per row")}";
        Console.Write($"{name}: ");

        // The schema as the service creates it: start it on a fresh file, note its working commit, stop it.
        await using var host = await Hosts.StartServiceAsync("PerRequest");
        await host.StopAsync();
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync();
        Run(connection, "PRAGMA synchronous=FULL");
        var (commit, segment, depth) = WorkingCommit(connection);

        using var findRecords = Prepare(connection, FindRecords, 1);
        using var findTypes = Prepare(connection, FindTypes, 1);
        SqliteCommand[] inserts = json
            ? [Prepare(connection, EntitiesJson, 1), Prepare(connection, DocumentsJson, 1), Prepare(connection, ChangesJson, 1), Prepare(connection, RecordsJson, 1)]
            : [Prepare(connection, Entities, 2), Prepare(connection, Documents, 5), Prepare(connection, Changes, 8), Prepare(connection, Records, 12)];

        var process = Process.GetCurrentProcess();
        var wall = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        var (lookups, writes, commits) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        var perTable = new TimeSpan[inserts.Length];
        var pagesBefore = 0L;
        long versions = 0, transactions = 0;
        var sequence = 0;
        var received = DateTime.UtcNow.Ticks;
        for (var warm = 2; warm > 0 || wall < sizes.BatchDuration / 2; warm--)
        {
            // Untimed: this transaction's values.
            var rows = Enumerable.Range(sequence, sizes.BatchSize).Select(n => Row.Make(n, commit, segment, depth, received)).ToArray();
            sequence += sizes.BatchSize;
            var versionIds = JsonSerializer.Serialize(rows.Select(r => r.VersionId));
            var eternalIds = JsonSerializer.Serialize(rows.Select(r => r.EternalId));
            var bodies = json ? Enumerable.Range(0, inserts.Length).Select(t => Utf8Json(rows.Select(r => r.Tables[t]))).ToArray() : [];
            if (warm == 0)
            {
                pagesBefore = Count(connection, "PRAGMA page_count");
            }

            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var command in inserts.Append(findRecords).Append(findTypes))
                {
                    command.Transaction = transaction;
                }

                Drain(findRecords, versionIds);
                Drain(findTypes, eternalIds);
                var looked = clock.Elapsed;

                // Foreign keys: the eternal ids before the version and change rows that name them, as the service flushes.
                for (var t = 0; t < inserts.Length; t++)
                {
                    var started = clock.Elapsed;
                    if (json)
                    {
                        inserts[t].Parameters[0].Value = bodies[t];
                        inserts[t].ExecuteNonQuery();
                    }
                    else
                    {
                        foreach (var row in rows)
                        {
                            Execute(inserts[t], row.Tables[t]);
                        }
                    }

                    if (warm <= 0)
                    {
                        perTable[t] += clock.Elapsed - started;
                    }
                }

                var written = clock.Elapsed;
                transaction.Commit();
                if (warm <= 0)
                {
                    (lookups, writes, commits) = (lookups + looked, writes + written - looked, commits + clock.Elapsed - written);
                }
            }

            var elapsed = clock.Elapsed;
            process.Refresh();
            if (warm <= 0)
            {
                wall += elapsed;
                cpu += process.TotalProcessorTime - cpuBefore;
                versions += rows.Length;
                transactions++;
            }
        }

        foreach (var command in inserts)
        {
            command.Dispose();
        }

        var stored = Count(connection, "SELECT COUNT(*) FROM ingest_versions");
        var grown = (Count(connection, "PRAGMA page_count") - pagesBefore) * Count(connection, "PRAGMA page_size") / 1024.0 / transactions;
        var result = new Result(name, versions, wall, cpu,
            $"{transactions} transactions of {sizes.BatchSize:N0} after 2 untimed, {Ms(wall)} ms each: lookups {Ms(lookups)}, inserts {Ms(writes)} (entities {Ms(perTable[0])}, documents {Ms(perTable[1])}, changes {Ms(perTable[2])}, ingest_versions {Ms(perTable[3])}), commit {Ms(commits)}; the file grew {grown:F0} KB per transaction (values made outside the timing); {stored:N0} rows in ingest_versions incl. warm-up");
        string Ms(TimeSpan total) => (total.TotalMilliseconds / transactions).ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Rate:N0} versions/s ({result.Detail})"));
        return result;
    }

    /// <summary>
    /// One new version's four rows, each as the values of its table's columns, as SQLite stores them (ids as 16 bytes
    /// in RFC 9562 order, storage format 3), and the ids looked up as the service binds them (32 hex digits).
    /// </summary>
    private sealed record Row(string VersionId, string EternalId, object?[][] Tables)
    {
        public static Row Make(int n, byte[] commit, long segment, long depth, long received)
        {
            var ingestId = Id(Guid.CreateVersion7());
            var storedId = Id(Guid.CreateVersion7());
            var eternalId = Id(Guid.CreateVersion7());
            var checksum = RandomBytes();
            var hash = RandomBytes();
            var data = $$"""{"customer":"ACME Corp","number":{{n}},"total":12.50}""";
            return new Row(Convert.ToHexString(ingestId), Convert.ToHexString(eternalId), [
                [eternalId, "Invoice"],
                [storedId, eternalId, commit, "Invoice", data],
                [commit, eternalId, "Invoice", storedId, checksum, segment, depth, 0L],
                [ingestId, "Invoice", eternalId, "upsert", storedId, commit, "ada", 638739126000000000L, $"invoice {n}", "billing", hash, received]]);
        }

        private static byte[] Id(Guid id) => id.ToByteArray(bigEndian: true);

        private static byte[] RandomBytes()
        {
            var bytes = new byte[32];
            Random.Shared.NextBytes(bytes);
            return bytes;
        }
    }

    private static (byte[] Commit, long Segment, long Depth) WorkingCommit(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.id, c.segment, c.depth FROM ingest_state s JOIN versioner_commits c ON c.id = unhex(replace(s.value, '-', '')) WHERE s.name = 'working_commit'";
        using var reader = command.ExecuteReader();
        return reader.Read() ? ((byte[])reader.GetValue(0), reader.GetInt64(1), reader.GetInt64(2)) : throw new InvalidOperationException("The service left no working commit.");
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"@p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Execute(SqliteCommand command, object?[] values)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Runs a lookup of the transaction's new ids (a JSON array of 32 hex digits each, as the service binds it); it finds none.</summary>
    private static void Drain(SqliteCommand query, string ids)
    {
        query.Parameters[0].Value = ids;
        using var reader = query.ExecuteReader();
        if (reader.Read())
        {
            throw new InvalidOperationException("A new id was found already stored.");
        }
    }

    /// <summary>Rows as a JSON array of arrays (bytes as hex, for unhex), UTF-8.</summary>
    private static byte[] Utf8Json(IEnumerable<object?[]> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case string text: writer.WriteStringValue(text); break;
                        case byte[] bytes: writer.WriteStringValue(Convert.ToHexString(bytes)); break;
                        case long number: writer.WriteNumberValue(number); break;
                        default: writer.WriteNullValue(); break;
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
