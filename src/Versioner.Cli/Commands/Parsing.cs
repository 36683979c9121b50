using System.CommandLine.Parsing;
using System.Globalization;

namespace Versioner.Cli.Commands;

/// <summary>Parsers for option values the tool reads in one way everywhere (times, durations, ids), reporting bad text as a usage error.</summary>
internal static class Parsing
{
    public static DateTimeOffset? Time(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        result.AddError($"'{text}' is not a time: write it as 2026-11-01 or 2026-11-01T12:00:00Z.");
        return null;
    }

    /// <summary>A duration as <c>90d</c>, <c>12h</c>, <c>30m</c> or a .NET time span (<c>1.12:00:00</c>).</summary>
    public static TimeSpan? Duration(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value.Trim();
        if (text.Length > 1 && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            switch (char.ToLowerInvariant(text[^1]))
            {
                case 'd': return TimeSpan.FromDays(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'm': return TimeSpan.FromMinutes(n);
            }
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }

        result.AddError($"'{text}' is not a duration: write it as 90d, 12h, 30m or d.hh:mm:ss.");
        return null;
    }

    /// <summary>
    /// A count of things to list (<c>-n</c>, <c>--limit</c>): a whole number from 1 up. Parsed here rather than checked
    /// after the parser's own conversion, which throws on a value beyond <see cref="int.MaxValue"/> instead of reporting it.
    /// </summary>
    public static int Count(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            return count;
        }

        var name = result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
        result.AddError($"{name} must be a whole number from 1 to {int.MaxValue}; got '{text}'.");
        return 0;
    }

    /// <summary>
    /// Refuses an empty or blank revision (<c>show ''</c>) with the engine's own words (<see cref="Versioner.Revision.Parse"/>),
    /// as a usage error before anything is opened. Other text is left to the command, which resolves it (a log's range
    /// <c>a..b</c> is not one revision).
    /// </summary>
    public static void Revision(SymbolResult result)
    {
        foreach (var token in result.Tokens.Where(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            try
            {
                Versioner.Revision.Parse(token.Value);
            }
            catch (InvalidRevisionException ex)
            {
                result.AddError(ex.Message);
            }
        }
    }

    public static EternalId EternalIdOf(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Guid.TryParse(text, out var guid))
        {
            return new EternalId(guid);
        }

        result.AddError($"'{text}' is not an eternal id: give the entity's full id (a UUID such as 0190f3a2-...; `versioner ls TYPE` lists them).");
        return default;
    }
}
