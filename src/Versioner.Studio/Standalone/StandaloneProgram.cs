using Microsoft.AspNetCore.Builder;

namespace Versioner.Studio.Standalone;

/// <summary>
/// <c>dotnet run --project src/Versioner.Studio -- --db PATH-OR-CONNECTION-STRING [--write] [--port N]</c>: the Studio
/// over any Versioner database, without the application's classes, on the loopback interface only.
/// </summary>
internal static class StandaloneProgram
{
    private const string Usage = """
        usage: Versioner.Studio --db <SQLite file | SQLite or PostgreSQL connection string> [--provider sqlite|postgres] [--write] [--port N]
          --db        the database: a path (books.db), "Data Source=books.db", or "Host=localhost;Database=books;Username=..."
          --provider  the engine, when --db does not tell it (a .db/.sqlite path is SQLite, Host=... is PostgreSQL)
          --write     allow staging, finalizing, merging and discarding (read-only without it)
          --port      the port on 127.0.0.1 (default 5150)
        """;

    public static async Task<int> Main(string[] args)
    {
        string? db = null;
        DatabaseProvider? provider = null;
        var write = false;
        var port = 5150;
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
                case "--write":
                    write = true;
                    break;
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], out var chosen) && chosen is >= 0 and <= 65535:
                    port = chosen;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Versioner Studio: '{args[i]}' is not understood.\n{Usage}");
                    return 2;
            }
        }

        if (db is null)
        {
            Console.Error.WriteLine($"Versioner Studio: --db is required.\n{Usage}");
            return 2;
        }

        try
        {
            var database = StandaloneDatabase.Parse(db, write, provider);
            await using var app = await StandaloneStudio.CreateAsync(database, port).ConfigureAwait(false);
            await app.StartAsync().ConfigureAwait(false);
            Console.WriteLine($"Versioner Studio over {database.Description}{(write ? "" : " (read-only; --write to change it)")}: {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
            await app.WaitForShutdownAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is VersionerException or ArgumentException)
        {
            Console.Error.WriteLine($"Versioner Studio: {ex.Message}");
            return 1;
        }
    }
}
