using System.Runtime.InteropServices;

namespace Versioner.Client.Spool;

/// <summary>
/// Flushes a directory's entries to disk. A rename is durable only once its directory is: without this, a power loss
/// after <c>File.Move</c> may bring back the spool without the file, though the version was reported spooled.
/// </summary>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0; // O_RDONLY on Linux and macOS
    private const int InvalidArgument = 22; // EINVAL: the file system cannot sync a directory

    /// <summary>fsync(2) on <paramref name="directory"/> (Linux and macOS; elsewhere nothing: NTFS journals the rename).</summary>
    /// <exception cref="IOException">The directory could not be opened or flushed.</exception>
    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open the spool directory {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() is var error and not InvalidArgument)
            {
                throw new IOException($"Could not flush the spool directory {directory} to disk (errno {error}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
