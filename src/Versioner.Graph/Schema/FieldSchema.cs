namespace Versioner;

/// <summary>
/// One column of a versioned type as the database records it (<see cref="Repository.SchemaAsync"/>): enough for a tool
/// to read, hash and write it without the application's classes.
/// </summary>
/// <param name="Name">The field's name (the property name in the application's model; what diffs and blame name).</param>
/// <param name="Column">The column that holds it.</param>
/// <param name="Kind">
/// The .NET type of the field without nullability: <c>String</c>, <c>Int32</c>, <c>Decimal</c>, <c>DateTimeOffset</c>,
/// <c>EternalId</c>, <c>EternalIdSet</c>, <c>LargeText</c>, ..., or <c>Enum</c> (stored as its number or its name).
/// </param>
/// <param name="StoreType">The column's type in the database (<c>TEXT</c>, <c>numeric(18,2)</c>, ...).</param>
/// <param name="IsNullable">Whether the column allows null.</param>
/// <param name="ReferenceTarget">For a declared reference or member set, the versioned type it points to; otherwise null.</param>
/// <param name="IsPinned">For a reference, whether it pins one version (a <c>VersionId</c>) rather than following the entity.</param>
public sealed record FieldSchema(string Name, string Column, string Kind, string StoreType, bool IsNullable, string? ReferenceTarget, bool IsPinned);
