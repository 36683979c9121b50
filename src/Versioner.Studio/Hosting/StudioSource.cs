namespace Versioner.Studio.Hosting;

/// <summary>
/// Where the Studio's pages get their repository, and the one write the non-generic API does not offer: saving a
/// value typed into a merge resolution. Embedded, the app's typed model (<see cref="TypedModelSource{TContext}"/>);
/// standalone, the model-free opening of any database.
/// </summary>
internal abstract class StudioSource
{
    /// <summary>The repository of this request (scoped: one per request).</summary>
    public abstract Repository Repository { get; }

    /// <summary>
    /// Saves <paramref name="values"/> (field name to the text typed for it) over the working state of one entity in
    /// <paramref name="workspace"/>, each checked against the field's type first.
    /// </summary>
    /// <exception cref="StudioInputException">A value does not fit its field's type; nothing was saved.</exception>
    public abstract Task SaveFieldsAsync(Workspace workspace, string entityType, EternalId eternalId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}
