namespace Versioner.Storage.Dialects;

/// <summary>
/// One guarded table, as <see cref="Internal.DatabaseGuards"/> defines it for every engine: <paramref name="Condition"/>
/// (SQL over <c>OLD</c>; null = always) refuses an update (<paramref name="Updates"/>) or a delete
/// (<paramref name="Deletes"/>) unless a maintenance transaction lifted the guards. Each dialect writes it as its
/// engine's trigger. <paramref name="UpdatesOf"/>, when given, limits the update guard to those columns: the others are
/// local index data Versioner maintains on finalized rows (a change row's <c>until_depth</c>). <paramref name="Writable"/>,
/// when given, names those other columns, for an engine that guards every column but them instead of listing the guarded
/// ones (PostgreSQL: a column named in a trigger's <c>UPDATE OF</c> could not be dropped by an application's migration).
/// </summary>
internal sealed record DatabaseGuard(string Name, string Table, string? Condition, bool Updates, bool Deletes, IReadOnlyList<string>? UpdatesOf = null, IReadOnlyList<string>? Writable = null)
{
    /// <summary>The update event: <c>UPDATE</c>, or <c>UPDATE OF c1, c2</c> (SQLite and PostgreSQL alike).</summary>
    public string UpdateEvent => UpdatesOf is null ? "UPDATE" : $"UPDATE OF {string.Join(", ", UpdatesOf)}";
}
