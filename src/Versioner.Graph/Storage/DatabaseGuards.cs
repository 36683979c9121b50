using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Triggers that refuse writes to finalized rows at the database itself, so raw SQL cannot rewrite history either
/// (verification would still find it). Which tables are guarded, and when, is decided here for every engine; each
/// dialect writes the guards as its engine's triggers (<see cref="Dialect.InstallGuardsAsync"/>). Idempotent.
/// </summary>
internal static class DatabaseGuards
{
    public const string Message = "versioner: rows of finalized commits are immutable";

    /// <summary>
    /// What every guard also requires before refusing: no maintenance token in sight. Only the maintenance transaction
    /// that inserted the token sees it (it is deleted before that transaction commits), so the guards are lifted for it
    /// alone. The marker also tells an installed guard of this generation from an older one.
    /// </summary>
    public static readonly string NotInMaintenance = $"NOT EXISTS (SELECT 1 FROM {SystemTables.Maintenance})";

    /// <summary>The change row's columns the guard protects once its commit is finalized (all but <c>until_depth</c>).</summary>
    public static readonly IReadOnlyList<string> ChangeColumns = ["commit_id", "eternal_id", "entity_type", "version_id", "adopted", "version_checksum", "segment", "depth"];

    public static async Task InstallAsync(GraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.Dialect.InstallGuardsAsync(store, Guards(store), cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex) when (store.Dialect.IsPermissionDenied(ex))
        {
            throw new VersioningNotConfiguredException(
                $"Could not install Versioner's guards: {ex.Message}. Installing or upgrading them (on the first open after a Versioner upgrade) needs the role that owns Versioner's tables: open the repository once as that role, then the application's role can open it.");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException)
        {
            throw new VersioningNotConfiguredException(
                $"Could not install Versioner's guards: {ex.Message}. Create the database first (context.Database.EnsureCreatedAsync() or MigrateAsync()), then open the repository. A database made by an older Versioner lacks the tables newer ones added: add an EF migration, or, if the database was made with EnsureCreated, run `await Repository.CreateMissingTablesAsync(context)` once.");
        }
    }

    /// <summary>The guards of this store's tables, for every engine alike.</summary>
    internal static List<DatabaseGuard> Guards(GraphStore store)
    {
        var finalized = $"EXISTS (SELECT 1 FROM {SystemTables.Commits} WHERE id = OLD.{{0}} AND state = {(int)CommitState.Finalized})";
        string FinalizedBy(string column) => string.Format(CultureInfo.InvariantCulture, finalized, column);
        var guards = new List<DatabaseGuard>
        {
            new("commits", SystemTables.Commits, $"OLD.state = {(int)CommitState.Finalized}", Updates: true, Deletes: true),
            new("parents", SystemTables.CommitParents, FinalizedBy("commit_id"), Updates: true, Deletes: true),
            // Every column but until_depth, which finalize sets on the rows a later change supersedes (format 2).
            new("changes", SystemTables.Changes, FinalizedBy("commit_id"), Updates: true, Deletes: true, ChangeColumns),
            // Every column but the version's validity, which finalize sets when a later change supersedes it (format 4).
            new("documents", SystemTables.Documents, FinalizedBy("commit_id"), Updates: true, Deletes: true,
                ["version_id", "eternal_id", "commit_id", "entity_type", "data", PlaceColumns.Segment, PlaceColumns.Depth, PlaceColumns.Checksum], [PlaceColumns.Until]),
            // A segment holding a finalized commit is part of the as-of index: moving its fork point rewrites history.
            new("segments", SystemTables.Segments, $"EXISTS (SELECT 1 FROM {SystemTables.Commits} WHERE segment = OLD.id AND state = {(int)CommitState.Finalized})", Updates: true, Deletes: true),
            new("pointers", SystemTables.Pointers, null, Updates: true, Deletes: true),
            new("members", SystemTables.PointerMembers, null, Updates: true, Deletes: true),
            new("entities", SystemTables.Entities, null, Updates: true, Deletes: false),
            new("redactions", SystemTables.Redactions, null, Updates: true, Deletes: true),
            new("redacted_versions", SystemTables.RedactedVersions, null, Updates: true, Deletes: true),
            new("redacted_commits", SystemTables.RedactedCommits, null, Updates: true, Deletes: true),
            new("redacted_messages", SystemTables.RedactedMessages, null, Updates: true, Deletes: true),
            new("pruned", SystemTables.Pruned, null, Updates: true, Deletes: true),
            // Written once, at finalize (or a transfer's arrival), and never changed: what Verify holds a commit's rows to.
            new("manifests", SystemTables.Manifests, null, Updates: true, Deletes: true),
        };
        if (!store.Model.ForeignKeys)
        {
            // The foreign keys of typed and change rows kept eternal-id rows from being deleted; without them a guard
            // of its own does (eternal ids are never deleted, except by maintenance).
            guards.Add(new("entity_deletes", SystemTables.Entities, null, Updates: false, Deletes: true));
        }

        foreach (var type in store.Model.Types)
        {
            var name = type.Table.Trim('"', '`', '[', ']').Replace("\".\"", "_", StringComparison.Ordinal);
            guards.Add(new(name, type.Table, FinalizedBy(type.CommitColumn), Updates: true, Deletes: true,
                [.. type.ColumnNames, PlaceColumns.Segment, PlaceColumns.Depth, PlaceColumns.Checksum], [PlaceColumns.Until]));
        }

        return guards;
    }
}
