namespace Versioner.Studio.Rendering;

/// <summary>A line of a text diff: kept (' '), removed ('-') or added ('+').</summary>
internal readonly record struct TextDiffLine(char Op, string Text);

/// <summary>A line diff of two texts by longest common subsequence, for large text fields.</summary>
internal static class TextDiff
{
    /// <summary>Above this many lines on a side the diff is shown as all removed, all added (the table would be too big).</summary>
    private const int MaxLines = 2000;

    public static IReadOnlyList<TextDiffLine> Lines(string? oldText, string? newText)
    {
        var a = Split(oldText);
        var b = Split(newText);
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            return [.. a.Select(l => new TextDiffLine('-', l)), .. b.Select(l => new TextDiffLine('+', l))];
        }

        // lcs[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<TextDiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new TextDiffLine(' ', a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                lines.Add(new TextDiffLine('-', a[x++]));
            }
            else
            {
                lines.Add(new TextDiffLine('+', b[y++]));
            }
        }

        lines.AddRange(a[x..].Select(l => new TextDiffLine('-', l)));
        lines.AddRange(b[y..].Select(l => new TextDiffLine('+', l)));
        return lines;
    }

    /// <summary>Whether a value is shown as a text diff rather than old → new: large text, or text over several lines.</summary>
    public static bool IsLargeText(FieldValue value) =>
        value.Pointer is LargeText || (value.Kind == FieldKind.String && (value.ToString().Contains('\n', StringComparison.Ordinal) || value.ToString().Length > 200));

    private static string[] Split(string? text) => string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").Split('\n');
}
