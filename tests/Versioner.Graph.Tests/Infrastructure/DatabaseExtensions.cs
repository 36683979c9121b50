using Microsoft.EntityFrameworkCore;

namespace Versioner.Tests.Infrastructure;

public static class DatabaseExtensions
{
    /// <summary>
    /// Counts rows of a table with raw SQL (what is really stored, beneath Versioner's API). The table name is quoted,
    /// so "Authors" means the same table on SQLite and on PostgreSQL (which folds unquoted names to lower case).
    /// </summary>
    public static async Task<int> CountRowsAsync(this DbContext db, string table, string where = "1 = 1")
    {
#pragma warning disable EF1002 // test-only: table and condition are literals of the tests
        return (await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE {where}").ToListAsync())[0];
#pragma warning restore EF1002
    }

    /// <summary>
    /// Counts the change rows as <paramref name="repo"/> reads them: the change table's, or, when its store writes no
    /// own change rows (<c>VERSIONER_TEST_CHANGE_SOURCE=version-rows-only</c>), each version row as its own change row
    /// and the change rows that name no version row of their own. <paramref name="where"/> names the change rows' columns.
    /// </summary>
    internal static async Task<int> CountChangeRowsAsync(this Repository repo, string where = "1 = 1")
    {
        var store = repo.Store;
#pragma warning disable EF1002 // test-only: the condition is a literal of the tests
        return (await store.Db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM {Versioner.Storage.ChangeSource.Rows(store, "c")} WHERE {where}").ToListAsync())[0];
#pragma warning restore EF1002
    }
}
