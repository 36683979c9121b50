namespace Versioner;

/// <summary>
/// What <see cref="Repository.RedactAsync"/> should remove for good: which versions, which of their fields (all of them
/// when <see cref="Fields"/> is empty), who asks and why.
/// </summary>
/// <example>
/// <code>
/// await repo.RedactAsync(new RedactionRequest
/// {
///     Versions = [leaked.VersionId],
///     Fields = ["Blurb"],
///     Scope = RedactionScope.SameValueInEntity,
///     Author = "security@example.org",
///     Reason = "INC-4711: classified text finalized by mistake",
/// });
/// </code>
/// </example>
public sealed class RedactionRequest
{
    /// <summary>The versions to clear (of typed entities or dynamic documents). Each must belong to a finalized commit.</summary>
    public IReadOnlyList<VersionId> Versions { get; init; } = [];

    /// <summary>
    /// Finalized commits whose message is replaced by <see cref="Redaction.MessagePlaceholder"/> (a secret pasted into a
    /// commit message). Their checksums and their descendants' are rewritten as for versions. Authors are kept.
    /// </summary>
    public IReadOnlyList<CommitId> Messages { get; init; } = [];

    /// <summary>
    /// The fields to clear in each named version (property names of a typed entity, member names of a document). Empty
    /// (the default): every data field of the version.
    /// </summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>Whether copies of the values in other versions of the same entity are cleared too. Default <see cref="RedactionScope.NamedVersions"/>.</summary>
    public RedactionScope Scope { get; init; } = RedactionScope.NamedVersions;

    /// <summary>Who redacts (required), kept in the redaction record.</summary>
    public string Author { get; init; } = "";

    /// <summary>Why (required), kept in the redaction record: say what was removed and on whose authority, not the secret itself.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Checks the request, reporting every problem at once.</summary>
    /// <exception cref="InvalidRedactionRequestException">A required part is missing or malformed; the message lists each problem.</exception>
    internal void Validate()
    {
        var problems = new List<string>();
        if ((Versions is null || Versions.Count == 0) && (Messages is null || Messages.Count == 0))
        {
            problems.Add("Versions and Messages are empty: name at least one version or commit message to redact");
        }
        else if (Versions is null || Messages is null)
        {
            problems.Add($"{(Versions is null ? nameof(Versions) : nameof(Messages))} is null (leave it empty instead)");
        }
        else if (Messages.Any(c => c.IsEmpty))
        {
            problems.Add("Messages holds the empty commit id");
        }
        else if (Versions.Any(v => v.IsEmpty))
        {
            problems.Add("Versions holds the empty version id");
        }

        if (Fields is null || Fields.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Fields holds a null or blank name (leave Fields empty to redact whole versions)");
        }
        else if (Fields.Distinct(StringComparer.Ordinal).Count() != Fields.Count)
        {
            problems.Add("Fields names a field twice");
        }

        if (string.IsNullOrWhiteSpace(Author))
        {
            problems.Add("Author is missing: say who redacts");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            problems.Add("Reason is missing: say why the content is removed");
        }

        if (!Enum.IsDefined(Scope))
        {
            problems.Add($"Scope {(int)Scope} is not a {nameof(RedactionScope)}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidRedactionRequestException(problems);
        }

        FieldValue.CheckText(Author, nameof(Author));
        FieldValue.CheckText(Reason, nameof(Reason));
    }
}
