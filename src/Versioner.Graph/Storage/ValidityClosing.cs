using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// The one statement that ends the validity of the rows a commit supersedes on its segment, for any table of rows with a
/// place (a table of versions, the documents table, the change table): <c>@p0</c> the commit's depth, <c>@p1</c> its
/// segment, <c>@p2</c> the commit. Each entity has at most one open row on the segment (each change closes the one
/// before), its newest below the commit; where the dialect can, that row alone is found, one seek per entity on the
/// index of (eternal id, segment, depth), so the cost stays the commit's size however many versions each entity has: by
/// row values where the planner seeks them (<see cref="Dialect.SeeksRowValues"/>, from the index alone), else by the
/// row's physical address (<see cref="Dialect.RowAddress"/>: the newest row's address read through the index,
/// backwards, one row, then the rows fetched by address, the addresses as one subquery run first,
/// <see cref="Dialect.InSubquery"/>, a plan without a join, whatever the statistics). Otherwise the entity's rows on the
/// segment below the commit are read and the open one kept.
/// </summary>
internal static class ValidityClosing
{
    /// <summary>
    /// The statement over <paramref name="table"/>, whose columns are named by the rest; <paramref name="entities"/> is
    /// a <c>FROM</c> clause (with its <c>WHERE</c>) whose rows <c>c</c> name the commit's entities as <c>c.eternal_id</c>.
    /// </summary>
    public static string Sql(Dialect dialect, string table, string eternal, string segment, string depth, string until, string entities)
    {
        var set = $"UPDATE {table} SET {until} = @p0 WHERE ";
        var below = $"o.{eternal} = c.eternal_id AND o.{segment} = @p1 AND o.{depth} < @p0";
        if (dialect.SeeksRowValues)
        {
            return set + $"{segment} = @p1 AND {until} IS NULL AND ({eternal}, {depth}) IN ("
                + $"SELECT c.eternal_id, (SELECT MAX(o.{depth}) FROM {table} o WHERE {below}) {entities})";
        }

        if (dialect.RowAddress is { } address)
        {
            return set + $"{until} IS NULL AND "
                + dialect.InSubquery(address, $"SELECT ({dialect.SelectFirst(1, $"o.{address}", $"FROM {table} o WHERE {below} ORDER BY o.{depth} DESC")}) {entities}");
        }

        return set + $"{until} IS NULL AND {segment} = @p1 AND {depth} < @p0 AND {dialect.InSubquery(eternal, $"SELECT c.eternal_id {entities}")}";
    }
}
