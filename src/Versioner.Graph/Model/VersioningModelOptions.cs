namespace Versioner;

/// <summary>
/// Options of <see cref="Microsoft.EntityFrameworkCore.VersioningModelBuilderExtensions.UseVersioning(Microsoft.EntityFrameworkCore.ModelBuilder, Action{VersioningModelOptions})"/>:
/// choices about the schema Versioner adds to a model. They shape tables and constraints, so they are part of the
/// model: changing one on an existing database needs a migration (or a new database).
/// </summary>
public sealed class VersioningModelOptions
{
    /// <summary>
    /// Declare the four foreign keys that every version written is checked against: each versioned table's
    /// <see cref="Versioned.CommitId"/> → <c>versioner_commits</c> and <see cref="Versioned.EternalId"/> →
    /// <c>versioner_entities</c>, and the same two from the change rows (<c>versioner_changes</c>). Default true.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Set it to false for bulk loads on PostgreSQL, where each of these constraints is a row trigger that looks its
    /// parent row up and locks it: measured on a save of 100,000 new versions (binary COPY), Versioner writes them 1.6x
    /// as fast without (see docs/performance.md, scenario 5). Nothing else changes: the indexes on those columns, every
    /// other key and foreign key (declared references, documents, commit parents, refs), and the triggers that refuse
    /// writes to finalized rows all stay. Versioner itself writes a save's eternal-id, version and change rows in one
    /// transaction, in that order, under a commit row it made first, and never relies on these constraints.
    /// </para>
    /// <para>
    /// What is given up is protection against writes that bypass Versioner (raw SQL, another program): the database
    /// no longer refuses a version or change row that names no commit or no eternal id, nor the deletion of a working
    /// commit's row that others still name. <see cref="Repository.VerifyAsync(IProgress{VerifyProgress}, CancellationToken)"/>
    /// still finds what such writes do to history: a deleted version row of a finalized commit is a
    /// <see cref="VerifyIssueKind.MissingRow"/>, a version row added to a finalized commit (whatever eternal id it
    /// names) a <see cref="VerifyIssueKind.UnlistedVersion"/>, and a change row added or deleted a
    /// <see cref="VerifyIssueKind.CommitChecksumMismatch"/>, and a row naming a commit that does not exist a
    /// <see cref="VerifyIssueKind.DanglingRow"/>. Eternal-id rows, which the constraints kept from being deleted, are then kept
    /// by a trigger of their own (installed by <see cref="Repository.OpenAsync(Microsoft.EntityFrameworkCore.DbContext, RepositoryOptions?, CancellationToken)"/> with the other guards).
    /// </para>
    /// <para>
    /// The choice is recorded in the model, so EF migrations see it: switching it on an existing database needs a
    /// migration (<c>dotnet ef migrations add</c> yields the foreign keys to drop or add, and nothing else). A database
    /// made with <c>EnsureCreated</c> keeps the constraints it was created with until they are dropped or added by hand.
    /// </para>
    /// </remarks>
    public bool ForeignKeys { get; set; } = true;
}
