using Microsoft.EntityFrameworkCore.Infrastructure;
using Versioner.Model;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds Versioner's interceptors to a <see cref="DbContext"/>.</summary>
public static class VersioningDbContextOptionsExtensions
{
    /// <summary>
    /// Adds the interceptor Versioner needs: it refuses writes to finalized versions (and versioned writes that
    /// bypass a workspace) with a specific exception, before anything reaches the database. Also checks, when the
    /// model is built, that <c>modelBuilder.UseVersioning()</c> was called after every versioned entity type was
    /// configured (<see cref="Versioner.VersioningNotConfiguredException"/> otherwise).
    /// </summary>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder UseVersioning(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(VersioningOptionsExtension.Instance);
        return optionsBuilder.AddInterceptors(ImmutabilityInterceptor.Instance);
    }

    /// <inheritdoc cref="UseVersioning(DbContextOptionsBuilder)"/>
    public static DbContextOptionsBuilder<TContext> UseVersioning<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseVersioning((DbContextOptionsBuilder)optionsBuilder);
}
