using System.Globalization;

namespace Versioner;

/// <summary>Decides whether a JSON number literal is exactly the decimal it parsed to (no rounding happened).</summary>
internal static class JsonNumber
{
    public static bool IsExactly(string literal, decimal parsed) =>
        Normalize(literal) == Normalize(parsed.ToString("E28", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal))
        || (parsed == 0 && Normalize(literal) == "0");

    // Reduces a literal to "digits e exponent" with no leading or trailing zeros in the digits: "-12.50e1" -> "-125e0".
    private static string Normalize(string literal)
    {
        var text = literal.Trim();
        var negative = text.StartsWith('-');
        if (negative || text.StartsWith('+'))
        {
            text = text[1..];
        }

        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= text.Length - dot - 1;
            text = text.Remove(dot, 1);
        }

        text = text.TrimStart('0');
        if (text.Length == 0)
        {
            return "0";
        }

        var trimmed = text.TrimEnd('0');
        exponent += text.Length - trimmed.Length;
        return $"{(negative ? "-" : "")}{trimmed}e{exponent}";
    }
}
