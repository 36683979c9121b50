using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Storage;

/// <summary>
/// The storage format (layout) version a database records in <c>versioner_meta</c> under the key <c>format</c>. Every
/// opening checks it first, so a database written by a newer Versioner in a layout this one cannot read is refused by
/// name (<see cref="UnsupportedStorageFormatException"/>) instead of misread or written in the old layout. A writable
/// opening of a database that records none (made before the record existed, in today's layout) records
/// <see cref="Current"/> when it holds no commit yet. An older format is refused with directions
/// (<see cref="StorageUpgradeRequiredException"/>) until <see cref="Repository.UpgradeStorageAsync(Microsoft.EntityFrameworkCore.DbContext, System.Threading.CancellationToken)"/> upgrades it.
/// </summary>
/// <remarks>
/// Format 1: the layout before the record (and the first it recorded). Format 2 adds the change row's validity on its
/// segment (<c>versioner_changes.until_depth</c>, see <see cref="ChangeRow.UntilDepth"/>). Format 3 stores every id on
/// SQLite as 16 bytes in RFC 9562 order instead of 36-character text (<see cref="IdBytes"/>); on PostgreSQL it is
/// format 2's layout (ids were <c>uuid</c> already). Format 4 gives each version's row its place, validity and checksum
/// (<see cref="PlaceColumns"/>), kept alike with its own change row. Format 5 records each finalized commit's manifest
/// (<see cref="CommitManifest"/>, table <c>versioner_manifests</c>). Format 6 indexes each table of versions by entity and
/// place and by place (<see cref="PlaceColumns.Configure"/>), the reads of versions by their own place use. Format 7 is
/// phase C's: a version's row is its only record (no change row of its own in <c>versioner_changes</c>, which keeps
/// adoptions, removals and the rows of pruned versions); change rows are read through <see cref="ChangeSource.VersionRowsSql"/>.
/// </remarks>
internal static class StorageFormat
{
    /// <summary>The format this version reads and writes.</summary>
    public const int Current = 7;

    /// <summary>The <c>versioner_meta</c> key of the record.</summary>
    public const string Key = "format";

    /// <summary>
    /// Checks the recorded format; when none is recorded, records <see cref="Current"/> (if <paramref name="record"/>)
    /// for a database with no commit yet whose tables have this format's columns, and refuses any other as format 1.
    /// </summary>
    /// <exception cref="UnsupportedStorageFormatException">The database records a newer or unknown format.</exception>
    /// <exception cref="StorageUpgradeRequiredException">The database is in an older format.</exception>
    public static async Task CheckAsync(GraphStore store, bool record, CancellationToken cancellationToken)
    {
        var format = await ReadAsync(store, cancellationToken).ConfigureAwait(false);
        if (format == Current)
        {
            return;
        }

        if (format is null)
        {
            if (!await IsEmptyInThisFormatAsync(store, cancellationToken).ConfigureAwait(false))
            {
                throw new StorageUpgradeRequiredException(1, Current);
            }

            if (record)
            {
                await WriteAsync(store, Current, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        throw new StorageUpgradeRequiredException(format.Value, Current);
    }

    /// <summary>
    /// The recorded format: null when none is recorded (a database made before the record, or not opened yet).
    /// </summary>
    /// <exception cref="UnsupportedStorageFormatException">The record names a newer or unknown format.</exception>
    public static async Task<int?> ReadAsync(GraphStore store, CancellationToken cancellationToken)
    {
        string? recorded;
        try
        {
            recorded = await store.Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key == Key).Select(m => m.Value)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            throw new VersioningNotConfiguredException(
                $"Could not read Versioner's {SystemTables.Meta} table: {ex.Message}. Create the database first (context.Database.EnsureCreatedAsync() or MigrateAsync()), then open the repository. A database made by an older Versioner lacks the tables newer ones added: add an EF migration, or, if the database was made with EnsureCreated, run `await Repository.CreateMissingTablesAsync(context)` once.");
        }

        if (recorded is null)
        {
            return null;
        }

        if (!int.TryParse(recorded, NumberStyles.None, CultureInfo.InvariantCulture, out var format) || format < 1 || format > Current)
        {
            throw new UnsupportedStorageFormatException(recorded, Current);
        }

        return format;
    }

    /// <summary>Records <paramref name="format"/> (replacing any record), in the caller's transaction if any.</summary>
    public static async Task WriteAsync(GraphStore store, int format, CancellationToken cancellationToken)
    {
        await store.ExecuteAsync($"DELETE FROM {SystemTables.Meta} WHERE {GraphStore.MetaKey} = @p0", [store.Map.Text], [Key], cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync(
            $"INSERT INTO {SystemTables.Meta} ({GraphStore.MetaKey}, value) VALUES (@p0, @p1)",
            [store.Map.Text, store.Map.Text], [Key, format.ToString(CultureInfo.InvariantCulture)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the change rows have format 2's validity column.</summary>
    public static Task<bool> HasIntervalColumnAsync(GraphStore store, CancellationToken cancellationToken) =>
        HasColumnAsync(store, SystemTables.Changes, "until_depth", cancellationToken);

    /// <summary>Whether the version rows of documents have format 4's place columns.</summary>
    public static Task<bool> HasPlaceColumnsAsync(GraphStore store, CancellationToken cancellationToken) =>
        HasColumnAsync(store, SystemTables.Documents, PlaceColumns.Segment, cancellationToken);

    /// <summary>Whether <paramref name="table"/> (undelimited) has an index named <paramref name="index"/>.</summary>
    public static async Task<bool> HasIndexAsync(GraphStore store, string table, string index, CancellationToken cancellationToken) =>
        (await store.Db.Database.SqlQueryRaw<int>(store.Dialect.CountIndexesSql, table, index)
            .ToListAsync(cancellationToken).ConfigureAwait(false))[0] > 0;

    /// <summary>Whether <paramref name="table"/> (undelimited) has <paramref name="column"/>.</summary>
    public static async Task<bool> HasColumnAsync(GraphStore store, string table, string column, CancellationToken cancellationToken) =>
        (await store.Db.Database.SqlQueryRaw<int>(store.Dialect.CountColumnsSql, table, column)
            .ToListAsync(cancellationToken).ConfigureAwait(false))[0] > 0;

    /// <summary>
    /// Nothing written yet (no commit, working or finalized) and the tables as this version's model makes them: the
    /// database was made by this version (EnsureCreated or a migration) and only its record is missing.
    /// </summary>
    public static async Task<bool> IsEmptyInThisFormatAsync(GraphStore store, CancellationToken cancellationToken) =>
        !await store.Db.Set<CommitRow>().AnyAsync(cancellationToken).ConfigureAwait(false)
        && await HasIntervalColumnAsync(store, cancellationToken).ConfigureAwait(false)
        && await HasPlaceColumnsAsync(store, cancellationToken).ConfigureAwait(false)
        && await HasIndexAsync(store, SystemTables.Documents, SystemTables.DocumentsByPlace, cancellationToken).ConfigureAwait(false)
        && await store.Dialect.HasCurrentIdColumnsAsync(store, cancellationToken).ConfigureAwait(false);
}
