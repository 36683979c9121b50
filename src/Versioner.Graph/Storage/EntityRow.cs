namespace Versioner.Storage;

/// <summary>An eternal id: the target of references and foreign keys, whatever the current version.</summary>
internal sealed class EntityRow
{
    public EternalId EternalId { get; set; }
    public string EntityType { get; set; } = "";
}
