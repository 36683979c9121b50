namespace Versioner.Studio;

/// <summary>How the Studio behaves in an app: <see cref="Microsoft.Extensions.DependencyInjection.VersionerStudioServiceCollectionExtensions.AddVersionerStudio{TContext}"/> configures it.</summary>
public sealed class StudioOptions
{
    /// <summary>
    /// When true, the Studio only reads: the forms that stage, finalize, discard, merge or resolve are not shown and
    /// their endpoints answer 403. Default false.
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>Commits per log page (1 to 500). Default 50.</summary>
    public int LogPageSize { get; set; } = 50;
}
