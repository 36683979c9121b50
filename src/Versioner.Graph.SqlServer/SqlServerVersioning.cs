using Versioner.Storage.Dialects;

namespace Versioner;

/// <summary>
/// Lets Versioner open contexts configured with <c>UseSqlServer</c>. Groundwork: the SQL Server dialect has been
/// checked without a server (its scripts parse as T-SQL, its type mapping round-trips canonical values) but has NOT
/// been run against a live SQL Server; see this package's README for what is still missing.
/// </summary>
public static class SqlServerVersioning
{
    /// <summary>
    /// Registers the SQL Server dialect, once, before the first <see cref="Repository.OpenAsync(Microsoft.EntityFrameworkCore.DbContext, RepositoryOptions?, CancellationToken)"/>
    /// of a SQL Server context (until then such a context is refused with <see cref="UnsupportedDatabaseProviderException"/>).
    /// Calling it again does nothing. Thread-safe.
    /// </summary>
    public static void Register() => Dialect.Register(SqlServerDialect.Instance);
}
