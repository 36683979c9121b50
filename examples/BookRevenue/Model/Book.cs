using Versioner;

namespace Bookshop.Model;

/// <summary>A title in the catalog.</summary>
public sealed class Book : Versioned
{
    public string Title { get; set; } = "";

    /// <summary>The author by eternal id: in any snapshot it means the author's version current there.</summary>
    public EternalId AuthorId { get; set; }

    public decimal ListPrice { get; set; }

    /// <summary>
    /// Many-to-many to <see cref="CategoryTag"/>: an immutable set stored as a shared pointer record, so a version
    /// that keeps its tags shares the record instead of copying it.
    /// </summary>
    public EternalIdSet Categories { get; set; } = EternalIdSet.Empty;

    /// <summary>Back-cover text; stored once and shared by every version that leaves it unchanged.</summary>
    public LargeText? Blurb { get; set; }
}
