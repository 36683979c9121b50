using System.Text.RegularExpressions;

namespace Versioner.Tests.Dialects;

/// <summary>
/// The provider seam holds: every engine difference of the Graph library lives in <c>Storage/Dialects</c>, so nothing
/// else names a driver's types, asks the EF provider's name, or tells exceptions apart by their type's name.
/// </summary>
public sealed partial class ProviderSeamTests
{
    /// <summary>What only a dialect may say. Matched on code with comments and string literals removed, except the provider names.</summary>
    private static readonly (string What, Regex Pattern, bool InStrings)[] Forbidden =
    [
        ("a driver namespace", DriverNamespace(), false),
        ("a driver type", DriverType(), false),
        ("the EF provider's name", ProviderNameProperty(), false),
        ("an exception type told by its name", TypeName(), false),
        ("an EF provider configured on a connection", UseProvider(), false),
        ("an EF provider named as a string", ProviderNameString(), true),
    ];

    [Fact]
    public void Nothing_outside_Storage_Dialects_tests_the_provider_the_connection_or_an_exception_type()
    {
        var graph = Path.Combine(RepositoryRoot(), "src", "Versioner.Graph");
        var dialects = Path.Combine(graph, "Storage", "Dialects") + Path.DirectorySeparatorChar;
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(graph, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(dialects, StringComparison.Ordinal)
                && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .ToList();

        var found = files
            .SelectMany(file => File.ReadLines(file).Select((text, index) => (File: file, Line: index + 1, Text: text)))
            .SelectMany(line => Violations(line.Text).Select(what => $"{Path.GetRelativePath(graph, line.File)}:{line.Line}: {what}: {line.Text.Trim()}"))
            .ToList();

        files.Should().Contain(f => f.EndsWith($"{separator}GraphStore.cs", StringComparison.Ordinal), "the scan must see the library's sources");
        found.Should().BeEmpty("engine differences belong to a Dialect in src/Versioner.Graph/Storage/Dialects");
    }

    [Theory]
    [InlineData("if (store.Db.Database.GetDbConnection() is Npgsql.NpgsqlConnection)")]
    [InlineData("using Microsoft.Data.Sqlite;")]
    [InlineData("var handle = (reader as SqliteDataReader)?.Handle;")]
    [InlineData("ReadOnlySpan<byte> b = SQLitePCL.raw.sqlite3_column_blob(handle, 3);")]
    [InlineData("if (store.Db.Database.ProviderName == Npgsql)")]
    [InlineData("private const string Sqlite = \"Microsoft.EntityFrameworkCore.Sqlite\";")]
    [InlineData("&& (db.SqlState == \"23505\" || db.GetType().Name == \"SqliteException\")")]
    [InlineData("case PostgresException postgres:")]
    [InlineData("SqliteConnection sqlite => builder.UseSqlite(sqlite),")]
    [InlineData("catch (SqlException ex) when (ex.Number == 2627)")]
    public void The_scan_finds_what_the_seam_replaced(string line) => Violations(line).Should().NotBeEmpty();

    [Theory]
    [InlineData("/// <summary>On SQLite (Microsoft.Data.Sqlite's SqliteDataReader) the handle is read directly.</summary>")]
    [InlineData("// Npgsql hands text over as UTF-8.")]
    [InlineData("throw new VersioningNotConfiguredException($\"add .UseVersioning() to its options (optionsBuilder.UseSqlite(...).UseVersioning()).\");")]
    [InlineData("var handle = store.Dialect.Native(reader);")]
    [InlineData("$\"{context.GetType().Name} is not configured for Versioner\"")]
    public void The_scan_leaves_comments_messages_and_dialect_calls_alone(string line) => Violations(line).Should().BeEmpty();

    private static IEnumerable<string> Violations(string line)
    {
        var code = line.TrimStart();
        if (code.StartsWith("//", StringComparison.Ordinal))
        {
            yield break;
        }

        var comment = code.IndexOf("//", StringComparison.Ordinal);
        if (comment >= 0 && !code[..comment].Contains('"', StringComparison.Ordinal))
        {
            code = code[..comment];
        }

        var withoutStrings = StringLiteral().Replace(code, "\"\"");
        foreach (var (what, pattern, inStrings) in Forbidden)
        {
            if (pattern.IsMatch(inStrings ? code : withoutStrings))
            {
                yield return what;
            }
        }
    }

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

    [GeneratedRegex(@"\b(using\s+(static\s+)?)?(Microsoft\.Data\.Sqlite|Microsoft\.Data\.SqlClient|SQLitePCL|NpgsqlTypes|Npgsql)\s*[.;]")]
    private static partial Regex DriverNamespace();

    [GeneratedRegex(@"\b(Sqlite|Npgsql|Postgres|Sql)(Connection|ConnectionStringBuilder|DataReader|Exception|Command|Parameter|ErrorCodes|BinaryImporter|DbType)\b")]
    private static partial Regex DriverType();

    [GeneratedRegex(@"\.ProviderName\b")]
    private static partial Regex ProviderNameProperty();

    [GeneratedRegex(@"GetType\(\)\s*\.\s*(Name|FullName)\s*(==|!=|\bis\b|\.\s*(Contains|StartsWith|EndsWith|Equals)\b)")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\.Use(Sqlite|Npgsql|SqlServer)\s*\(")]
    private static partial Regex UseProvider();

    [GeneratedRegex(@"""(Microsoft\.EntityFrameworkCore\.(Sqlite|SqlServer)|Npgsql\.EntityFrameworkCore\.PostgreSQL)""")]
    private static partial Regex ProviderNameString();

    [GeneratedRegex(@"\$?@?""([^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}
