using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>A refusal or a miss, named: what went wrong and what to do, as the engine's exceptions say it.</summary>
internal static class ErrorPage
{
    public static Html Render(StudioView view, string message, int status) => Layout.Page(view, status == 404 ? "Not found" : "Refused", null, Html.Of($"""
        <p class="error" role="alert">{message}</p>
        <p><a href="{view.Url("")}">Branches</a> · <a href="{view.Url("log")}">Log</a> · <a href="{view.Url("workspaces")}">Workspaces</a></p>
        """));
}
