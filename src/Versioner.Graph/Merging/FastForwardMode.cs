namespace Versioner;

/// <summary>Whether a merge may just move the branch forward.</summary>
public enum FastForwardMode
{
    /// <summary>Fast-forward when possible, otherwise make a merge commit (git's default).</summary>
    Allow,

    /// <summary>Always make a merge commit, even when a fast-forward is possible (git's <c>--no-ff</c>).</summary>
    Never,
}
