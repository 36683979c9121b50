using Microsoft.EntityFrameworkCore;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>
/// Triggers that refuse writes to finalized rows at the database itself, so raw SQL cannot rewrite history either
/// (verification would still find it). Installed where the provider supports them; idempotent.
/// </summary>
internal static class DatabaseGuards
{
    public const string Message = "versioner: rows of finalized commits are immutable";

    public static async Task InstallAsync(GraphStore store, CancellationToken cancellationToken)
    {
        if (store.Db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }

        var finalized = $"SELECT 1 FROM {SystemTables.Commits} WHERE id = OLD.{{0}} AND state = 1";
        var statements = new List<string>
        {
            Trigger("commits_u", "UPDATE", SystemTables.Commits, "OLD.state = 1"),
            Trigger("commits_d", "DELETE", SystemTables.Commits, "OLD.state = 1"),
            Trigger("parents_u", "UPDATE", SystemTables.CommitParents, $"EXISTS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, finalized, "commit_id")})"),
            Trigger("parents_d", "DELETE", SystemTables.CommitParents, $"EXISTS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, finalized, "commit_id")})"),
            Trigger("changes_u", "UPDATE", SystemTables.Changes, $"EXISTS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, finalized, "commit_id")})"),
            Trigger("changes_d", "DELETE", SystemTables.Changes, $"EXISTS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, finalized, "commit_id")})"),
            Trigger("documents_u", "UPDATE", SystemTables.Documents, $"EXISTS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, finalized, "commit_id")})"),
            Trigger("documents_d", "DELETE", SystemTables.Documents, $"EXISTS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, finalized, "commit_id")})"),
            Trigger("pointers_u", "UPDATE", SystemTables.Pointers, "1"),
            Trigger("pointers_d", "DELETE", SystemTables.Pointers, "1"),
            Trigger("members_u", "UPDATE", SystemTables.PointerMembers, "1"),
            Trigger("members_d", "DELETE", SystemTables.PointerMembers, "1"),
            Trigger("entities_u", "UPDATE", SystemTables.Entities, "1"),
        };
        foreach (var type in store.Model.Types)
        {
            var condition = $"EXISTS ({string.Format(System.Globalization.CultureInfo.InvariantCulture, finalized, type.CommitColumn)})";
            var name = type.Table.Trim('"', '`', '[', ']').Replace("\".\"", "_", StringComparison.Ordinal);
            statements.Add(Trigger($"{name}_u", "UPDATE", type.Table, condition));
            statements.Add(Trigger($"{name}_d", "DELETE", type.Table, condition));
        }

        try
        {
            foreach (var sql in statements)
            {
                await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException)
        {
            throw new VersioningNotConfiguredException(
                $"Could not install Versioner's guards: {ex.Message}. Create the database first (context.Database.EnsureCreatedAsync() or MigrateAsync()), then open the repository.");
        }
    }

    private static string Trigger(string name, string operation, string table, string condition) =>
        $"CREATE TRIGGER IF NOT EXISTS \"versioner_guard_{name}\" BEFORE {operation} ON {table} WHEN {condition} BEGIN SELECT RAISE(ABORT, '{Message}'); END";
}
