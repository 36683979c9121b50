using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Studio.Standalone;
using Versioner.Cli.Rendering;

namespace Versioner.Cli.Running;

/// <summary>
/// One run of a command: its parsed options, its output, and the databases it opened (closed when it ends). Every
/// command's action goes through <see cref="RunAsync"/>, which turns failures into a message on stderr and an exit code.
/// </summary>
internal sealed class CommandRun : IAsyncDisposable
{
    private readonly ParseResult _parse;
    private readonly GlobalOptions _global;
    private readonly List<OpenedRepository> _opened = [];

    private CommandRun(ParseResult parse, GlobalOptions global)
    {
        _parse = parse;
        _global = global;
        Json = parse.GetValue(global.Json);
        Output = new Output(Console.Out, Console.Error);
    }

    /// <summary>Whether to print JSON instead of text.</summary>
    public bool Json { get; }

    public Output Output { get; }

    public T? Get<T>(Option<T> option) => _parse.GetValue(option);

    public T? Get<T>(Argument<T> argument) => _parse.GetValue(argument);

    /// <summary>The repository's default branch: <c>--default-branch</c>, else <c>VERSIONER_DEFAULT_BRANCH</c>, else <c>main</c>.</summary>
    public string DefaultBranch =>
        _parse.GetValue(_global.DefaultBranch)
        ?? (Environment.GetEnvironmentVariable(GlobalOptions.DefaultBranchVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : new RepositoryOptions().DefaultBranch);

    /// <summary>Opens the database of <c>--db</c> (or <c>VERSIONER_DB</c>).</summary>
    public Task<Repository> OpenAsync(RepositoryAccess access, CancellationToken cancellationToken) =>
        OpenAsync(_parse.GetValue(_global.Db) ?? Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable), "--db", access, cancellationToken);

    /// <summary>The database of <c>--db</c> (or <c>VERSIONER_DB</c>), recognised but not opened.</summary>
    public DatabaseTarget Target() =>
        DatabaseTarget.Parse(_parse.GetValue(_global.Db) ?? Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable), _parse.GetValue(_global.Provider));

    /// <summary>Opens another database named by an argument (the other side of compare, push, pull); its engine is recognised from the text.</summary>
    public Task<Repository> OpenOtherAsync(string? text, string role, RepositoryAccess access, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new CannotOpenDatabaseException( // VERSIONER_DB, which the shared message offers, names --db's database, never this one
                $"No database given as {role}: pass the other database's path or connection string (a SQLite file such as replica.db, or Host=...;Database=... for PostgreSQL).")
            : OpenAsync(text, role, access, cancellationToken, detectOnly: true);

    /// <summary>
    /// Opens the database push writes to for writing, first making it an empty replica of <paramref name="source"/>
    /// when it is a SQLite file that does not exist yet or a database without Versioner's tables (<c>push --create</c>).
    /// </summary>
    /// <returns>The database, and whether it was created.</returns>
    public async Task<(Repository Repository, bool Created)> OpenOrCreateReplicaAsync(string? text, string role, Repository source, CancellationToken cancellationToken)
    {
        var target = DatabaseTarget.Parse(text, null, role, mayCreate: true);
        if (target.Provider != DatabaseProvider.Sqlite || File.Exists(target.Display))
        {
            try
            {
                var existing = await RepositoryOpening.OpenAsync(target, RepositoryAccess.Write, DefaultBranch, cancellationToken);
                _opened.Add(existing);
                return (existing.Repository, false);
            }
            catch (CannotOpenDatabaseException e) when (e.InnerException is NotVersionerDatabaseException)
            {
                // No Versioner tables yet: what --create is for.
            }
            catch (CannotOpenDatabaseException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "3D000" } missing)
            {
                throw new CannotOpenDatabaseException(
                    $"Cannot open the PostgreSQL database {target.Display}: {missing.MessageText}. --create makes Versioner's tables in an empty database, "
                    + "not the database itself: create it first (createdb NAME, or CREATE DATABASE NAME as a role that may), then run this again.", e);
            }
        }

        var created = await RepositoryOpening.CreateReplicaAsync(target, source, DefaultBranch, cancellationToken);
        _opened.Add(created);
        return (created.Repository, true);
    }

    private async Task<Repository> OpenAsync(string? text, string role, RepositoryAccess access, CancellationToken cancellationToken, bool detectOnly = false)
    {
        var target = DatabaseTarget.Parse(text, detectOnly ? null : _parse.GetValue(_global.Provider), role);
        var opened = await RepositoryOpening.OpenAsync(target, access, DefaultBranch, cancellationToken);
        _opened.Add(opened);
        return opened.Repository;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }
    }

    /// <summary>Runs a command's body, mapping what goes wrong to stderr and an exit code (<see cref="ExitCode"/>).</summary>
    public static async Task<int> RunAsync(ParseResult parse, GlobalOptions global, Func<CommandRun, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        await using var run = new CommandRun(parse, global);
        try
        {
            return await body(run, cancellationToken);
        }
        catch (CannotOpenDatabaseException e)
        {
            return Fail(e.Message, ExitCode.CannotOpen);
        }
        catch (InvalidDatabaseTargetException e)
        {
            // --db (or DB2) names nothing to open: no such file, an engine not told, a malformed connection string.
            return Fail(e.Message, ExitCode.CannotOpen);
        }
        catch (UsageException e)
        {
            return Fail(e.Message, ExitCode.Usage);
        }
        catch (DefaultBranchException e)
        {
            // The engine's advice is an option to open with; here, the option to pass.
            return Fail($"Branch '{e.Branch}' is the repository's default branch: it cannot be deleted or renamed. Nothing was changed. To retire it, name another default: pass --default-branch NAME (or set {GlobalOptions.DefaultBranchVariable}).", ExitCode.Usage);
        }
        catch (BranchNotMergedException e)
        {
            // The engine's advice is the call to make; here, the command to run.
            return Fail($"Branch '{e.Branch}' is not merged: its head {e.Head} is in no other branch's or tag's history. Merge it first, or delete it anyway: versioner branch -d {e.Branch} --force.", ExitCode.Usage);
        }
        catch (VersionerException e) when (e is HistoryDamagedException or PointerRecordMissingException or SchemaDamagedException or TransferVerificationException)
        {
            // Damage met on the way, not a refused request: what verify would name, so scripts can tell it from a typo.
            return Fail(EngineMessages.For(e), ExitCode.Damaged);
        }
        catch (VersionerException e)
        {
            return Fail(EngineMessages.For(e), ExitCode.Usage);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // The engine's argument checks (a malformed id, a filter a method does not apply): a usage error too, without
            // the "(Parameter 'request')" the message ends in, a name of the engine's code.
            return Fail(e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message, ExitCode.Usage);
        }
        catch (OutputFailedException e)
        {
            return Fail(e.Message, ExitCode.OutputFailed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail("cancelled; a write in progress was rolled back.", ExitCode.Cancelled);
        }
        catch (Exception e)
        {
            return Fail($"internal error ({e.GetType().Name}: {e.Message}). This is a bug: please report it with the command you ran.{Environment.NewLine}{e}", ExitCode.InternalError);
        }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"versioner: {message}");
        return code;
    }
}
