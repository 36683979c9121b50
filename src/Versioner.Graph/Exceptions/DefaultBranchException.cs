namespace Versioner;

/// <summary>
/// The branch is the repository's default branch (<see cref="RepositoryOptions.DefaultBranch"/>), which workspaces,
/// the command-line tool and the Studio start from: it is neither deleted nor renamed, even with force. Nothing was
/// changed. To retire it, open the repository with another <see cref="RepositoryOptions.DefaultBranch"/> first.
/// </summary>
public sealed class DefaultBranchException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public DefaultBranchException(string branch, string operation)
        : base($"Branch '{branch}' is the repository's default branch (RepositoryOptions.DefaultBranch); it cannot be {operation}. Nothing was changed: to retire it, open the repository with another DefaultBranch (a branch that exists or a new name), then {(operation == "deleted" ? "delete" : "rename")} '{branch}'.")
    {
        Branch = branch;
    }

    /// <summary>The default branch the caller tried to delete or rename.</summary>
    public string Branch { get; }
}
