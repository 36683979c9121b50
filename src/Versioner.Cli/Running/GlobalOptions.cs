using System.CommandLine;
using Versioner.Studio.Standalone;

namespace Versioner.Cli.Running;

/// <summary>The options every command takes: the database and the output format.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"The database: a SQLite file (shop.db) or a PostgreSQL connection string (Host=...;Database=...). Default: ${DatabaseTarget.EnvironmentVariable}.",
        HelpName = "path|connection string",
        Recursive = true,
    };

    public Option<DatabaseProvider?> Provider { get; } = new("--provider")
    {
        Description = "The engine, when --db does not tell it (a .db/.sqlite path is SQLite, Host=... is PostgreSQL).",
        HelpName = "sqlite|postgres",
        CustomParser = Commands.Parsing.Provider,
        Recursive = true,
    };

    /// <summary>The environment variable <see cref="DefaultBranch"/> falls back to.</summary>
    public const string DefaultBranchVariable = "VERSIONER_DEFAULT_BRANCH";

    public Option<string?> DefaultBranch { get; } = new("--default-branch")
    {
        Description = $"The branch commands read when no revision is given, and the one branch never deleted or renamed. Default: ${DefaultBranchVariable}, else main.",
        HelpName = "name",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON document (the shape of each command is in docs/cli.md) instead of text.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Db);
        root.Options.Add(Provider);
        root.Options.Add(DefaultBranch);
        root.Options.Add(Json);
    }
}
