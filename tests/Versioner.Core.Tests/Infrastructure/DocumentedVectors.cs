using System.Text.RegularExpressions;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// The test vectors of docs/checksums.md: each <c>### Vector `name`</c> heading and the
/// <c>**Checksum:** `hex`</c> line that follows it (the same rule docs/checksums-reference.py uses).
/// </summary>
internal static partial class DocumentedVectors
{
    private static readonly Lazy<IReadOnlyDictionary<string, Checksum>> s_vectors = new(Read);

    public static string DocumentPath => Path.Combine(AppContext.BaseDirectory, "docs", "checksums.md");

    public static IReadOnlyDictionary<string, Checksum> All => s_vectors.Value;

    public static Checksum Expected(string name) =>
        All.TryGetValue(name, out var checksum)
            ? checksum
            : throw new KeyNotFoundException($"docs/checksums.md has no vector `{name}` with a **Checksum:** line.");

    private static Dictionary<string, Checksum> Read()
    {
        var vectors = new Dictionary<string, Checksum>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in File.ReadLines(DocumentPath))
        {
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                current = heading.Groups[1].Value;
                continue;
            }

            var checksum = ChecksumLine().Match(line);
            if (checksum.Success && current is not null)
            {
                vectors.Add(current, Checksum.Parse(checksum.Groups[1].Value));
                current = null;
            }
        }

        return vectors;
    }

    [GeneratedRegex(@"^### Vector `([a-z0-9-]+)`")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\*\*Checksum:\*\* `([0-9a-f]{64})`")]
    private static partial Regex ChecksumLine();
}
