using Microsoft.EntityFrameworkCore;
using Versioner.Cli.Tests.Model;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>
/// A database engine the tool is tested on: one of the shared <see cref="TestProvider"/>s (an isolated database,
/// removed on dispose), with the <c>--db</c> argument that names it.
/// </summary>
public abstract class TestDatabase(TestProvider provider) : ITestEngine, IAsyncDisposable
{
    /// <summary>The database underneath.</summary>
    protected TestProvider Provider { get; } = provider;

    /// <summary>What to pass as <c>--db</c>: a file path or a connection string.</summary>
    public abstract string DbArgument { get; }

    /// <inheritdoc/>
    public string? SkipReason => Provider.SkipReason;

    /// <summary>Creates the database and returns options for the test model's context on it.</summary>
    public Task<DbContextOptions<ShelfContext>> CreateAsync() => Provider.CreateAsync<ShelfContext>();

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
