namespace Versioner;

/// <summary>
/// How the fields of one versioned entity type changed since its checksums were last computed: what a checksum
/// migration (<see cref="Repository.MigrateChecksumsAsync"/>) recomputes for. A renamed field shows as one field
/// removed and one added; a field whose type changed shows in both lists.
/// </summary>
/// <param name="EntityType">The entity type's name, as registered in the model.</param>
/// <param name="Added">Fields the type has now and did not have (name and CLR type, e.g. <c>Isbn: System.String</c>).</param>
/// <param name="Removed">Fields the type had and no longer has.</param>
public sealed record FieldSetChange(string EntityType, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    /// <summary>The change in one line, e.g. <c>Book (added Isbn: System.String; removed Code: System.String)</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Added.Count > 0)
        {
            parts.Add($"added {string.Join(", ", Added)}");
        }

        if (Removed.Count > 0)
        {
            parts.Add($"removed {string.Join(", ", Removed)}");
        }

        return parts.Count == 0 ? EntityType : $"{EntityType} ({string.Join("; ", parts)})";
    }
}
