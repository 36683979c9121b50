using System.Reflection;

namespace Versioner.Studio.Hosting;

/// <summary>
/// Where the Studio's pages get their repository: embedded, the app's own (<see cref="TypedModelSource{TContext}"/>);
/// standalone, the model-free opening of any database (<see cref="ModelFreeSource"/>). One per request.
/// </summary>
internal abstract class StudioSource
{
    private static readonly MethodInfo FindMethod = typeof(Snapshot).GetMethod(nameof(Snapshot.FindAsync))!;
    private static readonly MethodInfo SaveMethod = typeof(Workspace).GetMethods()
        .Single(m => m.Name == nameof(Workspace.SaveAsync) && m.GetParameters().Length == 2);

    /// <summary>The repository of this request; available once <see cref="OpenAsync"/> ran.</summary>
    public abstract Repository Repository { get; }

    /// <summary>The default branch, known without opening the repository (for the frame of an error page).</summary>
    public abstract string DefaultBranch { get; }

    /// <summary>Opens the repository of this request, where that takes a round trip.</summary>
    public virtual ValueTask OpenAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Saves <paramref name="values"/> (field name to the text typed for it) over the working state of one entity in
    /// <paramref name="workspace"/>, each checked against the field's type first. The entity's CLR type is the one in
    /// the repository's model: the app's class embedded, the type the model-free opening made standalone.
    /// </summary>
    /// <exception cref="StudioInputException">A value does not fit its field's type; nothing was saved.</exception>
    public async Task SaveFieldsAsync(Workspace workspace, string entityType, EternalId eternalId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var snapshot = await workspace.SnapshotAsync(cancellationToken).ConfigureAwait(false);

        // The versioned type whose snapshot holds this eternal id (one indexed read per versioned type, for one form).
        foreach (var clr in Repository.Context.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => t.IsSubclassOf(typeof(Versioned))).Distinct())
        {
            var find = (Task)FindMethod.MakeGenericMethod(clr).Invoke(snapshot, [eternalId, cancellationToken])!;
            await find.ConfigureAwait(false);
            if (find.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(find) is not Versioned entity)
            {
                continue;
            }

            // Check every value before changing anything.
            var parsed = new List<(PropertyInfo Property, object? Value)>();
            foreach (var (field, text) in values)
            {
                var property = clr.GetProperty(field, BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new StudioInputException($"{entityType} has no field {field} that can be typed in here; choose ours or theirs.");
                parsed.Add((property, FieldInput.Parse(text, property.PropertyType, field)));
            }

            foreach (var (property, value) in parsed)
            {
                property.SetValue(entity, value);
            }

            await ((Task)SaveMethod.MakeGenericMethod(clr).Invoke(workspace, [entity, cancellationToken])!).ConfigureAwait(false);
            return;
        }

        throw new StudioInputException($"{entityType} {eternalId} is not in the workspace's working state; choose ours or theirs.");
    }
}
