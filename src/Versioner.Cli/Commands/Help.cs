using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

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
            var code = help.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
