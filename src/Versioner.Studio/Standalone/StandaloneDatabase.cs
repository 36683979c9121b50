using System.Data.Common;

namespace Versioner.Studio.Standalone;

/// <summary>The database named by <c>--db</c> (read as the command line reads it, <see cref="DatabaseTarget"/>) and whether the Studio may write to it.</summary>
internal sealed class StandaloneDatabase
{
    private readonly DatabaseTarget _target;

    private StandaloneDatabase(DatabaseTarget target, bool write, string defaultBranch)
    {
        _target = target;
        Write = write;
        DefaultBranch = defaultBranch;
    }

    /// <summary>What to print: the file or the server and database (never a password).</summary>
    public string Description => _target.Description;

    public bool Write { get; }

    /// <summary>The branch pages show when none is chosen (<c>--default-branch</c>, default <c>main</c>).</summary>
    public string DefaultBranch { get; }

    /// <summary>Why the database holds no Versioner history and what to check, worded for what <c>--db</c> gave (<see cref="DatabaseTarget.NotVersionerDatabase"/>).</summary>
    public string NotVersionerDatabase => $"Cannot open {_target.Description}: {_target.NotVersionerDatabase}";

    /// <summary>
    /// Why the database could not be read at all, worded for an opening and for what <c>--db</c> gave
    /// (<see cref="DatabaseTarget.Unreadable"/>, as the command line says it); null for another error.
    /// </summary>
    public string? CannotRead(DatabaseException exception) =>
        _target.Unreadable(exception) is { } reason ? $"Cannot open {_target.Description}: {reason}" : null;

    /// <summary>
    /// The options of each request's opening: read-only unless --write (the engine refuses writes then, too); guards are
    /// installed once, at the start, not per request.
    /// </summary>
    public RepositoryOptions Options => new() { ReadOnly = !Write, InstallDatabaseGuards = false, DefaultBranch = DefaultBranch };

    /// <summary>A new connection; a SQLite file is opened read-only unless --write.</summary>
    public DbConnection NewConnection() => _target.NewConnection(readOnlyFile: !Write);

    /// <summary>Reads <c>--db</c> (and <c>--provider</c>) as <see cref="DatabaseTarget.Parse"/> does.</summary>
    /// <exception cref="InvalidDatabaseTargetException">The text names no database Versioner can open; the message says why.</exception>
    public static StandaloneDatabase Parse(string db, bool write, DatabaseProvider? provider = null, string defaultBranch = "main") =>
        new(DatabaseTarget.Parse(db, provider), write, defaultBranch);
}
