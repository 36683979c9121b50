using System.Globalization;

namespace Versioner.Bench;

/// <summary>One logical row's field values; every variant writes exactly these.</summary>
internal readonly record struct RowData(string Title, int Year, decimal Amount)
{
    /// <summary>Deterministic rows: a ~20-character title, a year, a decimal with two places.</summary>
    public static RowData[] Generate(int count)
    {
        var rows = new RowData[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new RowData(
                string.Create(CultureInfo.InvariantCulture, $"Title {i:D7} of the set"),
                1900 + (i % 125),
                (i * 7919L % 1_000_000) / 100m);
        }

        return rows;
    }

    /// <summary>The values of the same row after an edit (for the update variants).</summary>
    public RowData Edited() => new(Title + " (rev)", Year + 1, Amount + 1.25m);
}
