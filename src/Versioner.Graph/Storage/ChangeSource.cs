using System.Runtime.CompilerServices;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Storage;

/// <summary>
/// Where <see cref="Internal.ChangeReads"/> reads change rows from. Since storage format 7 (phase C, docs/architecture.md
/// "How it lands") a version's own change row is not written: its version row carries the same facts (commit, entity,
/// version, place, validity, checksum), and the change rows are read as <see cref="VersionRowsSql"/>: every version row
/// as its own change row, <c>UNION ALL</c> the rows only <see cref="SystemTables.Changes"/> holds (adoptions, removals,
/// the rows of pruned versions).
/// </summary>
internal static class ChangeSource
{
    private static readonly ConditionalWeakTable<VersionedModel, string> UnionByModel = new();

    private static readonly ConditionalWeakTable<VersionedModel, string[]> ArmsByModel = new();

    private static readonly ConditionalWeakTable<VersionedModel, System.Collections.Concurrent.ConcurrentDictionary<(string, string, bool, string?), string>> WhereByModel = new();

    /// <summary>
    /// The change rows as a row source: the union as a derived table, named <paramref name="alias"/>, or the change
    /// table's own name when it is empty (a derived table needs a name).
    /// </summary>
    public static string Rows(Internal.GraphStore store, string alias) =>
        $"{Table(store)} {(alias.Length == 0 ? SystemTables.Changes : alias)}";

    /// <summary>The change rows as a <c>FROM</c> item to alias: the union in parentheses.</summary>
    public static string Table(Internal.GraphStore store) => $"({VersionRowsSql(store)})";

    /// <summary>
    /// Every change row, its own rows read from the version rows: for each versioned type's table and for the documents
    /// table, each row as the change row of the commit that made it (<c>adopted</c> false, its place, validity and
    /// checksum from <see cref="PlaceColumns"/>); then the change table's rows that name no version row of their own
    /// (adoptions, removals, and rows whose version retention pruned). The columns are a <see cref="ChangeRow"/>'s, in
    /// the change table's names, so raw SQL and EF (<c>FromSqlRaw</c>) read it as they read the table.
    /// </summary>
    public static string VersionRowsSql(Internal.GraphStore store) =>
        UnionByModel.GetValue(store.Model, _ => string.Join(" UNION ALL ", Arms(store)));

    /// <summary>
    /// The rows of <see cref="VersionRowsSql(Internal.GraphStore)"/> where <paramref name="condition"/> holds, as a
    /// derived table named <paramref name="alias"/>, for a reader that applies the same condition (over
    /// <paramref name="alias"/>'s change-row columns, naming one entity: <c>ch.eternal_id = @p0</c>) in its own
    /// <c>WHERE</c>. Where the dialect <see cref="Dialects.Dialect.LimitsEachUnionArm"/> (PostgreSQL) the condition is
    /// written into every arm, and with <paramref name="newestOnly"/> each arm keeps only its deepest such row
    /// (<c>ORDER BY depth DESC LIMIT 1</c>), so a reader of the entity's newest change sorts one row per arm; elsewhere
    /// (SQLite) the union as it is, the engine pushing the reader's condition into each arm. With
    /// <paramref name="type"/> (the entity's type, known to the reader) only that type's arm and the change table's:
    /// an eternal id is one entity of one type, so no other arm holds its rows. Texts are kept per model.
    /// </summary>
    public static string VersionRowsWhereSql(Internal.GraphStore store, string alias, string condition, bool newestOnly, VersionedType? type = null) =>
        WhereByModel.GetOrCreateValue(store.Model).GetOrAdd((alias, condition, newestOnly, type?.Name), _ =>
        {
            var all = Arms(store);
            // The typed arms come first, in the model's order; the change table's arm last.
            var arms = type is null ? all : [all[store.Model.Types.ToList().FindIndex(t => t.Name == type.Name)], all[^1]];
            if (!store.Dialect.LimitsEachUnionArm)
            {
                return $"({string.Join(" UNION ALL ", arms)}) {alias}";
            }

            // Each arm as a derived table of its own (PostgreSQL pulls it up into the arm, the condition onto its
            // columns); an arm with ORDER BY and LIMIT needs one more level to be an arm of a compound select.
            return "(" + string.Join(" UNION ALL ", arms.Select((arm, i) => newestOnly
                ? $"SELECT * FROM ({store.Dialect.SelectFirst(1, "*", $"FROM ({arm}) {alias} WHERE {condition} ORDER BY {alias}.depth DESC")}) {alias}{i}"
                : $"SELECT * FROM ({arm}) {alias} WHERE {condition}")) + $") {alias}";
        });

    private static string[] Arms(Internal.GraphStore store) => ArmsByModel.GetValue(store.Model, _ => Build(store));

    private static string[] Build(Internal.GraphStore store)
    {
        var dialect = store.Dialect;
        var own = dialect.Boolean(false);
        var arms = store.Model.Types.Select(t =>
            $"SELECT v.{t.CommitColumn} AS commit_id, v.{t.EternalColumn} AS eternal_id, CAST({Dialects.Dialect.Literal(t.Name)} AS TEXT) AS entity_type, "
            + $"v.{t.VersionColumn} AS version_id, {own} AS adopted, v.{PlaceColumns.Checksum} AS version_checksum, "
            + $"v.{PlaceColumns.Segment} AS segment, v.{PlaceColumns.Depth} AS depth, v.{PlaceColumns.Until} AS until_depth FROM {t.Table} v")
            .Append(
                $"SELECT d.commit_id, d.eternal_id, d.entity_type, d.version_id, {own} AS adopted, d.{PlaceColumns.Checksum} AS version_checksum, "
                + $"d.{PlaceColumns.Segment} AS segment, d.{PlaceColumns.Depth} AS depth, d.{PlaceColumns.Until} AS until_depth FROM {SystemTables.Documents} d")
            // The pruned versions as an uncorrelated IN: PostgreSQL hashes it once. A correlated EXISTS it probed once per
            // change row once its statistics said the pruned table was empty, before a caller's place condition: a read
            // of all or a diff then cost a probe per change row (docs/performance.md, "Phase C's read source").
            .Append(
                "SELECT s.commit_id, s.eternal_id, s.entity_type, s.version_id, s.adopted, s.version_checksum, s.segment, s.depth, s.until_depth "
                + $"FROM {SystemTables.Changes} s WHERE s.adopted = {dialect.Boolean(true)} OR s.version_id IS NULL "
                + $"OR s.version_id IN (SELECT p.version_id FROM {SystemTables.Pruned} p)");
        return [.. arms];
    }
}
