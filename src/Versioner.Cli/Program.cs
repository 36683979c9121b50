// versioner: the command-line tool for any Versioner database. Each command is in Commands/; the one way a
// database is opened is Opening/RepositoryOpening.cs; exit codes are in Running/ExitCode.cs (docs/cli.md).
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Versioner.Cli.Commands;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

Console.SetOut(new OutputWriter(Console.Out)); // a stdout that cannot be written is reported, not a crash (exit 74)
var global = new GlobalOptions();
var root = new RootCommand("versioner: look at, check and copy the history of any Versioner database (SQLite or PostgreSQL), without the application's code.");
Help.AddExamples(root,
    "versioner log --db shop.db --graph",
    "VERSIONER_DB=\"Host=localhost;Database=shop;Username=app;Password=...\" versioner verify --progress",
    "versioner compare replica.db --db shop.db");
global.AddTo(root);
root.Subcommands.Add(LogCommand.Create(global));
root.Subcommands.Add(ShowCommand.Create(global));
root.Subcommands.Add(DiffCommand.Create(global));
root.Subcommands.Add(HistoryCommand.Create(global));
root.Subcommands.Add(BlameCommand.Create(global));
root.Subcommands.Add(CatCommand.Create(global));
root.Subcommands.Add(LsCommand.Create(global));
root.Subcommands.Add(BranchCommand.Create(global));
root.Subcommands.Add(TagCommand.Create(global));
root.Subcommands.Add(VerifyCommand.Create(global));
root.Subcommands.Add(CompareCommand.Create(global));
root.Subcommands.Add(TransferCommands.Push(global));
root.Subcommands.Add(TransferCommands.Pull(global));
root.Subcommands.Add(RedactCommand.Create(global));
root.Subcommands.Add(RetentionCommand.Create(global));
root.Subcommands.Add(SchemaCommand.Create(global));
root.Subcommands.Add(ServeCommand.Create(global));
root.Subcommands.Add(UpgradeCommand.Create(global));

Help.Install(root);
RefuseOptionLikeArguments(root);
NameSubcommandsWhenRunAlone(root, "versioner");

var parsed = root.Parse(args);
if (parsed.Action is ParseErrorAction)
{
    // A usage error (unknown option, missing argument, malformed value): each error on a line starting "versioner: " like
    // every other error (docs/cli.md), then a suggestion for a typo, a pointer to the help rather than all of it, and exit
    // code 2 as documented (not the parser's default 1). The parser's own action, which would print them, is not run.
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"versioner: {error.Message}");
    }

    foreach (var line in Suggestions(parsed))
    {
        Console.Error.WriteLine(line);
    }

    var path = new List<string>();
    for (var result = parsed.CommandResult; result is not null && result.Command != root; result = result.Parent as CommandResult)
    {
        path.Insert(0, result.Command.Name); // retention preview, not preview
    }

    Console.Error.WriteLine($"Run '{string.Join(' ', ["versioner", .. path])} --help' for usage and examples.");
    return ExitCode.Usage;
}

return await parsed.InvokeAsync();

// A command that only groups others (the root, retention), run alone, names them: without an action of its own the parser
// reported "Required command was not provided", beside the unknown command a typo gives (versioner lgo) as well.
static void NameSubcommandsWhenRunAlone(Command command, string path)
{
    if (command.Action is null && command.Subcommands.Count > 0)
    {
        command.SetAction(_ =>
        {
            Console.Error.WriteLine($"versioner: Name a command after '{path}': {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.");
            Console.Error.WriteLine($"Run '{path} --help' for usage and examples.");
            return ExitCode.Usage;
        });
    }

    foreach (var subcommand in command.Subcommands)
    {
        NameSubcommandsWhenRunAlone(subcommand, $"{path} {subcommand.Name}");
    }
}

// The parser gives a command's optional argument (log's REV, branch's NAME) any token it does not know, so a mistyped
// option became a revision that names nothing, or a branch called "-x". No revision, name, id or type starts with '-'
// (branch and tag names cannot), so such a token is an unknown option.
static void RefuseOptionLikeArguments(Command command)
{
    foreach (var argument in command.Arguments)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                result.AddError($"Unrecognized option '{token.Value}' (not a {argument.Name}: none starts with '-').");
            }
        });
    }

    foreach (var subcommand in command.Subcommands)
    {
        RefuseOptionLikeArguments(subcommand);
    }
}

// For each token the parser matched to nothing, and each option-like token an argument took (log --grpah: refused by
// RefuseOptionLikeArguments), the names it is closest to among what the command takes of the same kind: a word is no
// typo of an option (log main main suggested -n), nor an option a typo of a command. Closest: the fewest edits, at most
// one per two letters of the word typed and at most three, so that -x suggests no one-letter option. Worded as
// System.CommandLine words its own suggestions.
static IEnumerable<string> Suggestions(ParseResult parsed)
{
    var optionLike = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Where(v => v.StartsWith('-') && v.Length > 1);
    foreach (var token in parsed.UnmatchedTokens.Concat(optionLike).Distinct())
    {
        var maxEdits = Math.Min(3, token.TrimStart('-').Length / 2);
        var names = token.StartsWith('-') ? OptionNames(parsed.CommandResult) : parsed.CommandResult.Command.Subcommands.Where(c => !c.Hidden).SelectMany(Names);
        var near = names.Distinct().Select(name => (Name: name, Edits: Edits(token, name))).Where(n => n.Edits <= maxEdits).ToList();
        if (near.Count == 0)
        {
            continue;
        }

        yield return $"'{token}' was not matched. Did you mean one of the following?";
        foreach (var (name, _) in near.Where(n => n.Edits == near.Min(m => m.Edits)))
        {
            yield return name;
        }
    }
}

// The options a command takes: its own, and the recursive ones of the commands above it (--db, --json, --help).
static IEnumerable<string> OptionNames(CommandResult command)
{
    var own = true;
    for (SymbolResult? result = command; result is not null; result = result.Parent)
    {
        if (result is CommandResult { Command: var c })
        {
            foreach (var option in c.Options.Where(o => !o.Hidden && (own || o.Recursive)))
            {
                foreach (var name in Names(option))
                {
                    yield return name;
                }
            }

            own = false;
        }
    }
}

static IEnumerable<string> Names(Symbol symbol) => symbol switch
{
    Option o => o.Aliases.Prepend(o.Name),
    Command c => c.Aliases.Prepend(c.Name),
    _ => [symbol.Name],
};

// The edit distance from a to b: the fewest single-character insertions, deletions, substitutions and swaps of two
// neighbours (lgo is one edit from log).
static int Edits(string a, string b)
{
    var d = new int[a.Length + 1, b.Length + 1];
    for (var i = 0; i <= a.Length; i++)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            d[i, j] = i == 0 || j == 0 ? i + j : Math.Min(Math.Min(d[i - 1, j], d[i, j - 1]) + 1, d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            {
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
    }

    return d[a.Length, b.Length];
}

/// <summary>The entry point stays internal (the ASP.NET Core framework the Studio brings would otherwise make it public).</summary>
internal sealed partial class Program;
