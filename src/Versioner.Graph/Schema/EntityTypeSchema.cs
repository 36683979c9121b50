namespace Versioner;

/// <summary>
/// What a database records about one versioned entity type (<see cref="Repository.SchemaAsync"/>): its table and
/// fields. It is recorded whenever an application opens the database with its own model, and it is what
/// <see cref="Repository.OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/> reads to
/// open the database without that model.
/// </summary>
/// <param name="Name">The versioned name (what change rows, diffs and checksums carry).</param>
/// <param name="Table">The table of its versions (with its schema, if any, as <c>schema.table</c>).</param>
/// <param name="Fields">Its fields in the order of the model (the ids <c>VersionId</c>, <c>EternalId</c>, <c>CommitId</c> not included).</param>
/// <param name="Unreadable">
/// Null when a tool can read the type; otherwise why not (a field stored through a value converter only the
/// application knows).
/// </param>
public sealed record EntityTypeSchema(string Name, string Table, IReadOnlyList<FieldSchema> Fields, string? Unreadable);
