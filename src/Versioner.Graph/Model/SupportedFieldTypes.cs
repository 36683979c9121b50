namespace Versioner.Model;

/// <summary>
/// The CLR types a versioned entity's fields may have (or <see cref="Nullable{T}"/> of them): those with a canonical form
/// (<see cref="FieldValue.From(object?, string)"/>) that both engines store faithfully. The README lists the same.
/// </summary>
internal static class SupportedFieldTypes
{
    private static readonly HashSet<Type> Types =
    [
        typeof(bool), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
        typeof(decimal), typeof(double), typeof(float), typeof(string), typeof(char), typeof(byte[]), typeof(Guid),
        typeof(DateTimeOffset), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan),
        typeof(EternalId), typeof(VersionId), typeof(CommitId), typeof(EternalIdSet), typeof(LargeText),
    ];

    /// <summary>The list, as a message names it.</summary>
    public const string List =
        "bool, sbyte, byte, short, ushort, int, uint, long, ulong (up to long.MaxValue), any enum, decimal, double, float, string, char, "
        + "byte[], Guid, DateTimeOffset, DateTime (kind Utc or Unspecified), DateOnly, TimeOnly, TimeSpan, EternalId, VersionId, EternalIdSet, LargeText, "
        + "or Nullable<T> of one of them";

    public static bool IsSupported(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || Types.Contains(type);
    }
}
