using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Versioner.Internal;

namespace Versioner.Bench;

/// <summary>
/// Scenario 3: Finalize's hashing. <see cref="VersionContent.ComputeChecksum"/> over contents built the way the Graph
/// builds them (<c>VersionedType.ToContent</c>), against <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>
/// over the same canonical bytes (from <see cref="CanonicalWriter"/>).
/// </summary>
internal static class HashBench
{
    public const string Scenario = "3 hash";

    public sealed class Inputs
    {
        public required Item[] Items { get; init; }

        public required VersionContent[] Contents { get; init; }

        public required byte[][] Canonical { get; init; }

        public required VersionedType Type { get; init; }

        public double AverageBytes => Canonical.Average(b => b.Length);
    }

    public static Inputs Build(int count)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new VersionedContext(connection);
        var type = VersionedModel.For(db).Get(typeof(Item));
        var rows = RowData.Generate(count);
        var items = rows.Select(r => new Item { EternalId = EternalId.New(), VersionId = VersionId.New(), Title = r.Title, Year = r.Year, Amount = r.Amount }).ToArray();
        var contents = items.Select(type.ToContent).ToArray();
        var canonical = contents.Select(Encode).ToArray();
        for (var i = 0; i < contents.Length; i += Math.Max(1, contents.Length / 100))
        {
            if (Checksum.Of(canonical[i]) != contents[i].ComputeChecksum())
            {
                throw new InvalidOperationException("The benchmark's canonical bytes differ from what ComputeChecksum hashes.");
            }
        }

        return new Inputs { Items = items, Contents = contents, Canonical = canonical, Type = type };
    }

    /// <summary>The canonical encoding ComputeChecksum hashes (docs/checksums.md, "Version"), written with the same internal writer.</summary>
    public static byte[] Encode(VersionContent content)
    {
        var writer = CanonicalWriter.Rent();
        try
        {
            writer.WriteDomain(VersionContent.Domain);
            writer.WriteString(content.EntityType);
            writer.WriteGuid(content.EternalId.Value);
            writer.WriteGuid(content.VersionId.Value);
            writer.WriteUInt32((uint)content.Fields.Count);
            foreach (var (name, value) in content.Fields)
            {
                writer.WriteString(name);
                value.WriteTo(writer);
            }

            return writer.Written.ToArray();
        }
        finally
        {
            CanonicalWriter.Return(writer);
        }
    }

    public static IReadOnlyList<Result> Run(BenchOptions options)
    {
        var inputs = Build(options.HashCount);
        var count = inputs.Contents.Length;
        var megabytes = inputs.Canonical.Sum(b => (long)b.Length) / 1e6;
        Harness.Log($"hash: {count:N0} contents, {inputs.AverageBytes:N0} canonical bytes on average");

        // Each sample hashes every content `passes` times, so a sample lasts long enough to time (~0.2 s or more).
        var passes = Math.Max(1, 400_000 / count);
        var versioner = new List<double>();
        var raw = new List<double>();
        var withContent = new List<double>();
        var sink = 0UL;
        for (var rep = -2; rep < options.ReadRepetitions; rep++)
        {
            Harness.Collect();
            var tv = Harness.Time(() =>
            {
                for (var p = 0; p < passes; p++)
                {
                    foreach (var content in inputs.Contents)
                    {
                        sink += (ulong)content.ComputeChecksum().GetHashCode();
                    }
                }
            });
            Harness.Collect();
            var tr = Harness.Time(() =>
            {
                Span<byte> hash = stackalloc byte[32];
                for (var p = 0; p < passes; p++)
                {
                    foreach (var bytes in inputs.Canonical)
                    {
                        SHA256.HashData(bytes, hash);
                        sink += hash[0];
                    }
                }
            });
            Harness.Collect();
            var tc = Harness.Time(() =>
            {
                for (var p = 0; p < passes; p++)
                {
                    foreach (var item in inputs.Items)
                    {
                        sink += (ulong)inputs.Type.ToContent(item).ComputeChecksum().GetHashCode();
                    }
                }
            });
            if (rep >= 0)
            {
                versioner.Add(passes * count / tv);
                raw.Add(passes * count / tr);
                withContent.Add(passes * count / tc);
            }
        }

        GC.KeepAlive(sink);
        var mbPerHash = megabytes / count;
        const string rawName = "raw SHA256.HashData over the canonical bytes";
        const string rawMb = "raw SHA256.HashData over the canonical bytes (MB/s)";
        return
        [
            new Result(Scenario, rawName, "hashes/s", [.. raw]),
            new Result(Scenario, "VersionContent.ComputeChecksum", "hashes/s", [.. versioner], rawName, 0.5),
            new Result(Scenario, "ToContent + ComputeChecksum (as SaveAllAsync, from entities)", "hashes/s", [.. withContent], rawName),
            new Result(Scenario, rawMb, "MB/s", [.. raw.Select(h => h * mbPerHash)]),
            new Result(Scenario, "VersionContent.ComputeChecksum (MB/s)", "MB/s", [.. versioner.Select(h => h * mbPerHash)], rawMb, 0.5),
        ];
    }
}

/// <summary>The hashing micro-benchmark under BenchmarkDotNet (<c>--bdn</c>), in process.</summary>
[MemoryDiagnoser]
public class HashBenchmarks
{
    private VersionContent[] _contents = [];
    private byte[][] _canonical = [];
    private readonly byte[] _hash = new byte[32];

    [GlobalSetup]
    public void Setup()
    {
        var inputs = HashBench.Build(1_000);
        _contents = inputs.Contents;
        _canonical = inputs.Canonical;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000)]
    public int RawSha256()
    {
        var x = 0;
        foreach (var bytes in _canonical)
        {
            SHA256.HashData(bytes, _hash);
            x += _hash[0];
        }

        return x;
    }

    [Benchmark(OperationsPerInvoke = 1_000)]
    public int ComputeChecksum()
    {
        var x = 0;
        foreach (var content in _contents)
        {
            x += content.ComputeChecksum().GetHashCode();
        }

        return x;
    }
}
