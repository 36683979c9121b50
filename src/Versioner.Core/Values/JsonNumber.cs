using System.Globalization;

namespace Versioner;

/// <summary>Decides whether a JSON number literal is exactly the decimal it parsed to (no rounding happened).</summary>
internal static class JsonNumber
{
    public static bool IsExactly(string literal, decimal parsed) =>
        FitsDecimal(literal)
        || Normalize(literal) == Normalize(parsed.ToString("E28", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal))
        || (parsed == 0 && Normalize(literal) == "0");

    /// <summary>
    /// True for a plain literal (optional minus, digits, optional fraction, no exponent) of at most 28 digits: its
    /// digits fit decimal's 96-bit mantissa and its scale is at most 28, so parsing it rounded nothing. The common
    /// case (<c>12.50</c>), decided without the string work of the general comparison.
    /// </summary>
    private static bool FitsDecimal(string literal)
    {
        var digits = 0;
        var dot = false;
        for (var i = literal.StartsWith('-') ? 1 : 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && !dot)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        return digits is > 0 and <= 28;
    }

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
