using System.Text;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// Seeded random request bodies: a valid upsert with one member name or value replaced by random bytes, JSON escapes
/// (lone surrogates, NUL, control characters), raw control bytes or very long text. The same seed gives the same
/// bodies, so a failure is reproduced by its seed and index.
/// </summary>
public sealed class FuzzedBodies(int seed)
{
    private static readonly string[] Escapes = [@"\ud800", @"\udc00", @"\udbff\udfff", @"\ud83d\ude00", @"\u0000", @"\u001f", @"\u007f", @"\u00e9", @"\\", @"\""", @"\n", @"\/", @"\uFFFF", @"\uFEFF"];
    private static readonly string[] TextFields = ["entityType", "author", "message", "source", "timestamp", "operation", "eternalId", "versionId"];

    private readonly Random _random = new(seed);

    /// <summary>The next body, and what was fuzzed (for the failure message).</summary>
    public (byte[] Body, string What) Next()
    {
        var text = NextText();
        var shown = Encoding.UTF8.GetString(text);
        shown = shown.Length > 80 ? $"{shown[..80]}... ({text.Length} bytes)" : shown;
        return _random.Next(5) switch
        {
            0 => (RawBodies.UpsertWithDataMemberName(text), $"data member name {shown}"),
            1 => (RawBodies.UpsertWithDataValue(text), $"data value {shown}"),
            2 => (TopLevelName(text), $"top-level member name {shown}"),
            3 => (RawBodies.UpsertWithField(TextFields[_random.Next(TextFields.Length)], text), $"field value {shown}"),
            _ => (RawBodies.Splice(Messages.Upsert(data: """{"nested": {"@@raw@@": [1, "x"]}}"""), text), $"nested member name {shown}"),
        };
    }

    /// <summary>Text to put between two quotes: a mix of plain characters, escapes, random bytes and control bytes.</summary>
    private byte[] NextText()
    {
        if (_random.Next(20) == 0)
        {
            return Encoding.UTF8.GetBytes(new string('n', _random.Next(1_000, 100_000))); // a very long name or value
        }

        var bytes = new List<byte>();
        var parts = _random.Next(0, 6);
        for (var i = 0; i < parts; i++)
        {
            switch (_random.Next(5))
            {
                case 0:
                    bytes.AddRange(Encoding.UTF8.GetBytes(Escapes[_random.Next(Escapes.Length)]));
                    break;
                case 1:
                    bytes.Add((byte)_random.Next(0x80, 0x100)); // a lone UTF-8 lead or continuation byte
                    break;
                case 2:
                    bytes.Add((byte)_random.Next(0x00, 0x20)); // a raw control byte: not valid JSON text
                    break;
                case 3:
                    var random = new byte[_random.Next(1, 8)];
                    _random.NextBytes(random);
                    bytes.AddRange(random.Where(b => b is not ((byte)'"' or (byte)'\\')));
                    break;
                default:
                    bytes.AddRange(Encoding.UTF8.GetBytes("ab-1 é€😀"[.._random.Next(1, 9)]));
                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] TopLevelName(byte[] name) =>
        RawBodies.Splice(Messages.Upsert().Replace("\"message\":", "\"@@raw@@\":", StringComparison.Ordinal), name);
}
