using Versioner;

namespace Bookshop.Model;

/// <summary>A royalty statement sent to an author for one year.</summary>
public sealed class RoyaltyStatement : Versioned
{
    public EternalId AuthorId { get; set; }

    public int Year { get; set; }

    /// <summary>
    /// The exact <see cref="RoyaltyRate"/> version the statement was computed with. A pinned reference: renegotiating
    /// the rate later makes a new version and leaves this one, so an issued statement never changes meaning.
    /// </summary>
    public VersionId RateVersionId { get; set; }

    public decimal Revenue { get; set; }

    public decimal Royalty { get; set; }
}
