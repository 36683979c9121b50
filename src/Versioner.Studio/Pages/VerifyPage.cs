using System.Globalization;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 8: verify the whole history, with progress while it runs and every problem named, linked to its row.</summary>
internal static class VerifyPage
{
    /// <summary>Where the streamed part goes: the page is sent up to it, then progress, then the rest.</summary>
    public const string ProgressMarker = "<!--progress-->";

    public static Html Start(StudioView view) => Layout.Page(view, "Verify", "verify", Html.Of($"""
        <p>Re-hashes every commit, version and pointer record and names anything tampered with, missing or added.</p>
        <form method="get" action="{view.Url("verify")}"><input type="hidden" name="run" value="true"><button type="submit">Verify now</button></form>
        """));

    /// <summary>The page of a run: its frame with the marker where progress and the report are streamed.</summary>
    public static Html Running(StudioView view) => Layout.Page(view, "Verify", "verify", Html.Of($"""
        <p role="status" aria-live="polite">Verifying…</p>
        <ol class="progress">{Html.Raw(ProgressMarker)}
        """));

    public static Html Progress(VerifyProgress progress) =>
        Html.Of($"<li>{progress.Commits.ToString("N0", CultureInfo.InvariantCulture)} commits, {progress.Versions.ToString("N0", CultureInfo.InvariantCulture)} versions checked, {progress.Issues} problems so far</li>\n");

    public static Html Refused(string message) => Html.Of($"""</ol><p class="error" role="alert" id="verdict">{message}</p>""");

    /// <param name="view">The page's view.</param>
    /// <param name="report">What Verify found.</param>
    public static Html Report(StudioView view, VerifyReport report)
    {
        var summary = Html.Of($"""
            </ol>
            <p class="{(report.IsValid ? "ok" : "error")}" role="alert" id="verdict">{(report.IsValid ? "Verified: no problems." : $"{report.Issues.Count} problems found.")} {report.Commits} commits, {report.Versions} versions, {report.Pointers} pointer records{(report.Pruned > 0 ? $", {report.Pruned} pruned" : "")}.</p>
            """);
        if (report.IsValid)
        {
            return summary;
        }

        var rows = report.Issues.Select(issue => Html.Of($"""
            <tr><td>{issue.Kind}</td><td>{(issue.CommitId is { } c ? Html.Of($"""<a class="sha" href="{view.CommitUrl(c)}">{c.ToString(8)}</a>""") : Html.Empty)}</td><td>{issue.EntityType}</td><td>{Version(view, issue)}</td><td><code>{issue.Expected}</code></td><td><code>{issue.Actual}</code></td></tr>
            """));
        return Html.Of($"""
            {summary}
            <table class="grid issues">
            <caption class="sr">Every problem found</caption>
            <thead><tr><th scope="col">Problem</th><th scope="col">Commit</th><th scope="col">Type</th><th scope="col">Version (its row)</th><th scope="col">Expected</th><th scope="col">Actual</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
    }

    /// <summary>
    /// The version a problem names, linked to its row (the entity as of the commit that added it, typed or a document)
    /// where the row is there to show: not for a missing row, or one whose commit does not exist.
    /// </summary>
    private static Html Version(StudioView view, VerifyIssue issue) => issue switch
    {
        { VersionId: null } => Html.Empty,
        { Kind: VerifyIssueKind.MissingRow or VerifyIssueKind.DanglingRow, VersionId: { } missing } => Html.Of($"<code>{missing}</code>"),
        { VersionId: { } version } => Html.Of($"""<a class="row" href="{view.Url("version/" + version, ("type", issue.EntityType))}" aria-label="The row of {issue.EntityType} version {version}"><code>{version}</code></a>"""),
    };
}
