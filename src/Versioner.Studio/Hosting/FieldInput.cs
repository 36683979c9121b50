using System.Globalization;

namespace Versioner.Studio.Hosting;

/// <summary>Turns text typed into a form into a value of a field's CLR type, or says why it cannot.</summary>
internal static class FieldInput
{
    public static object? Parse(string text, Type type, string field)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (text.Length == 0 && (underlying is not null || !type.IsValueType) && type != typeof(string))
        {
            return null;
        }

        var target = underlying ?? type;
        var invariant = CultureInfo.InvariantCulture;
        try
        {
            object? value = target switch
            {
                _ when target == typeof(string) => text,
                _ when target == typeof(int) => int.Parse(text, NumberStyles.Integer, invariant),
                _ when target == typeof(long) => long.Parse(text, NumberStyles.Integer, invariant),
                _ when target == typeof(short) => short.Parse(text, NumberStyles.Integer, invariant),
                _ when target == typeof(decimal) => decimal.Parse(text, NumberStyles.Number, invariant),
                _ when target == typeof(double) => double.Parse(text, NumberStyles.Float, invariant),
                _ when target == typeof(float) => float.Parse(text, NumberStyles.Float, invariant),
                _ when target == typeof(bool) => bool.Parse(text),
                _ when target == typeof(Guid) => Guid.Parse(text),
                _ when target == typeof(DateOnly) => DateOnly.Parse(text, invariant),
                _ when target == typeof(TimeOnly) => TimeOnly.Parse(text, invariant),
                _ when target == typeof(DateTime) => DateTime.Parse(text, invariant, DateTimeStyles.RoundtripKind),
                _ when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, invariant, DateTimeStyles.AssumeUniversal),
                _ when target == typeof(TimeSpan) => TimeSpan.Parse(text, invariant),
                _ when target == typeof(EternalId) => EternalId.Parse(text),
                _ when target == typeof(VersionId) => VersionId.Parse(text),
                _ when target == typeof(LargeText) => LargeText.From(text),
                _ when target == typeof(EternalIdSet) => EternalIdSet.Of(text.Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(EternalId.Parse)),
                _ when target.IsEnum => Enum.Parse(target, text, ignoreCase: true),
                _ => throw new StudioInputException($"{field}: values of type {target.Name} cannot be typed in here; choose ours or theirs."),
            };
            return value;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new StudioInputException($"{field}: '{text}' is not a {Describe(target)}.");
        }
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "whole number",
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "number (write 12.50)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "date (write 2026-11-01)",
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "date and time (write 2026-11-01T12:00:00Z)",
        _ when type == typeof(EternalId) || type == typeof(Guid) || type == typeof(VersionId) => "id (a GUID)",
        _ when type == typeof(EternalIdSet) => "list of ids separated by commas",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ => type.Name,
    };
}
