using System.CommandLine.Parsing;
using System.Globalization;
using Versioner.Cli.Running;
using Versioner.Studio.Standalone;

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
            var unit = char.ToLowerInvariant(text[^1]) switch
            {
                'd' => TimeSpan.FromDays(1),
                'h' => TimeSpan.FromHours(1),
                'm' => TimeSpan.FromMinutes(1),
                _ => (TimeSpan?)null,
            };
            if (unit is { } one)
            {
                // TimeSpan's own factories throw beyond its range (99999999999d): say so as for any other bad value.
                if (n <= TimeSpan.MaxValue.Ticks / (double)one.Ticks)
                {
                    return TimeSpan.FromTicks((long)Math.Min(n * one.Ticks, TimeSpan.MaxValue.Ticks));
                }

                result.AddError($"'{text}' is too long a duration: at most {(long)TimeSpan.MaxValue.TotalDays}d.");
                return null;
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

    /// <summary>A count that may be left out (<c>--keep-newest</c>): as <see cref="Count"/> when given.</summary>
    public static int? OptionalCount(ArgumentResult result) => Count(result);

    /// <summary>A TCP port on 127.0.0.1: 0 (a free one) to 65535. Parsed here so a value out of range says so, not the parser's type name.</summary>
    public static int Port(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535)
        {
            return port;
        }

        result.AddError($"--port must be a whole number from 0 (a free port) to 65535; got '{text}'.");
        return 0;
    }

    /// <summary>
    /// The engine of <c>--provider</c>: <c>sqlite</c> or <c>postgres</c> in any case. Parsed here because the parser's own
    /// reading of an enum also takes a number (<c>--provider 5</c>) and names no engine when it refuses one.
    /// </summary>
    public static DatabaseProvider? Provider(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value.Trim();
        if (text.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (text.Equals("postgres", StringComparison.OrdinalIgnoreCase) || text.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        result.AddError($"--provider takes sqlite or postgres; got '{text}'.");
        return null;
    }

    /// <summary>
    /// Refuses an empty or blank revision (<c>show ''</c>) with the engine's own words (<see cref="Versioner.Revision.Parse"/>),
    /// as a usage error before anything is opened. Other text is left to the command, which resolves it (a log's range
    /// <c>a..b</c> is not one revision: <see cref="RevisionRange"/> reads it).
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
