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
}
