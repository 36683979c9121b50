using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Cli.Tests.Model;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>A SQLite database file in the temporary folder; <c>--db</c> is its path.</summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"versioner-cli-test-{Guid.NewGuid():N}.db");

    public override string DbArgument => _path;

    public override Task<DbContextOptions<ShelfContext>> CreateAsync() =>
        Task.FromResult(new DbContextOptionsBuilder<ShelfContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(_path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
