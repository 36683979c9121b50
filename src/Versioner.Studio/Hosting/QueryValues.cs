using System.Globalization;

namespace Versioner.Studio.Hosting;

/// <summary>
/// Typed values of a page's query string (<c>page</c>, <c>desc</c>, <c>pinned</c>, <c>run</c>), read here rather than by
/// the framework's binding, whose refusal is an empty 400: text that is not a value is the Studio's 400 page naming the
/// parameter and what it takes.
/// </summary>
internal static class QueryValues
{
    /// <summary>
    /// An id in an address or a form (an entity's, a version's, a workspace's): a GUID other than the empty one, which
    /// names nothing. Refused naming <paramref name="what"/> it should have been.
    /// </summary>
    /// <exception cref="StudioInputException">The text is no GUID, or the empty one.</exception>
    public static T Id<T>(string text, string what)
        where T : IParsable<T> =>
        T.TryParse(text, CultureInfo.InvariantCulture, out var id) ? id
        : throw new StudioInputException(Guid.TryParse(text, out _)
            ? $"'{text}' is not {what}: the empty GUID (all zeros) names nothing."
            : $"'{text}' is not {what} (a GUID).");

    /// <summary>A page number: 1 when not given, below 1 read as 1.</summary>
    /// <exception cref="StudioInputException">The text is not a whole number within <see cref="int"/>.</exception>
    public static int Page(string? text, string name = "page") =>
        string.IsNullOrWhiteSpace(text) ? 1
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var page) ? Math.Max(page, 1)
        : throw new StudioInputException($"{name}: '{text}' is not a page number; give a whole number from 1 to {int.MaxValue}.");

    /// <summary>A yes-or-no switch: false when not given.</summary>
    /// <exception cref="StudioInputException">The text is neither <c>true</c> nor <c>false</c>.</exception>
    public static bool Flag(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? false
        : bool.TryParse(text.Trim(), out var flag) ? flag
        : throw new StudioInputException($"{name}: '{text}' is neither true nor false; give {name}=true or {name}=false, or leave it out.");
}
