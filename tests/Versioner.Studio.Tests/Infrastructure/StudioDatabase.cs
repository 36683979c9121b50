using Microsoft.EntityFrameworkCore;

namespace Versioner.Studio.Tests.Infrastructure;

/// <summary>A real database of its own for one test, on one engine; the same test bodies run on each.</summary>
public abstract class StudioDatabase : ITestEngine, IAsyncDisposable
{
    /// <summary>Why this engine cannot run here (the tests then skip saying so), or null.</summary>
    public abstract string? SkipReason { get; }

    /// <summary>Creates the database and returns how to point a context at it.</summary>
    public abstract Task<Action<DbContextOptionsBuilder>> CreateAsync();

    /// <summary>The database as the standalone Studio's <c>--db</c> names it (after <see cref="CreateAsync"/>).</summary>
    public abstract string DbArgument { get; }

    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteDatabase : StudioDatabase
{
    private string? _folder;

    public override string? SkipReason => null;

    public override string DbArgument => Path.Combine(_folder ?? throw new InvalidOperationException("Create the database first."), "studio.db");

    public override Task<Action<DbContextOptionsBuilder>> CreateAsync()
    {
        _folder = Directory.CreateTempSubdirectory("versioner-studio-").FullName;
        var path = Path.Combine(_folder, "studio.db");
        return Task.FromResult<Action<DbContextOptionsBuilder>>(o => o.UseSqlite($"Data Source={path};Pooling=False").UseVersioning());
    }

    public override ValueTask DisposeAsync()
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (_folder is not null)
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by a finishing request: a temporary folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
