namespace Versioner.Storage.Dialects;

/// <summary>
/// One guarded table, as <see cref="Internal.DatabaseGuards"/> defines it for every engine: <paramref name="Condition"/>
/// (SQL over <c>OLD</c>; null = always) refuses an update (<paramref name="Updates"/>) or a delete
/// (<paramref name="Deletes"/>) unless a maintenance transaction lifted the guards. Each dialect writes it as its
/// engine's trigger.
/// </summary>
internal sealed record DatabaseGuard(string Name, string Table, string? Condition, bool Updates, bool Deletes);
