namespace Versioner;

/// <summary>Shared parsing and formatting for the Guid-backed ids.</summary>
internal static class GuidText
{
    /// <summary>The last <paramref name="length"/> hex digits: the random tail of a UUIDv7.</summary>
    public static string Format(Guid value, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var text = value.ToString("N");
        return length >= text.Length ? text : text[^length..];
    }

    public static bool TryParse(ReadOnlySpan<char> text, out Guid value) =>
        Guid.TryParse(text, out value) && value != Guid.Empty;

    public static Guid Parse(string text, string typeName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var value))
        {
            throw new FormatException($"'{text}' is not a valid {typeName}: expected a non-empty GUID such as 0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f.");
        }

        return value;
    }
}
