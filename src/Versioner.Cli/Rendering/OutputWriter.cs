using System.Text;
using Versioner.Cli.Running;

namespace Versioner.Cli.Rendering;

/// <summary>
/// Standard output, with a failure to write it (<see cref="IOException"/>, or <see cref="UnauthorizedAccessException"/>
/// for a closed descriptor) turned into <see cref="OutputFailedException"/>, which every command and the help report the
/// same way. Installed once, over <see cref="Console.Out"/>, before anything is printed.
/// </summary>
internal sealed class OutputWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFailedException(e);
        }
    }
}
