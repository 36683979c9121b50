using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Versioner.Internal;
using Versioner.Storage;

namespace Versioner.Model;

/// <summary>
/// Refuses, before anything reaches the database, EF writes of versioned entities and of Versioner's own rows:
/// finalized data with <see cref="ImmutableVersionException"/>, the rest with <see cref="WorkspaceRequiredException"/>.
/// </summary>
internal sealed class ImmutabilityInterceptor : SaveChangesInterceptor
{
    public static readonly ImmutabilityInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var operation = entry.State switch { EntityState.Added => "added", EntityState.Modified => "modified", _ => "deleted" };
            if (entry.Entity is Versioned)
            {
                var name = VersionedModel.For(db).Get(entry.Metadata.ClrType).Name;
                if (entry.State != EntityState.Added)
                {
                    var commit = (CommitId)entry.OriginalValues[nameof(Versioned.CommitId)]!;
                    var versionId = (VersionId)entry.OriginalValues[nameof(Versioned.VersionId)]!;
                    if (db.Set<CommitRow>().AsNoTracking().Any(c => c.Id == commit && c.State == CommitState.Finalized))
                    {
                        throw new ImmutableVersionException(name, versionId, commit);
                    }
                }

                throw new WorkspaceRequiredException(name, operation);
            }

            if (entry.Metadata.ClrType.Namespace == typeof(CommitRow).Namespace && entry.Metadata.ClrType.Assembly == typeof(CommitRow).Assembly)
            {
                throw new SystemTableWriteException(entry.Metadata.GetTableName()!, operation);
            }
        }
    }
}
