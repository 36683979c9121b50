namespace Versioner;

/// <summary>Options of <see cref="Workspace.MergeAsync"/>.</summary>
public sealed class MergeOptions
{
    /// <summary>Automatic conflict resolutions and field groups. Default: none.</summary>
    public MergePolicy Policy { get; init; } = MergePolicy.Default;

    /// <summary>Fast-forward when possible (default) or always make a merge commit.</summary>
    public FastForwardMode FastForward { get; init; } = FastForwardMode.Allow;

    /// <summary>The merge commit's author. Default <c>versioner</c>.</summary>
    public string Author { get; init; } = "versioner";

    /// <summary>The merge commit's message. Default: <c>Merge {revision} into {branch}</c>.</summary>
    public string? Message { get; init; }
}
