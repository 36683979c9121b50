using System.Text;

namespace Versioner.Studio.Rendering;

/// <summary>What every page needs besides its data: where the Studio is mapped, whether it may write, the anti-forgery token.</summary>
internal sealed record StudioView(string Base, bool CanWrite, string DefaultBranch, string? User, string? AntiforgeryField, string? AntiforgeryToken)
{
    /// <summary>A link inside the Studio: <paramref name="path"/> under its base, with the query parameters that have a value.</summary>
    public string Url(string path, params (string Name, string? Value)[] query)
    {
        var url = new StringBuilder(Base.TrimEnd('/')).Append('/').Append(path.TrimStart('/'));
        var first = true;
        foreach (var (name, value) in query)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            url.Append(first ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        return url.ToString();
    }

    public string CommitUrl(Commit commit) => Url("commit/" + (commit.IsFinalized ? commit.ShortForm : commit.Id.ToString()));

    public string CommitUrl(CommitId id) => Url("commit/" + id);

    public string EntityUrl(EternalId id, string? revision = null) => Url("entity/" + id, ("rev", revision));
}
