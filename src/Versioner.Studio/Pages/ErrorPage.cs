using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>A refusal or a miss, named: what went wrong and what to do, as the engine's exceptions say it.</summary>
internal static class ErrorPage
{
    /// <param name="view">The page's view.</param>
    /// <param name="title">What kind of answer it is (Refused, Not found, History damaged).</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="link">Where to see what happened instead, or what to do next (a Studio path and its text), or null.</param>
    public static Html Render(StudioView view, string title, string message, (string Path, string Text)? link = null) => Layout.Page(view, title, null, Html.Of($"""
        <p class="error" role="alert">{message}</p>
        {Html.If(link is not null, Html.Of($"""<p><a class="next" href="{view.Url(link?.Path ?? "")}">{link?.Text}</a></p>"""))}
        <p><a href="{view.Url("")}">Branches</a> · <a href="{view.Url("log")}">Log</a> · <a href="{view.Url("workspaces")}">Workspaces</a></p>
        """));
}
