namespace Versioner;

/// <summary>
/// The database records a Versioner storage format this version does not read: a newer Versioner wrote it (or the
/// record is damaged). Nothing was read or changed: this version refuses rather than misread or damage the history.
/// Open the database with a Versioner that reads its format (update the Versioner packages, or the <c>versioner</c> tool).
/// </summary>
public sealed class UnsupportedStorageFormatException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="recorded">The format the database records, as stored.</param>
    /// <param name="supported">The format this version reads and writes.</param>
    public UnsupportedStorageFormatException(string recorded, int supported)
        : base(Describe(recorded, supported))
    {
        Recorded = recorded;
        Supported = supported;
    }

    /// <summary>The storage format the database records, as stored in its <c>versioner_meta</c> table (key <c>format</c>).</summary>
    public string Recorded { get; }

    /// <summary>The storage format this version of Versioner reads and writes.</summary>
    public int Supported { get; }

    private static string Describe(string recorded, int supported) =>
        int.TryParse(recorded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var format) && format > supported
            ? $"This database is in Versioner storage format {format}, written by a newer Versioner; this version reads and writes format {supported}. Open it with a Versioner that reads format {format} (update the Versioner packages or the versioner tool); nothing was read or changed."
            : $"This database records the Versioner storage format '{recorded}' in versioner_meta (key 'format'), which is not a format this version knows (it reads and writes format {supported}); the record is damaged or was written by something else. Nothing was read or changed.";
}
