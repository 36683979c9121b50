namespace Versioner;

/// <summary>
/// A branch or tag is to be created (or a branch renamed) under a name a branch or tag already has; branches and tags
/// share one namespace, so that a revision names one commit. Nothing was written. Choose another name, or delete the
/// existing ref first (<see cref="BranchCollection.DeleteAsync(string, bool, CancellationToken)"/>, <see cref="TagCollection.DeleteAsync(string, CancellationToken)"/>).
/// </summary>
public sealed class RefNameTakenException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public RefNameTakenException(string name, bool creatingTag)
        : base(creatingTag
            ? $"A branch or tag named '{name}' already exists; tags never move. Nothing was written: choose another name, or delete the existing one first."
            : $"A branch or tag named '{name}' already exists. Nothing was written: choose another name, or delete the existing one first.")
    {
        Name = name;
    }

    /// <summary>The name that is taken.</summary>
    public string Name { get; }
}
