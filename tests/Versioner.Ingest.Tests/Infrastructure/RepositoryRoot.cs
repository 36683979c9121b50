using System.Runtime.CompilerServices;

namespace Versioner.Tests.Infrastructure;

/// <summary>The repository's root folder (where Versioner.sln is), found from this source file's own path.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        // The source path is fixed at compile time, so this works wherever the binaries were built to.
        for (var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Versioner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Versioner.sln not found above {sourceFile}.");
    }
}
