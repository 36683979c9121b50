using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Tests.Following.Infrastructure;

/// <summary>A real SQLite database in a temporary file, deleted afterwards.</summary>
public sealed class SqliteProvider : TestProvider
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"versioner-test-{Guid.NewGuid():N}.db");

    public override Task<DbContextOptions<TContext>> CreateAsync<TContext>() =>
        Task.FromResult(new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options);

    public override DbContextOptions<TContext> OptionsFor<TContext>() =>
        new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options;

    public override void Configure(DbContextOptionsBuilder builder) => builder.UseSqlite($"Data Source={_path}").UseVersioning();

    private readonly List<string> _clones = [];

    public override Task<DbContextOptions<TContext>> CloneAsync<TContext>()
    {
        SqliteConnection.ClearAllPools();
        var clone = Path.Combine(Path.GetTempPath(), $"versioner-test-{Guid.NewGuid():N}.db");
        File.Copy(_path, clone);
        _clones.Add(clone);
        return Task.FromResult(new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={clone}").UseVersioning().Options);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in _clones.Append(_path))
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(path + suffix);
            }
        }

        return ValueTask.CompletedTask;
    }
}
