using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;

namespace Versioner.Studio.Standalone;

/// <summary>
/// <c>dotnet run --project src/Versioner.Studio -- --db PATH-OR-CONNECTION-STRING [--write] [--port N]</c>: the Studio
/// over any Versioner database, without the application's classes, on the loopback interface only.
/// </summary>
internal static class StandaloneProgram
{
    private const string Usage = """
        usage: Versioner.Studio --db <SQLite file | SQLite or PostgreSQL connection string> [--provider sqlite|postgres] [--write] [--port N] [--default-branch NAME]
          --db        the database: a path (books.db), "Data Source=books.db", or "Host=localhost;Database=books;Username=..."
          --provider  the engine, when --db does not tell it (a .db/.sqlite path is SQLite, Host=... is PostgreSQL)
          --write     allow staging, finalizing, merging and discarding (read-only without it)
          --port      the port on 127.0.0.1 (default 5150)
          --default-branch  the branch pages show when none is chosen (default main)
        """;

    /// <summary>Exit code of a refused start: a malformed argument, or a port that is taken.</summary>
    public const int UsageError = 2;

    public static Task<int> Main(string[] args) => RunAsync(args, "Versioner Studio", CancellationToken.None);

    /// <summary>
    /// Runs the Studio until the host is told to stop (Ctrl+C on its own console) or <paramref name="cancellationToken"/>
    /// is cancelled (<c>versioner serve</c>, whose command line owns Ctrl+C): 0 then, 1 when the database cannot be
    /// opened, <see cref="UsageError"/> for arguments it cannot use or a port another process holds.
    /// </summary>
    /// <param name="args">The arguments, as <see cref="Main"/> takes them.</param>
    /// <param name="name">What starts an error line (<c>versioner</c> when run as <c>versioner serve</c>).</param>
    /// <param name="cancellationToken">Stops the Studio.</param>
    public static async Task<int> RunAsync(string[] args, string name, CancellationToken cancellationToken)
    {
        string? db = null;
        DatabaseProvider? provider = null;
        var write = false;
        var port = 5150;
        var defaultBranch = new RepositoryOptions().DefaultBranch;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length:
                    db = args[++i];
                    break;
                case "--provider" when i + 1 < args.Length && Enum.TryParse<DatabaseProvider>(args[i + 1], ignoreCase: true, out var engine) && Enum.IsDefined(engine):
                    provider = engine;
                    i++;
                    break;
                case "--default-branch" when i + 1 < args.Length:
                    defaultBranch = args[++i];
                    break;
                case "--write":
                    write = true;
                    break;
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out var chosen) && chosen is >= 0 and <= 65535:
                    port = chosen;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"{name}: '{args[i]}' is not understood.\n{Usage}");
                    return UsageError;
            }
        }

        if (db is null)
        {
            Console.Error.WriteLine($"{name}: --db is required.\n{Usage}");
            return UsageError;
        }

        StandaloneDatabase? database = null;
        try
        {
            database = StandaloneDatabase.Parse(db, write, provider, defaultBranch);
            await using var app = await StandaloneStudio.CreateAsync(database, port, cancellationToken).ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Versioner Studio over {database.Description}{(write ? "" : " (read-only; --write to change it)")}: {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false); // the token stops the app gracefully

            return 0;
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            Console.Error.WriteLine($"{name}: port {port} on 127.0.0.1 is in use (another Studio, or another program): choose another with --port N, or --port 0 for a free one.");
            return UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0; // stopped while starting
        }
        catch (NotVersionerDatabaseException) when (database is not null)
        {
            Console.Error.WriteLine($"{name}: {database.NotVersionerDatabase}");
            return 1;
        }
        catch (DatabaseException ex) when (database?.CannotRead(ex) is { } reason)
        {
            // A locked file, a file that is no database, a server refusing: the engine's words fit any operation ("Nothing
            // of it was committed"); these fit an opening.
            Console.Error.WriteLine($"{name}: {reason}");
            return 1;
        }
        catch (Exception ex) when (ex is VersionerException or ArgumentException)
        {
            Console.Error.WriteLine($"{name}: {ex.Message}");
            return 1;
        }
    }
}
