namespace Versioner.Studio.Standalone;

/// <summary>
/// <c>dotnet run --project src/Versioner.Studio -- --db PATH-OR-CONNECTION-STRING [--write] [--port N]</c>: the Studio
/// over any Versioner database, without the application's classes, on the loopback interface only.
/// </summary>
internal static class StandaloneProgram
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("The standalone Studio needs the engine's model-free opening, which is not in this build yet. Host it embedded: services.AddVersionerStudio<TContext>() and app.MapVersionerStudio(\"/versioner\", policy).");
        _ = args;
        return 2;
    }
}
