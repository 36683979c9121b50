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

    /// <summary>Drops Versioner's immutability triggers, as an attacker with table access could, to tamper for a test.</summary>
    public static async Task DropGuardsAsync(this DbContext db)
    {
        if (db.Database.IsNpgsql())
        {
            var triggers = await db.Database.SqlQueryRaw<string>(
                "SELECT format('DROP TRIGGER %I ON %I', t.tgname, c.relname) AS \"Value\" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE 'versioner%'").ToListAsync();
            foreach (var drop in triggers)
            {
                await db.Database.ExecuteSqlRawAsync(drop);
            }
        }
        else
        {
            var triggers = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'versioner_guard_%'").ToListAsync();
            foreach (var name in triggers)
            {
#pragma warning disable EF1002 // trigger names read from the catalog just above
                await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER \"{name}\"");
#pragma warning restore EF1002
            }
        }
    }
}
