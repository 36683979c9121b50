namespace Versioner.Tests.Features;

/// <summary>Every refusal has a specific, public, documented type (README's list of exceptions).</summary>
public sealed class ExceptionContractTests
{
    private static readonly Type[] ExceptionTypes = new[] { typeof(VersionerException).Assembly, typeof(Repository).Assembly }
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsSubclassOf(typeof(VersionerException)))
        .ToArray();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Versioner.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: Versioner.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Every_Versioner_exception_is_public_sealed_unless_a_family_and_listed_in_the_README()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        ExceptionTypes.Should().NotBeEmpty();
        // A family's base (DatabaseException: one catch for whatever the database refused) stays open for its subtypes.
        var families = ExceptionTypes.Select(t => t.BaseType).Where(b => b != typeof(VersionerException)).ToHashSet();
        ExceptionTypes.Where(t => !t.IsPublic || (!t.IsSealed && !families.Contains(t))).Select(t => t.Name).Should().BeEmpty();
        ExceptionTypes.Select(t => t.Name).Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Shipped_code_throws_no_bare_VersionerException()
    {
        var root = RepositoryRoot();
        var separator = Path.DirectorySeparatorChar;

        var bare = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: file, Line: index + 1, Text: line)))
            .Where(l => l.Text.Contains("new VersionerException(", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}");

        bare.Should().BeEmpty("each refusal has a specific type deriving from VersionerException");
    }
}
