using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Testing;

/// <summary>A database engine the tests run on. Each instance owns one isolated, empty database.</summary>
public abstract class TestProvider : ITestEngine, IAsyncDisposable
{
    /// <summary>Creates the isolated database and returns options for contexts on it.</summary>
    public abstract Task<DbContextOptions<TContext>> CreateAsync<TContext>()
        where TContext : DbContext;

    /// <summary>Options for another context type on the database <see cref="CreateAsync{TContext}"/> created (a newer model of it, say).</summary>
    public abstract DbContextOptions<TContext> OptionsFor<TContext>()
        where TContext : DbContext;

    /// <summary>Points <paramref name="builder"/> at the database <see cref="CreateAsync{TContext}"/> created, as an app's <c>AddDbContext</c> would.</summary>
    public abstract void Configure(DbContextOptionsBuilder builder);

    /// <summary>A second database holding an exact copy of the first (as a backup or a replica would), cleaned up with it.</summary>
    public abstract Task<DbContextOptions<TContext>> CloneAsync<TContext>()
        where TContext : DbContext;

    /// <summary>A new, closed connection of the engine's own ADO.NET type to the database <see cref="CreateAsync{TContext}"/> created (no EF, no model).</summary>
    public abstract DbConnection NewConnection(bool readOnlyAccess = false);

    /// <inheritdoc/>
    public virtual string? SkipReason => null;

    public abstract ValueTask DisposeAsync();
}
