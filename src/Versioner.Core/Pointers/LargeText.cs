using System.Text;

namespace Versioner;

/// <summary>
/// A large text field stored in a shared pointer record: a new version that leaves the text unchanged shares the
/// record instead of copying the text. Immutable; converts implicitly from <see cref="string"/>.
/// </summary>
public sealed class LargeText : PointerValue
{
    private string? _value;

    private LargeText(string value, byte[] content) : base(content) => _value = value;

    private LargeText(Checksum checksum, IPointerLoader loader) : base(checksum, loader)
    {
    }

    /// <inheritdoc/>
    public override PointerKind Kind => PointerKind.Text;

    /// <summary>The text.</summary>
    public string Value => _value ??= Encoding.UTF8.GetString(Content);

    /// <summary>Wraps <paramref name="value"/>.</summary>
    /// <exception cref="InvalidFieldValueException">The text has a NUL character or an unpaired surrogate.</exception>
    public static LargeText From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        FieldValue.CheckText(value, nameof(LargeText));
        return new LargeText(value, Encoding.UTF8.GetBytes(value));
    }

    internal static LargeText Unloaded(Checksum checksum, IPointerLoader loader) => new(checksum, loader);

    internal static LargeText FromContent(byte[] content) => new(Encoding.UTF8.GetString(content), content);

    /// <summary>Wraps a string; null stays null.</summary>
    public static implicit operator LargeText?(string? value) => value is null ? null : From(value);

    /// <summary>The first 60 characters, with an ellipsis when longer.</summary>
    public override string ToString() => Value.Length <= 60 ? Value : string.Concat(Value.AsSpan(0, 59), "…");
}
