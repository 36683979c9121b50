using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The finalize checks of declared references, pins and set members, each one SQL statement per declaration over the
/// commit's change rows and the resulting snapshot (never a query per entity):
/// <list type="bullet">
/// <item>forward: versions the commit makes current (its own and adopted ones) whose reference or set members are
/// not current entities of the declared type in the resulting snapshot, or whose pin names a version no finalized
/// commit holds;</item>
/// <item>backward: entities the commit removes that a current entity of the resulting snapshot still refers to or
/// holds in a set.</item>
/// </list>
/// A declaration's queries run only when the commit changes the referring type (forward) or removes an entity of the
/// target type (backward). At most <see cref="Reported"/> violations are read per query: one is enough to refuse.
/// </summary>
internal static class ReferenceChecks
{
    private const int Reported = 100;

    public static async Task<List<ConstraintViolation>> FindAsync(GraphStore store, CommitRow commit, AncestryPath path, IReadOnlyList<ChangeRow> changes, CancellationToken cancellationToken)
    {
        var violations = new List<ConstraintViolation>();
        var changed = changes.Where(c => c.VersionId is not null).Select(c => c.EntityType).ToHashSet(StringComparer.Ordinal);
        var removed = changes.Where(c => c.VersionId is null).Select(c => c.EntityType).ToHashSet(StringComparer.Ordinal);
        foreach (var type in store.Model.Types)
        {
            foreach (var reference in type.References)
            {
                var target = store.Model.Get(reference.Target);
                var name = $"{type.Name}.{reference.Property} → {target.Name}";
                if (changed.Contains(type.Name))
                {
                    violations.AddRange(reference switch
                    {
                        { Pinned: true } => await PinnedDraftsAsync(store, commit, type, reference.Property, target, name, cancellationToken).ConfigureAwait(false),
                        { AllowDangling: true } => await WrongTypeAsync(store, commit, type, reference.Property, target, name, cancellationToken).ConfigureAwait(false),
                        _ => await AbsentAsync(store, commit, path, type, reference.Property, member: false, target, name, cancellationToken).ConfigureAwait(false),
                    });
                }

                if (!reference.Pinned && !reference.AllowDangling && removed.Contains(target.Name))
                {
                    violations.AddRange(await RemovedAsync(store, commit, path, type, reference.Property, member: false, target, name, cancellationToken).ConfigureAwait(false));
                }
            }

            foreach (var members in type.Members)
            {
                var target = store.Model.Get(members.Target);
                var name = $"{type.Name}.{members.Property} members → {target.Name}";
                if (changed.Contains(type.Name))
                {
                    violations.AddRange(await AbsentAsync(store, commit, path, type, members.Property, member: true, target, name, cancellationToken).ConfigureAwait(false));
                }

                if (removed.Contains(target.Name))
                {
                    violations.AddRange(await RemovedAsync(store, commit, path, type, members.Property, member: true, target, name, cancellationToken).ConfigureAwait(false));
                }
            }
        }

        return violations;
    }

    /// <summary>
    /// New references (or set members) that name no current entity of the target type in the resulting snapshot:
    /// the commit's versions, each reference left-joined to the change that is current for it on the path.
    /// </summary>
    private static async Task<IEnumerable<ConstraintViolation>> AbsentAsync(
        GraphStore store, CommitRow commit, AncestryPath path, VersionedType type, string property, bool member, VersionedType target, string name, CancellationToken cancellationToken)
    {
        var column = type.Column(property);
        var (current, boundMappings, bounds) = ChangeReads.CurrentOnPath(store, path, "cur", 2);
        var referred = member ? "m.member" : $"v.{column}";
        var join = member ? $"JOIN {SystemTables.PointerMembers} m ON m.set_checksum = v.{column} " : "";
        var sql = store.Dialect.SelectFirst(Reported, $"v.{type.EternalColumn}, {referred}, cur.version_id, cur.entity_type", $"FROM {ChangeReads.ChangeSetRows(store, "c")} " +
            $"JOIN {type.Table} v ON v.{type.VersionColumn} = c.version_id {join}" +
            $"LEFT JOIN {ChangeReads.PlacedRows(store, "cur")} ON cur.eternal_id = {referred} AND {current} " +
            $"WHERE c.commit_id = @p0 AND {referred} IS NOT NULL AND (cur.version_id IS NULL OR cur.entity_type <> @p1)");
        var rows = await QueryAsync(store, sql, commit.Id, store.Map.Text, target.Name, boundMappings, bounds, reader => (
            Source: new EternalId(GuidColumn.Read(reader, 0)),
            Target: new EternalId(GuidColumn.Read(reader, 1)),
            Present: !reader.IsDBNull(2),
            Type: reader.IsDBNull(3) ? null : reader.GetString(3)), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ConstraintViolation(
            name, type.Name, [r.Source, r.Target], r.Present ? $"{r.Target} is a {r.Type}, not a {target.Name}" : $"{r.Target} is not in the snapshot"));
    }

    /// <summary>References allowed to dangle still name an entity of the target type (its eternal id's type, fixed forever).</summary>
    private static async Task<IEnumerable<ConstraintViolation>> WrongTypeAsync(
        GraphStore store, CommitRow commit, VersionedType type, string property, VersionedType target, string name, CancellationToken cancellationToken)
    {
        var column = type.Column(property);
        var sql = store.Dialect.SelectFirst(Reported, $"v.{type.EternalColumn}, v.{column}, e.entity_type", $"FROM {ChangeReads.ChangeSetRows(store, "c")} " +
            $"JOIN {type.Table} v ON v.{type.VersionColumn} = c.version_id JOIN {SystemTables.Entities} e ON e.eternal_id = v.{column} " +
            $"WHERE c.commit_id = @p0 AND e.entity_type <> @p1");
        var rows = await QueryAsync(store, sql, commit.Id, store.Map.Text, target.Name, [], [], reader => (
            Source: new EternalId(GuidColumn.Read(reader, 0)), Target: new EternalId(GuidColumn.Read(reader, 1)), Type: reader.GetString(2)), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ConstraintViolation(name, type.Name, [r.Source, r.Target], $"{r.Target} is a {r.Type}, not a {target.Name}"));
    }

    /// <summary>Pins of the commit's versions that name a version of a commit still working (another workspace's, or left out by staging).</summary>
    private static async Task<IEnumerable<ConstraintViolation>> PinnedDraftsAsync(
        GraphStore store, CommitRow commit, VersionedType type, string property, VersionedType target, string name, CancellationToken cancellationToken)
    {
        var column = type.Column(property);
        var sql = store.Dialect.SelectFirst(Reported, $"v.{type.EternalColumn}, v.{column}, k.id", $"FROM {ChangeReads.ChangeSetRows(store, "c")} " +
            $"JOIN {type.Table} v ON v.{type.VersionColumn} = c.version_id " +
            $"JOIN {target.Table} t ON t.{target.VersionColumn} = v.{column} JOIN {SystemTables.Commits} k ON k.id = t.{target.CommitColumn} " +
            $"WHERE c.commit_id = @p0 AND k.id <> @p0 AND k.state <> @p1");
        var rows = await QueryAsync(store, sql, commit.Id, store.Map.State, CommitState.Finalized, [], [], reader => (
            Source: new EternalId(GuidColumn.Read(reader, 0)), Version: new VersionId(GuidColumn.Read(reader, 1)), Working: new CommitId(GuidColumn.Read(reader, 2))), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ConstraintViolation(
            name, type.Name, [r.Source],
            $"pins version {r.Version}, a draft of working commit {r.Working} that this commit does not finalize; include it in this commit, or pin a finalized version"));
    }

    /// <summary>
    /// Entities the commit removes that a current entity of the resulting snapshot still refers to (or holds in a
    /// set): the removals joined to the referring versions, kept when that version is current on the path. Versions
    /// this commit makes current are left to the forward check, so a pair is reported once.
    /// </summary>
    private static async Task<IEnumerable<ConstraintViolation>> RemovedAsync(
        GraphStore store, CommitRow commit, AncestryPath path, VersionedType type, string property, bool member, VersionedType target, string name, CancellationToken cancellationToken)
    {
        var column = type.Column(property);
        var (current, boundMappings, bounds) = ChangeReads.CurrentOnPath(store, path, "cur", 2);
        var join = member
            ? $"JOIN {SystemTables.PointerMembers} m ON m.member = r.eternal_id JOIN {type.Table} v ON v.{column} = m.set_checksum "
            : $"JOIN {type.Table} v ON v.{column} = r.eternal_id ";
        var sql = store.Dialect.SelectFirst(Reported, $"v.{type.EternalColumn}, r.eternal_id", $"FROM {ChangeReads.ChangeSetRows(store, "r")} {join}" +
            $"JOIN {ChangeReads.PlacedRows(store, "cur")} ON cur.eternal_id = v.{type.EternalColumn} AND cur.version_id = v.{type.VersionColumn} AND {current} " +
            $"WHERE r.commit_id = @p0 AND r.version_id IS NULL AND r.entity_type = @p1 AND cur.commit_id <> @p0");
        var rows = await QueryAsync(store, sql, commit.Id, store.Map.Text, target.Name, boundMappings, bounds, reader => (
            Source: new EternalId(GuidColumn.Read(reader, 0)), Removed: new EternalId(GuidColumn.Read(reader, 1))), cancellationToken).ConfigureAwait(false);
        var how = member ? $"still holds it in {property}" : $"still refers to it in {property}";
        var fix = member ? "take it out of those sets first" : "change or remove them first, or declare the reference AllowDangling()";
        return rows.GroupBy(r => r.Removed).Select(g => new ConstraintViolation(
            name, type.Name, [.. g.Select(r => r.Source).Distinct().Order(), g.Key],
            $"{g.Key} is removed by this commit, but {g.Select(r => r.Source).Distinct().Count()} {type.Name}(s) of the resulting snapshot {how}; {fix}"));
    }

    private static Task<List<T>> QueryAsync<T>(
        GraphStore store, string sql, CommitId commit, RelationalTypeMapping second, object secondValue, RelationalTypeMapping[] boundMappings, object?[] bounds,
        Func<System.Data.Common.DbDataReader, T> read, CancellationToken cancellationToken) =>
        store.QueryAsync(
            sql,
            [store.Map.CommitId, second, .. boundMappings],
            [commit, secondValue, .. bounds],
            read,
            cancellationToken);
}
