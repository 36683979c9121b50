using System.Globalization;

namespace Bookshop.Display;

/// <summary>A console table with aligned columns; numbers are right-aligned, money shown with two decimals.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly bool[] _numeric = new bool[headers.Length];

    public TextTable Row(params object?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            _numeric[i] |= cells[i] is decimal or int or long;
        }

        _rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    public void Print()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        Console.WriteLine(Line(headers));
        Console.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray()));
        foreach (var row in _rows)
        {
            Console.WriteLine(Line(row));
        }

        Console.WriteLine();

        string Line(string[] cells) =>
            "  " + string.Join("  ", cells.Select((c, i) => _numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        decimal d => d.ToString("#,0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
