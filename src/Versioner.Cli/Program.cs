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

var parsed = root.Parse(args);
if (parsed.Action is ParseErrorAction parseError)
{
    // A usage error (unknown option, missing argument, malformed value): each error on a line starting "versioner: " like
    // every other error (docs/cli.md), then the parser's suggestion for a typo, a pointer to the help rather than all of
    // it, and exit code 2 as documented (not the parser's default 1).
    parseError.ShowHelp = false;
    using var parserText = new StringWriter();
    await parsed.InvokeAsync(new InvocationConfiguration { Output = parserText, Error = parserText });
    var errors = parsed.Errors.Select(e => e.Message).ToList();
    foreach (var message in errors)
    {
        Console.Error.WriteLine($"versioner: {message}");
    }

    foreach (var line in Suggestions(parserText.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !errors.Contains(l))))
    {
        Console.Error.WriteLine(line); // the typo's suggestion
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

// The parser's suggestions for an unmatched token: a header line ("'main' was not matched. Did you mean one of the
// following?") and the candidates under it. A word that is no option is not a typo of one (log main main suggested -n),
// nor an option a typo of a command: candidates of the other kind are left out, and a header left with none.
static IEnumerable<string> Suggestions(IEnumerable<string> lines)
{
    var blocks = new List<(string Header, List<string> Candidates)>();
    foreach (var line in lines)
    {
        if (line.StartsWith('\'') || blocks.Count == 0)
        {
            blocks.Add((line, []));
        }
        else
        {
            blocks[^1].Candidates.Add(line);
        }
    }

    foreach (var (header, candidates) in blocks)
    {
        var token = header.StartsWith('\'') ? header[1..header.IndexOf('\'', 1)] : null;
        var kept = token is null ? candidates : candidates.Where(c => c.StartsWith('-') == token.StartsWith('-')).ToList();
        if (kept.Count > 0 || candidates.Count == 0)
        {
            yield return header;
            foreach (var candidate in kept)
            {
                yield return candidate;
            }
        }
    }
}

/// <summary>The entry point stays internal (the ASP.NET Core framework the Studio brings would otherwise make it public).</summary>
internal sealed partial class Program;
