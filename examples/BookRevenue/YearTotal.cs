namespace Bookshop;

/// <summary>One row of the revenue-per-year query.</summary>
internal sealed record YearTotal(int Year, decimal Total);
