using Versioner;

namespace Bookshop.Model;

/// <summary>What one book earned in one year. At most one per book and year in any snapshot.</summary>
public sealed class BookRevenue : Versioned
{
    public EternalId BookId { get; set; }

    public int Year { get; set; }

    public decimal Amount { get; set; }
}
