namespace Bookshop.Display;

/// <summary>Headings and notes of the walkthrough's printed report.</summary>
internal static class Report
{
    private static int _section;

    public static void Section(string title)
    {
        var heading = $"{++_section}. {title}";
        Console.WriteLine();
        Console.WriteLine(heading);
        Console.WriteLine(new string('=', heading.Length));
        Console.WriteLine();
    }

    public static void Note(string text) => Console.WriteLine($"  {text}");

    public static void Blank() => Console.WriteLine();
}
