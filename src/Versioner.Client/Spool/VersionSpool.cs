using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Versioner.Client.Spool;

/// <summary>
/// A folder of versions waiting to be sent, one JSON file each, named so that their order is the order they were
/// spooled. A file is written under a temporary name, flushed to disk and then renamed, so a crash leaves either the
/// whole version or nothing; leftovers of interrupted writes are removed on open. Not shared between processes.
/// </summary>
internal sealed class VersionSpool
{
    private const string Extension = ".json";
    private const string Partial = ".partial";
    private readonly object _lock = new();
    private long _sequence;

    public VersionSpool(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = System.IO.Path.GetFullPath(directory);
        RejectedDirectory = System.IO.Path.Combine(Directory, "rejected");
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var partial in System.IO.Directory.EnumerateFiles(Directory, "*" + Partial))
        {
            File.Delete(partial);
        }

        _sequence = Entries().Select(e => Sequence(e.Path)).DefaultIfEmpty(0).Max();
    }

    public string Directory { get; }

    public string RejectedDirectory { get; }

    public int Count => Entries().Count;

    /// <summary>Writes <paramref name="version"/> (which has its version id) durably; returns once it is on disk.</summary>
    public async Task AddAsync(DataObjectVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        long sequence;
        lock (_lock)
        {
            sequence = ++_sequence;
        }

        var name = $"{sequence.ToString("D19", CultureInfo.InvariantCulture)}-{version.VersionId:N}{Extension}";
        var path = System.IO.Path.Combine(Directory, name);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(version, ContractJsonContext.Default.DataObjectVersion);
        await using (var stream = new FileStream(path + Partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(path + Partial, path);
    }

    /// <summary>The spooled versions, oldest first.</summary>
    public IReadOnlyList<SpoolEntry> Entries() =>
        System.IO.Directory.EnumerateFiles(Directory, "*" + Extension)
            .Select(path => (Path: path, Name: System.IO.Path.GetFileNameWithoutExtension(path)))
            .Where(f => f.Name.Length == 52 && f.Name[19] == '-')
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new SpoolEntry(f.Path, Guid.ParseExact(f.Name[20..], "N")))
            .ToArray();

    /// <summary>Reads a spooled version, or null when its file cannot be read as one (it is then moved aside).</summary>
    public async Task<DataObjectVersion?> ReadAsync(SpoolEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var bytes = await File.ReadAllBytesAsync(entry.Path, cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize(bytes, ContractJsonContext.Default.DataObjectVersion);
        }
        catch (JsonException ex)
        {
            Reject(entry, $"The spooled file is not a readable version: {ex.Message}");
            return null;
        }
    }

    /// <summary>Deletes a version that was acknowledged.</summary>
    public void Remove(SpoolEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.Equals(System.IO.Path.GetDirectoryName(entry.Path), Directory, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{entry.Path} is not in the spool {Directory}.", nameof(entry));
        }

        File.Delete(entry.Path);
    }

    /// <summary>Moves a version the service refused for good to <see cref="RejectedDirectory"/>, with the reason beside it.</summary>
    public string Reject(SpoolEntry entry, string reason)
    {
        ArgumentNullException.ThrowIfNull(entry);
        System.IO.Directory.CreateDirectory(RejectedDirectory);
        var target = System.IO.Path.Combine(RejectedDirectory, System.IO.Path.GetFileName(entry.Path));
        File.WriteAllText(target + ".reason.txt", reason, Encoding.UTF8);
        File.Move(entry.Path, target, overwrite: true);
        return target;
    }

    private static long Sequence(string path) =>
        long.TryParse(System.IO.Path.GetFileName(path).AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
