namespace Versioner;

/// <summary>
/// A workspace was asked for on a name that is a tag, not a branch: tags never move, so nothing can be finalized on
/// one. Read it with <see cref="Repository.CheckoutDetachedAsync"/> or <see cref="Repository.SnapshotAsync(Revision, CancellationToken)"/>, or create
/// a branch at it (<see cref="BranchCollection.CreateAsync(string, Revision, CancellationToken)"/>) to make changes. The
/// name is the caller's input (<see cref="VersionerException.IsInvalidInput"/>), as is a working commit named where a
/// finalized one is wanted (<see cref="UnfinalizedCommitException"/>): the same name is refused for as long as it is a tag.
/// </summary>
public sealed class NotABranchException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public NotABranchException(string name)
        : base($"'{name}' is a tag; tags never move. Create a branch at it to make changes (repository.Branches.CreateAsync(\"my-branch\", \"{name}\")), or read it with CheckoutDetachedAsync.")
    {
        IsInvalidInput = true;
        Name = name;
    }

    /// <summary>The tag's name.</summary>
    public string Name { get; }
}
