namespace Versioner.Internal;

/// <summary>What part of a working commit to finalize: whole entities, and single fields of others.</summary>
internal sealed class StageSelection
{
    public HashSet<EternalId> Entities { get; } = [];

    public Dictionary<EternalId, HashSet<string>> Fields { get; } = [];

    public bool IsEmpty => Entities.Count == 0 && Fields.Count == 0;
}
