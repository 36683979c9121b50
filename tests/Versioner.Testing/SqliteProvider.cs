using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Testing;

/// <summary>A real SQLite database in a temporary file, deleted afterwards (with its clones and journal files).</summary>
public sealed class SqliteProvider : TestProvider
{
    private readonly List<string> _clones = [];

    /// <summary>The database file (it exists once a context has opened it).</summary>
    public string Path { get; } = NewPath();

    public override Task<DbContextOptions<TContext>> CreateAsync<TContext>() => Task.FromResult(OptionsFor<TContext>());

    public override DbContextOptions<TContext> OptionsFor<TContext>() =>
        new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={Path}").UseVersioning().Options;

    public override void Configure(DbContextOptionsBuilder builder) => builder.UseSqlite($"Data Source={Path}").UseVersioning();

    public override DbConnection NewConnection(bool readOnlyAccess = false) =>
        new SqliteConnection($"Data Source={Path}{(readOnlyAccess ? ";Mode=ReadOnly" : "")}");

    public override Task<DbContextOptions<TContext>> CloneAsync<TContext>()
    {
        SqliteConnection.ClearAllPools();
        var clone = NewPath();
        File.Copy(Path, clone);
        _clones.Add(clone);
        return Task.FromResult(new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={clone}").UseVersioning().Options);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in _clones.Append(Path))
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(path + suffix);
            }
        }

        return ValueTask.CompletedTask;
    }

    private static string NewPath() => System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"versioner-test-{Guid.NewGuid():N}.db");
}
