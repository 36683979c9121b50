using Versioner;

namespace Bookshop.Model;

/// <summary>The share of revenue an author is paid. Renegotiating it makes a new version.</summary>
public sealed class RoyaltyRate : Versioned
{
    public EternalId AuthorId { get; set; }

    public decimal Percent { get; set; }
}
