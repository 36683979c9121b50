using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Versioner.Cli.Rendering;

/// <summary>
/// Where a command prints: rich tables on a terminal, plain aligned text when the output is redirected (a pipe or a
/// file, so scripts and <c>grep</c> see no box drawing or colour), or one JSON document with <c>--json</c>.
/// </summary>
internal sealed class Output
{
    private readonly TextWriter _out;
    private readonly IAnsiConsole? _console;

    public Output(TextWriter output, TextWriter error)
    {
        _out = output;
        Error = error;
        Interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        _console = Interactive ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }) : null;
        ErrorInteractive = !Console.IsErrorRedirected;
    }

    /// <summary>Whether stdout is a terminal (rich output) rather than a pipe or file (plain output).</summary>
    public bool Interactive { get; }

    /// <summary>Whether stderr is a terminal (a live progress display) rather than a pipe or file.</summary>
    public bool ErrorInteractive { get; }

    public TextWriter Error { get; }

    public void Line(string text = "") => _out.WriteLine(text);

    /// <summary>A line with a highlighted part (a commit id), plain when redirected.</summary>
    public void Line(string highlighted, string rest, string colour = "yellow")
    {
        if (_console is null)
        {
            _out.WriteLine(highlighted + rest);
        }
        else
        {
            _console.MarkupLine($"[{colour}]{Markup.Escape(highlighted)}[/]{Markup.Escape(rest)}");
        }
    }

    /// <summary>Rows under headers: a table on a terminal, columns separated by two spaces when redirected.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        if (_console is not null)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in headers)
            {
                table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
            }

            foreach (var row in all)
            {
                table.AddRow(row.Select(cell => (IRenderable)new Text(cell)).ToArray());
            }

            _console.Write(table);
            return;
        }

        var widths = headers.Select((h, i) => all.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        _out.WriteLine(Join(headers, widths));
        foreach (var row in all)
        {
            _out.WriteLine(Join(row, widths));
        }
    }

    /// <summary>Writes one JSON document (indented) to stdout.</summary>
    public void Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        _out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A live progress display on stderr while <paramref name="work"/> runs, when stderr is a terminal; otherwise the work alone.</summary>
    public async Task<T> WithStatusAsync<T>(string description, Func<Action<string>, Task<T>> work)
    {
        if (!ErrorInteractive)
        {
            return await work(_ => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description)).IsIndeterminate();
                var result = await work(text => task.Description = Markup.Escape(text));
                task.StopTask();
                return result;
            });
    }

    private static string Join(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
