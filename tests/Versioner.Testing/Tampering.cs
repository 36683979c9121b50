using Microsoft.EntityFrameworkCore;

namespace Versioner.Testing;

/// <summary>Changes stored rows behind Versioner's back, as someone with table access could, for Verify and the tools to find.</summary>
public static class Tampering
{
    /// <summary>Drops Versioner's immutability triggers (on SQLite and PostgreSQL), as an attacker with table access could.</summary>
    public static async Task DropGuardsAsync(this DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
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

    /// <summary>
    /// An id as a SQL literal of what the engine stores: on SQLite 16 bytes in RFC 9562 order (<c>X'...'</c>, storage
    /// format 3), on PostgreSQL a <c>uuid</c> text literal.
    /// </summary>
    public static string IdLiteral(this DbContext db, Guid id)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? $"'{id}'" : $"X'{Convert.ToHexString(id.ToByteArray(bigEndian: true))}'";
    }

    /// <summary>Drops the guards (<see cref="DropGuardsAsync"/>), then runs <paramref name="sql"/> (table and column names quoted).</summary>
    public static async Task TamperAsync(this DbContext db, string sql)
    {
        await db.DropGuardsAsync();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
