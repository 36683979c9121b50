using System.Globalization;
using System.Text.Json;

namespace Versioner;

/// <summary>
/// One field's value in canonical form: what checksums cover and diffs compare. Two values are equal exactly when
/// their canonical encodings are equal, so a value read back from SQLite equals the same value read back from
/// PostgreSQL.
/// </summary>
/// <remarks>
/// <see cref="From(object?, string)"/> normalizes what a database could change on the way back (decimal trailing
/// zeros, sub-microsecond ticks, negative zero, <see cref="DateTimeOffset"/> offsets) and refuses what it could not
/// store faithfully (NaN, infinities, NUL characters, unpaired surrogates, local-time <see cref="System.DateTime"/>,
/// integers beyond 64 bits) with an <see cref="InvalidFieldValueException"/>.
/// </remarks>
public readonly struct FieldValue : IEquatable<FieldValue>
{
    private const long TicksPerMicrosecond = 10;
    private static readonly long UnixEpochTicks = System.DateTime.UnixEpoch.Ticks;

    private readonly long _number;
    private readonly object? _reference;

    private FieldValue(FieldKind kind, long number, object? reference)
    {
        Kind = kind;
        _number = number;
        _reference = reference;
    }

    /// <summary>The null value.</summary>
    public static FieldValue Null => default;

    /// <summary>The canonical kind.</summary>
    public FieldKind Kind { get; }

    /// <summary>True for <see cref="FieldKind.Null"/>.</summary>
    public bool IsNull => Kind == FieldKind.Null;

    /// <summary>For <see cref="FieldKind.Pointer"/>: the pointer record's checksum; otherwise empty.</summary>
    public Checksum PointerChecksum => _reference is PointerValue p ? p.Checksum : default;

    /// <summary>For <see cref="FieldKind.Pointer"/>: the pointer value itself (an <see cref="EternalIdSet"/> or <see cref="LargeText"/>).</summary>
    public PointerValue? Pointer => _reference as PointerValue;

    /// <summary>
    /// Canonicalizes a CLR value. <paramref name="fieldName"/> only names the field in the error message.
    /// </summary>
    /// <exception cref="InvalidFieldValueException">The value cannot round-trip through every supported database.</exception>
    public static FieldValue From(object? value, string fieldName = "value")
    {
        switch (value)
        {
            case null: return Null;
            case FieldValue fv: return fv;
            case bool b: return new(FieldKind.Boolean, b ? 1 : 0, null);
            case int i: return Integer(i);
            case long l: return Integer(l);
            case short s: return Integer(s);
            case byte b8: return Integer(b8);
            case sbyte sb: return Integer(sb);
            case ushort us: return Integer(us);
            case uint ui: return Integer(ui);
            case ulong ul:
                if (ul > long.MaxValue)
                {
                    throw new InvalidFieldValueException(fieldName, $"{ul} does not fit a signed 64-bit integer, the widest integer every database stores; use decimal.");
                }

                return Integer((long)ul);
            case decimal d: return Decimal(d);
            case double dbl: return Double(dbl, fieldName);
            case float f: return Double(f, fieldName);
            case string str: return String(str, fieldName);
            case char c: return String(c.ToString(), fieldName);
            case byte[] bytes: return new(FieldKind.Bytes, 0, bytes.AsSpan().ToArray());
            case DateTimeOffset dto: return new(FieldKind.Instant, ToMicroseconds(dto.UtcTicks) , null);
            case DateTime dt:
                if (dt.Kind == DateTimeKind.Local)
                {
                    throw new InvalidFieldValueException(fieldName, $"{dt:O} is a local time, which reads back differently on another machine; store DateTime.ToUniversalTime() or a DateTimeOffset.");
                }

                return new(FieldKind.DateTime, ToMicroseconds(dt.Ticks), null);
            case DateOnly date: return new(FieldKind.Date, date.DayNumber, null);
            case TimeOnly time: return new(FieldKind.Time, time.Ticks / TicksPerMicrosecond, null);
            case TimeSpan span: return new(FieldKind.Duration, Math.DivRem(span.Ticks, TicksPerMicrosecond, out var spanRem) - (spanRem < 0 ? 1 : 0), null);
            case Guid g: return new(FieldKind.Uuid, 0, g);
            case EternalId e: return e.IsEmpty ? Null : new(FieldKind.EternalReference, 0, e.Value);
            case VersionId v: return v.IsEmpty ? Null : new(FieldKind.VersionReference, 0, v.Value);
            case PointerValue p: return new(FieldKind.Pointer, 0, p);
            case JsonElement json: return FromJson(json, fieldName);
            case Enum en:
                try
                {
                    return Integer(Convert.ToInt64(en, CultureInfo.InvariantCulture));
                }
                catch (OverflowException)
                {
                    throw new InvalidFieldValueException(fieldName, $"enum value {en} does not fit a signed 64-bit integer; use a smaller underlying value.");
                }
            default:
                throw new InvalidFieldValueException(fieldName, $"values of type {value.GetType().Name} have no canonical form; use a number, string, bool, date-time, Guid, byte[], an id, or a pointer value (EternalIdSet, LargeText).");
        }
    }

    /// <summary>
    /// Canonicalizes a JSON value from a dynamic document: strings, booleans and null map to their kinds; a number
    /// written without fraction or exponent that fits 64 bits is an <see cref="FieldKind.Integer"/>, any other number a
    /// <see cref="FieldKind.Decimal"/> when decimal represents it exactly, otherwise the nearest <see cref="FieldKind.Double"/>; objects and arrays
    /// are kept as canonical JSON.
    /// </summary>
    public static FieldValue FromJson(JsonElement json, string fieldName = "value")
    {
        try
        {
            return FromJsonCore(json, fieldName);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json refuses escapes that decode to invalid UTF-16 (an unpaired surrogate like \ud800).
            throw new InvalidFieldValueException(fieldName, $"the JSON text cannot be decoded ({ex.Message}); escape only complete surrogate pairs.");
        }
    }

    private static FieldValue FromJsonCore(JsonElement json, string fieldName)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return Null;
            case JsonValueKind.True: return new(FieldKind.Boolean, 1, null);
            case JsonValueKind.False: return new(FieldKind.Boolean, 0, null);
            case JsonValueKind.String: return String(json.GetString()!, fieldName);
            case JsonValueKind.Number:
                var raw = json.GetRawText();
                if (raw.AsSpan().IndexOfAny(".eE") < 0 && json.TryGetInt64(out var l))
                {
                    return Integer(l);
                }

                if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && JsonNumber.IsExactly(raw, d))
                {
                    return Decimal(d);
                }

                // Beyond decimal's range or precision: the nearest double, which every IEEE 754 parser agrees on.
                var nearest = json.GetDouble();
                if (!double.IsFinite(nearest))
                {
                    // The text overflows even a double (1e400, a 400-digit integer): say so in the sender's own digits.
                    var shown = raw.Length <= 40 ? raw : $"{raw[..20]}... ({raw.Length} characters)";
                    throw new InvalidFieldValueException(fieldName, $"{shown} is beyond the range of a double (about ±1.8e308), the widest number a field holds. Send it as a string.");
                }

                return Double(nearest, fieldName);
            default:
                return new(FieldKind.Json, 0, CanonicalJson.Write(json, fieldName));
        }
    }

    private static FieldValue Integer(long value) => new(FieldKind.Integer, value, null);

    private static FieldValue Decimal(decimal value)
    {
        // Strip trailing zeros ("1.50" and "1.5" are one value: SQLite and PostgreSQL keep scale differently).
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return new(FieldKind.Decimal, 0, text == "-0" ? "0" : text);
    }

    private static FieldValue Double(double value, string fieldName)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidFieldValueException(fieldName, $"{value} is not a finite number; SQLite stores NaN as NULL and no database orders it consistently. Use null for 'no value'.");
        }

        if (value == 0)
        {
            value = 0; // folds -0.0 into +0.0
        }

        return new(FieldKind.Double, BitConverter.DoubleToInt64Bits(value), null);
    }

    private static FieldValue String(string value, string fieldName)
    {
        CheckText(value, fieldName);
        return new(FieldKind.String, 0, value);
    }

    internal static void CheckText(string value, string fieldName)
    {
        var nul = value.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new InvalidFieldValueException(fieldName, $"the text has a NUL character at index {nul}, which PostgreSQL cannot store; remove it or store the data as byte[].");
        }

        if (!IsValidUtf16(value, out var bad))
        {
            throw new InvalidFieldValueException(fieldName, $"the text has an unpaired surrogate at index {bad}, which cannot be encoded as UTF-8; fix the string or store it as byte[].");
        }
    }

    private static bool IsValidUtf16(string value, out int badIndex)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                badIndex = i;
                return false;
            }

            if (char.IsLowSurrogate(c))
            {
                badIndex = i;
                return false;
            }
        }

        badIndex = -1;
        return true;
    }

    private static long ToMicroseconds(long ticks) => Math.DivRem(ticks - UnixEpochTicks, TicksPerMicrosecond, out var rem) - (rem < 0 ? 1 : 0);

    private static DateTime FromMicroseconds(long micros) => new(UnixEpochTicks + micros * TicksPerMicrosecond, DateTimeKind.Unspecified);

    internal void WriteTo(CanonicalWriter writer)
    {
        writer.WriteByte((byte)Kind);
        switch (Kind)
        {
            case FieldKind.Null:
                break;
            case FieldKind.Boolean:
                writer.WriteByte((byte)_number);
                break;
            case FieldKind.Integer:
            case FieldKind.Double:
            case FieldKind.Instant:
            case FieldKind.Time:
            case FieldKind.DateTime:
            case FieldKind.Duration:
                writer.WriteInt64(_number);
                break;
            case FieldKind.Date:
                writer.WriteInt32((int)_number);
                break;
            case FieldKind.Decimal:
            case FieldKind.String:
            case FieldKind.Json:
                writer.WriteString((string)_reference!);
                break;
            case FieldKind.Bytes:
                writer.WriteBytes((byte[])_reference!);
                break;
            case FieldKind.Uuid:
            case FieldKind.EternalReference:
            case FieldKind.VersionReference:
                writer.WriteGuid((Guid)_reference!);
                break;
            case FieldKind.Pointer:
                writer.WriteChecksum(((PointerValue)_reference!).Checksum);
                break;
            default:
                throw new InvalidOperationException($"Unknown field kind {Kind}.");
        }
    }

    /// <summary>The value as a plain CLR object (for display and JSON): null, bool, long, decimal, double, string, byte[], DateTime, DateOnly, TimeOnly, TimeSpan, Guid, an id, or the pointer value.</summary>
    public object? ToObject() => Kind switch
    {
        FieldKind.Null => null,
        FieldKind.Boolean => _number != 0,
        FieldKind.Integer => _number,
        FieldKind.Decimal => decimal.Parse((string)_reference!, NumberStyles.Float, CultureInfo.InvariantCulture),
        FieldKind.Double => BitConverter.Int64BitsToDouble(_number),
        FieldKind.String or FieldKind.Json => (string)_reference!,
        FieldKind.Bytes => ((byte[])_reference!).AsSpan().ToArray(),
        FieldKind.Instant => new DateTimeOffset(FromMicroseconds(_number).Ticks, TimeSpan.Zero),
        FieldKind.DateTime => FromMicroseconds(_number),
        FieldKind.Date => DateOnly.FromDayNumber((int)_number),
        FieldKind.Time => new TimeOnly(_number * TicksPerMicrosecond),
        FieldKind.Duration => TimeSpan.FromTicks(_number * TicksPerMicrosecond),
        FieldKind.Uuid => (Guid)_reference!,
        FieldKind.EternalReference => new EternalId((Guid)_reference!),
        FieldKind.VersionReference => new VersionId((Guid)_reference!),
        FieldKind.Pointer => _reference,
        _ => throw new InvalidOperationException($"Unknown field kind {Kind}."),
    };

    /// <summary>Writes the value into a JSON document, in the form <see cref="FromJson"/> reads back to an equal value where the kind allows.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case FieldKind.Null: writer.WriteNullValue(); break;
            case FieldKind.Boolean: writer.WriteBooleanValue(_number != 0); break;
            case FieldKind.Integer: writer.WriteNumberValue(_number); break;
            case FieldKind.Decimal: writer.WriteRawValue((string)_reference!, skipInputValidation: true); break;
            case FieldKind.Double: writer.WriteNumberValue(BitConverter.Int64BitsToDouble(_number)); break;
            case FieldKind.Json: writer.WriteRawValue((string)_reference!, skipInputValidation: true); break;
            default: writer.WriteStringValue(ToString()); break;
        }
    }

    /// <inheritdoc/>
    public bool Equals(FieldValue other)
    {
        if (Kind != other.Kind || _number != other._number)
        {
            return false;
        }

        return Kind switch
        {
            FieldKind.Decimal or FieldKind.String or FieldKind.Json => string.Equals((string?)_reference, (string?)other._reference, StringComparison.Ordinal),
            FieldKind.Bytes => ((byte[])_reference!).AsSpan().SequenceEqual((byte[])other._reference!),
            FieldKind.Uuid or FieldKind.EternalReference or FieldKind.VersionReference => (Guid)_reference! == (Guid)other._reference!,
            FieldKind.Pointer => ((PointerValue)_reference!).Checksum == ((PointerValue)other._reference!).Checksum,
            _ => true,
        };
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FieldValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Kind switch
    {
        FieldKind.Decimal or FieldKind.String or FieldKind.Json => HashCode.Combine(Kind, ((string)_reference!).GetHashCode(StringComparison.Ordinal)),
        FieldKind.Bytes => HashCode.Combine(Kind, ((byte[])_reference!).Length),
        FieldKind.Uuid or FieldKind.EternalReference or FieldKind.VersionReference => HashCode.Combine(Kind, (Guid)_reference!),
        FieldKind.Pointer => HashCode.Combine(Kind, ((PointerValue)_reference!).Checksum),
        _ => HashCode.Combine(Kind, _number),
    };

    /// <summary>A short human-readable form, as shown in diffs.</summary>
    public override string ToString() => Kind switch
    {
        FieldKind.Null => "null",
        FieldKind.Boolean => _number != 0 ? "true" : "false",
        FieldKind.Integer => _number.ToString(CultureInfo.InvariantCulture),
        FieldKind.Double => BitConverter.Int64BitsToDouble(_number).ToString("R", CultureInfo.InvariantCulture),
        FieldKind.Decimal or FieldKind.Json => (string)_reference!,
        FieldKind.String => (string)_reference!,
        FieldKind.Bytes => $"<{((byte[])_reference!).Length} bytes>",
        FieldKind.Instant => ((DateTimeOffset)ToObject()!).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz", CultureInfo.InvariantCulture),
        FieldKind.DateTime => ((DateTime)ToObject()!).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        FieldKind.Date => ((DateOnly)ToObject()!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldKind.Time => ((TimeOnly)ToObject()!).ToString("HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        FieldKind.Duration => ((TimeSpan)ToObject()!).ToString("c", CultureInfo.InvariantCulture),
        FieldKind.Pointer => _reference!.ToString()!,
        _ => ToObject()!.ToString()!,
    };

    /// <summary>Equality by canonical value.</summary>
    public static bool operator ==(FieldValue left, FieldValue right) => left.Equals(right);

    /// <summary>Inequality by canonical value.</summary>
    public static bool operator !=(FieldValue left, FieldValue right) => !left.Equals(right);
}
