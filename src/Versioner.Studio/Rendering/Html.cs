using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Versioner.Studio.Rendering;

/// <summary>
/// A fragment of HTML. Built with <see cref="Of"/> from an interpolated string whose literal parts are markup and
/// whose holes are encoded text, unless they are <see cref="Html"/> themselves (or sequences of it): escaping is the
/// default, so a commit message or a field value can never become markup.
/// </summary>
internal readonly struct Html
{
    private Html(string value) => Value = value;

    public static Html Empty { get; } = new("");

    public string Value { get; }

    public static Html Of(HtmlBuilder builder) => new(builder.ToString());

    /// <summary>Markup from a trusted constant or from already-encoded text.</summary>
    public static Html Raw(string markup) => new(markup);

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary><paramref name="html"/> when <paramref name="condition"/> holds, else nothing.</summary>
    public static Html If(bool condition, Html html) => condition ? html : Empty;

    public override string ToString() => Value;
}

/// <summary>The interpolated string handler behind <see cref="Html.Of"/>.</summary>
[InterpolatedStringHandler]
internal readonly struct HtmlBuilder
{
    private readonly StringBuilder _text;

    public HtmlBuilder(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + (formattedCount * 16));

    public void AppendLiteral(string markup) => _text.Append(markup);

    public void AppendFormatted(Html html) => _text.Append(html.Value);

    public void AppendFormatted(IEnumerable<Html> parts)
    {
        foreach (var part in parts)
        {
            _text.Append(part.Value);
        }
    }

    public void AppendFormatted<T>(T value)
    {
        var text = value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        _text.Append(HtmlEncoder.Default.Encode(text));
    }

    public override string ToString() => _text.ToString();
}
