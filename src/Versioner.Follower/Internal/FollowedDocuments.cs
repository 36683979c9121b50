using Microsoft.EntityFrameworkCore;

namespace Versioner.Internal;

/// <summary>A dynamic document type (a type name and JSON, saved with <c>Workspace.SaveDocumentAsync</c>) a follower keeps.</summary>
internal sealed class FollowedDocuments(string entityType) : FollowedType
{
    public string EntityType { get; } = entityType;

    public override object Identity => EntityType;

    public override int Slot => -1;

    public override string NameIn(DbContext context) => EntityType;

    public override async Task<object> LoadAsync(Snapshot snapshot, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<EternalId, Document>();
        await foreach (var document in snapshot.DocumentsAsync(EntityType, cancellationToken).ConfigureAwait(false))
        {
            byId[document.EternalId] = document;
        }

        return LayeredMap<EternalId, Document>.From(byId);
    }

    public override async Task<object> ApplyAsync(object table, Repository repository, Snapshot snapshot, IReadOnlyCollection<EntityChange> changed, IReadOnlyCollection<EternalId> removed, CancellationToken cancellationToken)
    {
        var changes = removed.Select(id => new KeyValuePair<EternalId, Document?>(id, null)).ToList();
        await foreach (var document in snapshot.FindDocumentsAsync(EntityType, changed.Select(c => c.EternalId), cancellationToken).ConfigureAwait(false))
        {
            changes.Add(new(document.EternalId, document));
        }

        return ((LayeredMap<EternalId, Document>)table).With(changes);
    }
}
