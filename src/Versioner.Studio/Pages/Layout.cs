using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>The page frame: navigation, the page's heading and its content.</summary>
internal static class Layout
{
    public static Html Page(StudioView view, string title, string? section, Html body) => Html.Of($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · Versioner Studio</title>
        <link rel="stylesheet" href="{view.Url("studio.css")}">
        <script src="{view.Url("studio.js")}" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
        <a class="brand" href="{view.Url("")}">Versioner Studio</a>
        <nav aria-label="Studio"><ul>
        {NavItem(view, "", "Branches", section == "branches")}
        {NavItem(view, "log", "Log", section == "log")}
        {NavItem(view, "browse", "As of", section == "browse")}
        {NavItem(view, "workspaces", "Workspaces", section == "workspaces")}
        {Html.If(view.CanWrite, NavItem(view, "merge", "Merge", section == "merge"))}
        {NavItem(view, "verify", "Verify", section == "verify")}
        </ul></nav>
        {Html.If(!view.CanWrite, Html.Raw("""<span class="badge" title="Started without --write">read-only</span>"""))}
        </header>
        <main id="main">
        <h1>{title}</h1>
        {body}
        </main>
        </body>
        </html>
        """);

    private static Html NavItem(StudioView view, string path, string label, bool current) =>
        current
            ? Html.Of($"""<li><a href="{view.Url(path)}" aria-current="page">{label}</a></li>""")
            : Html.Of($"""<li><a href="{view.Url(path)}">{label}</a></li>""");
}
