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
/// <see cref="Current"/>. A later layout raises <see cref="Current"/> and upgrades older databases by an explicit call.
/// </summary>
internal static class StorageFormat
{
    /// <summary>The format this version reads and writes.</summary>
    public const int Current = 1;

    /// <summary>The <c>versioner_meta</c> key of the record.</summary>
    public const string Key = "format";

    /// <summary>Checks the recorded format; records <see cref="Current"/> when none is recorded and <paramref name="record"/>.</summary>
    /// <exception cref="UnsupportedStorageFormatException">The database records another format.</exception>
    public static async Task CheckAsync(GraphStore store, bool record, CancellationToken cancellationToken)
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
            if (record)
            {
                await store.ExecuteAsync(
                    GraphStore.InsertMetaSql(store.Dialect),
                    [store.Map.Text, store.Map.Text], [Key, Current.ToString(CultureInfo.InvariantCulture)], cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (!int.TryParse(recorded, NumberStyles.None, CultureInfo.InvariantCulture, out var format) || format != Current)
        {
            throw new UnsupportedStorageFormatException(recorded, Current);
        }
    }
}
