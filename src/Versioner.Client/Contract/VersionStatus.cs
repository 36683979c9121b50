using System.Text.Json.Serialization;

namespace Versioner.Client;

/// <summary>Where an acknowledged version is: both states are durably stored.</summary>
public enum VersionStatus
{
    /// <summary>In a finalized commit, with a checksum.</summary>
    [JsonStringEnumMemberName("committed")]
    Committed,

    /// <summary>
    /// Stored in the service's working commit, to be finalized with others by the grouped commit policy. The commit
    /// id is already the one it will be finalized under.
    /// </summary>
    [JsonStringEnumMemberName("pending")]
    Pending,
}
