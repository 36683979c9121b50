using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary>
/// Examples in every command's help: <c>versioner COMMAND --help</c> prints the usual help, then the command's
/// examples (kept out of the description so the command list stays one line per command).
/// </summary>
internal static class Help
{
    private static readonly Dictionary<Command, string[]> Examples = [];

    /// <summary>Registers <paramref name="examples"/> for <paramref name="command"/>'s help.</summary>
    public static void AddExamples(Command command, params string[] examples) => Examples[command] = examples;

    /// <summary>Makes the help option of <paramref name="root"/> (and so of every command) print the examples after the help.</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new WithExamplesAction((HelpAction)option.Action!);
    }

    private sealed class WithExamplesAction(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            var configuration = parseResult.InvocationConfiguration;
            var output = configuration.Output;
            using var rendered = new StringWriter();
            configuration.Output = rendered;
            int code;
            try
            {
                code = help.Invoke(parseResult);
            }
            finally
            {
                configuration.Output = output;
            }

            try
            {
                output.Write(WithOptionalArguments(rendered.ToString(), command, help.MaxWidth));
                if (Examples.TryGetValue(command, out var examples))
                {
                    output.WriteLine("Examples:");
                    foreach (var example in examples)
                    {
                        output.WriteLine("  " + example);
                    }

                    output.WriteLine();
                }

                output.Flush();
            }
            catch (OutputFailedException e)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"versioner: {e.Message}");
                return ExitCode.OutputFailed;
            }

            return code;
        }
    }

    /// <summary>
    /// The help's list of subcommands with each one's arguments written as its usage line writes them, optional ones in
    /// brackets (<c>log [&lt;REV&gt;]</c>): System.CommandLine's list writes every argument as if required
    /// (<c>log &lt;REV&gt;</c>), and its help builder takes no customization from outside (in 2.0.15 <c>HelpBuilder</c> is
    /// internal and <c>HelpAction</c> sealed, with <c>MaxWidth</c> its only setting: no custom sections or row labels), so
    /// short of writing all of the help anew, the list is found by its rows (the heading is localized) and written again in
    /// the builder's two columns. Laid out otherwise (a new System.CommandLine), the builder's own list is kept, and
    /// CommandLineTests' row test fails.
    /// </summary>
    private static string WithOptionalArguments(string text, Command command, int maxWidth)
    {
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (subcommands.Count == 0 || !subcommands.Any(c => c.Arguments.Any(a => !a.Hidden && a.Arity.MinimumNumberOfValues == 0)))
        {
            return text;
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var first = lines.FindIndex(l => l.StartsWith($"  {string.Join(' ', [subcommands[0].Name, .. subcommands[0].Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>")])}  ", StringComparison.Ordinal));
        if (first < 0)
        {
            return text; // not laid out as expected: the builder's own list, rather than none
        }

        var end = lines.FindIndex(first, l => l.Length == 0);
        end = end < 0 ? lines.Count : end;
        var rows = subcommands.Select(c => (Label: Label(c), c.Description ?? "")).ToList();
        lines.RemoveRange(first, end - first);
        lines.InsertRange(first, Columns(rows, maxWidth));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A command's name and arguments as System.CommandLine's usage line writes them: <c>branch [&lt;NAME&gt; [&lt;REV|NEW&gt;]]</c>.</summary>
    private static string Label(Command command)
    {
        var label = new System.Text.StringBuilder(command.Name);
        var closing = 0;
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var many = argument.Arity.MaximumNumberOfValues > 1 ? "..." : "";
            var optional = argument.Arity.MinimumNumberOfValues == 0;
            label.Append(optional ? $" [<{argument.Name}>{many}" : $" <{argument.Name}>{many}");
            closing += optional ? 1 : 0;
        }

        return label.Append(']', closing).ToString();
    }

    /// <summary>Two columns as System.CommandLine's help writes them: indented by two, two spaces apart, wrapped at <paramref name="maxWidth"/>.</summary>
    private static IEnumerable<string> Columns(IReadOnlyList<(string Label, string Description)> rows, int maxWidth)
    {
        const int Gap = 2;
        var labelWidth = rows.Max(r => r.Label.Length);
        var descriptionWidth = rows.Max(r => r.Description.Length);
        if (labelWidth + descriptionWidth + 2 * Gap > maxWidth)
        {
            labelWidth = Math.Min(labelWidth, Math.Max(1, (maxWidth / 2) - Gap));
            descriptionWidth = Math.Max(1, maxWidth - labelWidth - (2 * Gap));
        }

        foreach (var (label, description) in rows)
        {
            var left = Wrap(label, labelWidth).ToList();
            var right = Wrap(description, descriptionWidth).ToList();
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                var l = i < left.Count ? left[i] : "";
                yield return i < right.Count ? $"  {l.PadRight(labelWidth)}  {right[i]}" : $"  {l}";
            }
        }
    }

    /// <summary>Lines of at most <paramref name="width"/> characters, broken after a space where there is one.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        for (var start = 0; start < text.Length;)
        {
            if (text.Length - start <= width)
            {
                yield return text[start..];
                yield break;
            }

            var space = text.LastIndexOf(' ', start + width - 1, width);
            var length = space < start ? width : space - start + 1;
            yield return text.Substring(start, length);
            start += length;
        }
    }
}
