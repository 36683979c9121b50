using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Versioner.Studio.Hosting;

/// <summary>The embedded Studio: the app's repository and its typed model, from the request's services.</summary>
internal sealed class TypedModelSource<TContext>(IServiceProvider services) : StudioSource
    where TContext : DbContext
{
    private static readonly MethodInfo FindMethod = typeof(Snapshot).GetMethod(nameof(Snapshot.FindAsync))!;
    private static readonly MethodInfo SaveMethod = typeof(Workspace).GetMethods()
        .Single(m => m.Name == nameof(Workspace.SaveAsync) && m.GetParameters().Length == 2);

    public override Repository Repository { get; } = services.GetService<Repository>()
        ?? throw new InvalidOperationException($"Versioner Studio reads through the Repository that AddVersioning<{typeof(TContext).Name}>() registers; call it next to AddVersionerStudio<{typeof(TContext).Name}>().");

    public override async Task SaveFieldsAsync(Workspace workspace, string entityType, EternalId eternalId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var snapshot = await workspace.SnapshotAsync(cancellationToken).ConfigureAwait(false);

        // The entity's CLR type: the versioned type in the app's model whose snapshot holds this eternal id (one indexed
        // read per versioned type, for one form submission).
        foreach (var clr in Repository.Context.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => t.IsSubclassOf(typeof(Versioned))).Distinct())
        {
            var task = (Task)FindMethod.MakeGenericMethod(clr).Invoke(snapshot, [eternalId, cancellationToken])!;
            await task.ConfigureAwait(false);
            if (task.GetType().GetProperty("Result")!.GetValue(task) is not Versioned entity)
            {
                continue;
            }

            // Check every value before changing anything.
            var parsed = new List<(PropertyInfo Property, object? Value)>();
            foreach (var (field, text) in values)
            {
                var property = clr.GetProperty(field, BindingFlags.Public | BindingFlags.Instance)
                    ?? throw new StudioInputException($"{entityType} has no field {field}.");
                parsed.Add((property, FieldInput.Parse(text, property.PropertyType, field)));
            }

            foreach (var (property, value) in parsed)
            {
                property.SetValue(entity, value);
            }

            var save = (Task)SaveMethod.MakeGenericMethod(clr).Invoke(workspace, [entity, cancellationToken])!;
            await save.ConfigureAwait(false);
            return;
        }

        throw new StudioInputException($"{entityType} {eternalId} is not in the workspace's working state; choose ours or theirs.");
    }
}
