using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage.Dialects;

namespace Versioner;

/// <summary>
/// A list of UUIDs bound as one SQL parameter, in the form the database engine reads best, as Versioner binds its own
/// id lists: on SQLite a JSON array of 32 hex digits each read with <c>json_each</c> and <c>unhex</c>, on PostgreSQL a
/// <c>uuid[]</c> compared with <c>= ANY</c>. For raw SQL over the application's own tables beside Versioner's: one
/// statement text serves lists of any length, so it can stay prepared. The column compared must hold ids as Versioner
/// stores its own: declare its property as <see cref="VersionId"/>, <see cref="EternalId"/> or <see cref="CommitId"/>
/// (<c>UseVersioning()</c> maps them as Versioner's columns: 16 bytes on SQLite, <c>uuid</c> on PostgreSQL); a plain
/// <see cref="Guid"/> property is text on SQLite and is not matched there.
/// </summary>
/// <example>
/// <code>
/// var ids = IdListParameter.For(db);
/// using var command = db.Database.GetDbConnection().CreateCommand();
/// command.CommandText = $"SELECT version_id FROM ingest_versions WHERE {ids.In("version_id", "@ids")}";
/// command.Parameters.Add(ids.Mapping.CreateParameter(command, "@ids", ids.ValueOf(versionIds)));
/// </code>
/// </example>
public sealed class IdListParameter
{
    private readonly Dialect _dialect;
    private readonly Mappings _map;

    private IdListParameter(Dialect dialect, Mappings map)
    {
        _dialect = dialect;
        _map = map;
        Mapping = dialect.IdListParameter(map, []).Mapping;
    }

    /// <summary>EF's type mapping of the parameter (it makes the parameter: <c>Mapping.CreateParameter(command, name, value)</c>).</summary>
    public RelationalTypeMapping Mapping { get; }

    /// <summary>The id list form of <paramref name="context"/>'s database engine.</summary>
    /// <param name="context">A context whose model has Versioner's tables (<c>modelBuilder.UseVersioning()</c>).</param>
    /// <exception cref="UnsupportedDatabaseProviderException">The context's EF provider is not one Versioner supports.</exception>
    /// <exception cref="VersioningNotConfiguredException">The context's model has no Versioner tables.</exception>
    public static IdListParameter For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dialect = Dialect.For(context);
        if (context.Model.FindAnnotation(VersioningAnnotations.Configured) is null)
        {
            // Versioner's own columns type the parameter (as they type its own id lists).
            throw new VersioningNotConfiguredException(
                $"{context.GetType().Name}'s model has no Versioner tables. Call modelBuilder.UseVersioning() at the end of OnModelCreating.");
        }

        return new IdListParameter(dialect, new Mappings(context));
    }

    /// <summary>The condition that <paramref name="column"/> is one of the ids held by the parameter <paramref name="parameterName"/> (<c>@ids</c>).</summary>
    public string In(string column, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(column);
        ArgumentException.ThrowIfNullOrEmpty(parameterName);
        return _dialect.InIdList(column, parameterName);
    }

    /// <summary>The parameter's value holding <paramref name="ids"/>.</summary>
    public object ValueOf(IEnumerable<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return _dialect.IdListParameter(_map, ids).Value;
    }
}
