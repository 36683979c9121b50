using System.Text.Json.Serialization;

namespace Versioner.Client;

/// <summary>What a <see cref="DataObjectVersion"/> does to its entity.</summary>
public enum VersionOperation
{
    /// <summary>Stores the data as the entity's new state (creating the entity when it is new).</summary>
    [JsonStringEnumMemberName("upsert")]
    Upsert,

    /// <summary>Removes the entity from the current state; its history stays.</summary>
    [JsonStringEnumMemberName("delete")]
    Delete,
}
