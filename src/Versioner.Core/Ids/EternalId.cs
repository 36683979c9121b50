using System.Diagnostics.CodeAnalysis;

namespace Versioner;

/// <summary>
/// Names one entity across all of its versions. Other versions and references follow it; it never changes.
/// </summary>
/// <remarks>
/// A UUID, by default version 7 (time-ordered, see <see cref="Guid.CreateVersion7()"/>), so ids are globally unique,
/// index-friendly and identical in every database that holds the same history. <c>default</c> is the empty id and
/// means "not assigned yet". Equality and hashing are by value.
/// </remarks>
public readonly record struct EternalId : IComparable<EternalId>, ISpanParsable<EternalId>
{
    /// <summary>Wraps an existing UUID. Use <see cref="New"/> to make a fresh one.</summary>
    public EternalId(Guid value) => Value = value;

    /// <summary>The underlying UUID.</summary>
    public Guid Value { get; }

    /// <summary>True for <c>default</c>: no id has been assigned.</summary>
    public bool IsEmpty => Value == Guid.Empty;

    /// <summary>Creates a new time-ordered (UUIDv7) id.</summary>
    public static EternalId New() => new(UuidV7.New());

    /// <summary>Parses any standard UUID text form (with or without dashes or braces).</summary>
    /// <exception cref="FormatException">The text is not a UUID, or is the empty UUID.</exception>
    public static EternalId Parse(string text) => new(GuidText.Parse(text, nameof(EternalId)));

    static EternalId IParsable<EternalId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static EternalId ISpanParsable<EternalId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <summary>Parses UUID text without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out EternalId result) => TryParse(text.AsSpan(), out result);

    /// <inheritdoc cref="TryParse(string?, out EternalId)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out EternalId result)
    {
        var ok = GuidText.TryParse(text, out var value);
        result = ok ? new EternalId(value) : default;
        return ok;
    }

    static bool IParsable<EternalId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EternalId result) => TryParse(s, out result);

    static bool ISpanParsable<EternalId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EternalId result) => TryParse(s, out result);

    /// <inheritdoc/>
    public int CompareTo(EternalId other) => Value.CompareTo(other.Value);

    /// <summary>The UUID in its usual dashed form.</summary>
    public override string ToString() => Value.ToString();

    /// <summary>
    /// A short form for display: the <em>last</em> <paramref name="length"/> hex digits. A UUIDv7 starts with a
    /// millisecond timestamp, so ids made together share their leading digits; the tail is random.
    /// </summary>
    public string ToString(int length) => GuidText.Format(Value, length);

    /// <summary>Converts from a UUID.</summary>
    public static explicit operator EternalId(Guid value) => new(value);

    /// <summary>Compares in UUID order (for UUIDv7, creation order).</summary>
    public static bool operator <(EternalId left, EternalId right) => left.CompareTo(right) < 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator >(EternalId left, EternalId right) => left.CompareTo(right) > 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator <=(EternalId left, EternalId right) => left.CompareTo(right) <= 0;

    /// <inheritdoc cref="op_LessThan"/>
    public static bool operator >=(EternalId left, EternalId right) => left.CompareTo(right) >= 0;
}
