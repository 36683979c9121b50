using Microsoft.EntityFrameworkCore;
using Versioner.Cli.Tests.Model;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>A database engine the tool is tested on. Each instance owns one isolated database, removed on dispose.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>What to pass as <c>--db</c>: a file path or a connection string.</summary>
    public abstract string DbArgument { get; }

    /// <summary>Why this engine cannot be tested on this machine, or null.</summary>
    public virtual string? SkipReason => null;

    /// <summary>Creates the database and returns options for the test model's context on it.</summary>
    public abstract Task<DbContextOptions<ShelfContext>> CreateAsync();

    public abstract ValueTask DisposeAsync();
}
