namespace Versioner.Storage;

/// <summary>Lifecycle of a commit row.</summary>
internal enum CommitState
{
    /// <summary>Edits in progress; rows may still change.</summary>
    Working = 0,

    /// <summary>Checksummed and immutable.</summary>
    Finalized = 1,
}
