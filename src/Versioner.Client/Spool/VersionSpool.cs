using System.Globalization;
using System.Text;
using Versioner.Client.Telemetry;

namespace Versioner.Client.Spool;

/// <summary>
/// A folder of versions waiting to be sent, one file each (a <see cref="SpoolRecord"/>: length, checksum, JSON), named
/// <c>{sequence}-{versionId}.spool</c> so that their order is the order they were spooled. A file is written under a
/// temporary name, flushed to disk, renamed, and the folder flushed, so a crash leaves either the whole version or
/// nothing; leftovers of interrupted writes are removed on open. A file that is damaged all the same (truncated, a
/// flipped bit, another version's content) is moved to <c>rejected/</c> with the reason, never resent. Files of the
/// first format (<c>.json</c>, without checksum) are still read. One publisher at a time: it holds an exclusive lock
/// on <c>publisher.lock</c> in the folder while open (released by the operating system when the process ends, killed
/// or not), so a second one, in this process or another, is refused instead of deleting the first one's writes in
/// progress, taking its sequence numbers and resending its files.
/// </summary>
internal sealed class VersionSpool : IDisposable
{
    private const string LockName = "publisher.lock";
    private const string Extension = ".spool";
    private const string UnframedExtension = ".json";
    private const string Partial = ".partial";
    private const int NameLength = 52; // 19-digit sequence, '-', 32 hex digits
    private readonly object _lock = new();
    private readonly FileStream _owner;
    private long _sequence;

    /// <exception cref="IOException">Another publisher has the folder open, or it cannot be created or read.</exception>
    public VersionSpool(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = System.IO.Path.GetFullPath(directory);
        RejectedDirectory = System.IO.Path.Combine(Directory, "rejected");
        System.IO.Directory.CreateDirectory(Directory);
        var lockPath = System.IO.Path.Combine(Directory, LockName);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock on Linux and macOS), per open file: also within one process.
            _owner = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException(
                $"The spool {Directory} is in use by another publisher, in this process or another (it holds {lockPath}). " +
                "Give each publisher a spool folder of its own (VersionPublisherOptions.SpoolDirectory), or dispose the other one first.", ex);
        }

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
        var record = SpoolRecord.Encode(version);
        await using (var stream = new FileStream(path + Partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(record, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(path + Partial, path);
        DirectorySync.Flush(Directory);
    }

    /// <summary>The spooled versions, oldest first.</summary>
    public IReadOnlyList<SpoolEntry> Entries() =>
        System.IO.Directory.EnumerateFiles(Directory)
            .Select(path => (Path: path, Name: System.IO.Path.GetFileNameWithoutExtension(path), Extension: System.IO.Path.GetExtension(path)))
            .Where(f => f.Extension is Extension or UnframedExtension && f.Name.Length == NameLength && f.Name[19] == '-'
                && long.TryParse(f.Name.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && Guid.TryParseExact(f.Name.AsSpan(20), "N", out _))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new SpoolEntry(f.Path, Guid.ParseExact(f.Name.AsSpan(20), "N"), Framed: f.Extension == Extension))
            .ToArray();

    /// <summary>Reads a spooled version; a damaged file is moved to <see cref="RejectedDirectory"/> with the reason instead.</summary>
    public async Task<SpoolRead> ReadAsync(SpoolEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var bytes = await File.ReadAllBytesAsync(entry.Path, cancellationToken).ConfigureAwait(false);
        var (version, damage) = entry.Framed ? SpoolRecord.Decode(bytes, entry.VersionId) : SpoolRecord.DecodeUnframed(bytes, entry.VersionId);
        return damage is null ? new SpoolRead(version, null) : new SpoolRead(null, Reject(entry, damage));
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

    /// <summary>
    /// Moves a version's file to <see cref="RejectedDirectory"/> with the reason beside it (<c>.reason.txt</c>), and
    /// counts it (<see cref="Telemetry.ClientMetrics.Rejected"/>) in a <c>versioner.client.spool.reject</c> span: the
    /// service refused it for good, or the file is damaged.
    /// </summary>
    public RejectedVersion Reject(SpoolEntry entry, SpoolRejection why)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(why);

        // A version that will never reach the service is an error for its publisher, though moving it aside succeeds.
        using var activity = Telemetry.ClientTracing.Source.StartActivity("versioner.client.spool.reject", System.Diagnostics.ActivityKind.Internal);
        activity?.SetTag("versioner.version.id", entry.VersionId.ToString());
        activity.Failed(why.Kind, why.Reason);
        System.IO.Directory.CreateDirectory(RejectedDirectory);
        var target = System.IO.Path.Combine(RejectedDirectory, System.IO.Path.GetFileName(entry.Path));
        File.WriteAllText(target + ".reason.txt", why.Reason, Encoding.UTF8);
        File.Move(entry.Path, target, overwrite: true);
        Telemetry.ClientMetrics.Rejected.Add(1, new KeyValuePair<string, object?>("error.type", why.Kind));
        return new RejectedVersion(entry.VersionId, why.Reason, target);
    }

    /// <summary>Releases the folder to the next publisher.</summary>
    public void Dispose() => _owner.Dispose();

    private static long Sequence(string path) =>
        long.TryParse(System.IO.Path.GetFileName(path).AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
