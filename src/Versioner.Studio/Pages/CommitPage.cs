using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 3: a commit's metadata, parents and checksum, and its diff against its first parent (a root commit: against nothing).</summary>
internal static class CommitPage
{
    public static Html Render(StudioView view, Commit commit, Diff diff)
    {
        var name = commit.IsFinalized ? commit.ShortForm : commit.Id.ToString();
        var parents = commit.Parents.Count == 0
            ? Html.Raw("none (root commit)")
            : Html.Join(commit.Parents.Select(p => Html.Of($"""<a class="sha" href="{view.CommitUrl(p)}">{p.ToString(8)}</a> """)));
        var against = commit.Parents.Count switch
        {
            0 => ", a root commit: everything in it is added",
            1 => "",
            _ => ", against the first parent",
        };
        var changes = Html.Of($"""
            <h2>Changes <span class="muted">({diff.ToString()}{against})</span></h2>
            {DiffView.Render(view, diff, name)}
            """);
        return Layout.Page(view, $"Commit {name}", "log", Html.Of($"""
            <dl class="meta">
            <dt>Message</dt><dd><pre class="message">{commit.Message}</pre></dd>
            <dt>Author</dt><dd class="author">{commit.Author}</dd>
            <dt>When</dt><dd>{Parts.Time(commit.Timestamp)}</dd>
            <dt>Checksum</dt><dd><code class="checksum">{(commit.IsFinalized ? commit.Checksum.ToString() : "(a working commit has no checksum yet)")}</code></dd>
            <dt>Id</dt><dd><code>{commit.Id}</code></dd>
            <dt>Parents</dt><dd>{parents}</dd>
            </dl>
            {changes}
            """));
    }
}
