using System.Text.RegularExpressions;

namespace Versioner.SqlServer.Tests;

/// <summary>
/// No statement Versioner writes outside <c>Storage/Dialects</c> uses a form T-SQL lacks: such a form goes through a
/// dialect member (<see cref="SiteStatementTests"/> parses what the members give SQL Server). Interpolated SQL cannot be
/// parsed whole from the sources, so this scans them for the constructs themselves and names file and line.
/// </summary>
public sealed class PortableSqlTests
{
    /// <summary>What T-SQL lacks, each with the dialect member to use instead; matched on code with comments removed.</summary>
    private static readonly (string What, Regex Pattern, bool InStringsOnly)[] Forbidden =
    [
        ("INSERT ... ON CONFLICT (use Dialect.InsertIfAbsent or Dialect.Upsert)", new(@"\bON CONFLICT\b"), false),
        ("LIMIT (use Dialect.SelectFirst)", new(@"\bLIMIT\b"), false),
        ("OFFSET (use Dialect.Page)", new(@"\bOFFSET\b"), false),
        ("WITH RECURSIVE (use Dialect.WithRecursive, or Dialect.Reachable for a walk that needs UNION)", new(@"\bRECURSIVE\b"), false),
        ("a temporary table (use Dialect.CreateTemporaryTable, TemporaryTable, DropTemporaryTable)", new(@"\bTEMP(ORARY)?\s+TABLE\b"), false),
        ("a TRUE or FALSE literal (use Dialect.Boolean)", new(@"\b(TRUE|FALSE)\b"), false),
        ("a boolean column as a condition (compare it with Dialect.Boolean)", new(@"\bNOT\s+(\w+\.)?adopted\b"), false),
        ("VALUES' column1/column2 names (use Dialect.UpdateFromRows)", new(@"\bcolumn[0-9]\b"), false),
        ("versioner_meta's key column unquoted (a reserved word in T-SQL: GraphStore.MetaKey)", new(@"\b(WHERE|AND|OR|BY|SELECT)\s+key\b|\(key\s*,"), true),
        ("DISTINCT ON (use Dialect.DeepestPerEntity)", new(@"\bDISTINCT ON\b"), false),
        ("RETURNING", new(@"\bRETURNING\b"), false),
        ("ILIKE or GLOB", new(@"\b(ILIKE|GLOB)\b"), false),
        ("an engine's function (json_..., unnest, ANY, printf, substr, IFNULL, NOW, RANDOM)", new(@"\b(json_\w+|jsonb_\w+|unnest|printf|substr|IFNULL|NOW|RANDOM)\s*\(|=\s*ANY\s*\("), false),
        ("|| concatenation (use Dialect.Unindexed, or concatenate in C#)", new(@"\|\|"), true),
        (":: cast (use CAST)", new(@"::"), true),
    ];

    [Fact]
    public void No_statement_outside_Storage_Dialects_uses_a_form_T_SQL_lacks()
    {
        var graph = Path.Combine(RepositoryRoot(), "src", "Versioner.Graph");
        var separator = Path.DirectorySeparatorChar;
        var dialects = Path.Combine(graph, "Storage", "Dialects") + separator;
        var files = Directory.EnumerateFiles(graph, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(dialects, StringComparison.Ordinal)
                && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .ToList();

        var found = files
            .SelectMany(file => Violations(File.ReadAllLines(file)).Select(v => $"{Path.GetRelativePath(graph, file)}:{v.Line}: {v.What}: {v.Text.Trim()}"))
            .ToList();

        files.Should().Contain(f => f.EndsWith($"{separator}Retention.cs", StringComparison.Ordinal), "the scan must see the library's sources");
        // One string, so that every site is named (a collection's failure message is cut after a few dozen items).
        string.Join(Environment.NewLine, found).Should().BeEmpty("a form T-SQL lacks belongs behind a Dialect member in src/Versioner.Graph/Storage/Dialects");
    }

    [Theory]
    [InlineData("$\"INSERT INTO {SystemTables.Meta} (key, value) VALUES (@p0, @p1) ON CONFLICT (key) DO NOTHING\",")]
    [InlineData("$\"SELECT 1 FROM {SystemTables.Commits} WHERE segment = @p0 AND depth = @p1 LIMIT 1\",")]
    [InlineData("WITH RECURSIVE walk(id) AS (")]
    [InlineData("$\"CREATE TEMPORARY TABLE {State} (version_id {map.VersionId.StoreType} NOT NULL PRIMARY KEY)\",")]
    [InlineData("$\"CREATE TEMP TABLE {Rehashed} (version_id uuid)\",")]
    [InlineData("$\"UPDATE {SystemTables.Changes} SET version_id = NULL, adopted = FALSE WHERE commit_id = @p0\"")]
    [InlineData("WHERE mc.state = 2 AND NOT m.adopted AND m.version_id IS NOT NULL")]
    [InlineData("$\"UPDATE {SystemTables.Commits} SET checksum = v.column2 FROM (VALUES {pairs}) AS v WHERE {SystemTables.Commits}.id = v.column1\",")]
    [InlineData("+ $\"WHERE {(_after.Length == 0 ? \"c.entity_type\" : \"c.entity_type || ''\")} = @p0\";")]
    [InlineData("$\"SELECT key, value FROM {SystemTables.Meta} WHERE key LIKE 'type:%'\"")]
    [InlineData("\"SELECT id::text FROM versioner_commits\"")]
    [InlineData("$\"SELECT * FROM t WHERE id = ANY(@p0)\"")]
    public void The_scan_finds_what_T_SQL_lacks(string line) => Violations([line]).Should().NotBeEmpty();

    [Theory]
    [InlineData("if (a || b)")]
    [InlineData("/// <summary>SQLite and PostgreSQL write INSERT ... ON CONFLICT; the dialect writes LIMIT or TOP.</summary>")]
    [InlineData("// WITH RECURSIVE over segments")]
    [InlineData("store.Dialect.SelectFirst(1, \"1\", $\"FROM {SystemTables.Commits} WHERE segment = @p0\"),")]
    [InlineData("$\"UPDATE {SystemTables.Meta} SET value = @p1 WHERE {GraphStore.MetaKey} = @p0\"")]
    [InlineData("var keep = true; var global = global::System.Math.Abs(1);")]
    public void The_scan_leaves_code_comments_and_dialect_calls_alone(string line) => Violations([line]).Should().BeEmpty();

    /// <summary>The forbidden forms on <paramref name="lines"/> (1-based line numbers), comments left out.</summary>
    private static IEnumerable<(int Line, string What, string Text)> Violations(string[] lines)
    {
        var inRaw = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            // A raw string literal's lines are all SQL; its delimiters (""") open and close it.
            var rawDelimiters = Regex.Count(line, "\"\"\"");
            var wasRaw = inRaw;
            inRaw ^= rawDelimiters % 2 == 1;
            string code;
            string strings;
            if (wasRaw)
            {
                code = line;
                strings = line;
            }
            else
            {
                code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var comment = code.IndexOf("//", StringComparison.Ordinal);
                if (comment >= 0 && !code[..comment].Contains('"', StringComparison.Ordinal))
                {
                    code = code[..comment];
                }

                strings = Split(code).Strings;
            }

            foreach (var (what, pattern, inStringsOnly) in Forbidden)
            {
                if (pattern.IsMatch(inStringsOnly ? strings : code))
                {
                    yield return (i + 1, what, line);
                }
            }
        }
    }

    /// <summary>
    /// One line of C# split into its code and the text of its string literals (interpolation holes are code, their own
    /// literals text again), so that <c>a || b</c> in code is told from <c>|| ''</c> in SQL.
    /// </summary>
    private static (string Code, string Strings) Split(string line)
    {
        var code = new System.Text.StringBuilder();
        var strings = new System.Text.StringBuilder();
        var i = 0;
        ReadCode(line, ref i, code, strings, inHole: false);
        return (code.ToString(), strings.ToString());
    }

    private static void ReadCode(string s, ref int i, System.Text.StringBuilder code, System.Text.StringBuilder strings, bool inHole)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var prefix = 0;
            while (i + prefix < s.Length && s[i + prefix] is '$' or '@')
            {
                prefix++;
            }

            if (i + prefix < s.Length && s[i + prefix] == '"')
            {
                var interpolated = s.AsSpan(i, prefix).Contains('$');
                var verbatim = s.AsSpan(i, prefix).Contains('@');
                i += prefix + 1;
                ReadString(s, ref i, code, strings, interpolated, verbatim);
                strings.Append(' ');
                continue;
            }

            if (c == '\'')
            {
                // A char literal: '"' must not open a string.
                var end = s.IndexOf('\'', i + (i + 1 < s.Length && s[i + 1] == '\\' ? 3 : 2));
                i = end < 0 ? s.Length : end + 1;
                continue;
            }

            if (inHole)
            {
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (depth == 0)
                    {
                        i++;
                        return;
                    }

                    depth--;
                }
            }

            code.Append(c);
            i++;
        }
    }

    private static void ReadString(string s, ref int i, System.Text.StringBuilder code, System.Text.StringBuilder strings, bool interpolated, bool verbatim)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (!verbatim && c == '\\' && i + 1 < s.Length)
            {
                strings.Append(s, i, 2);
                i += 2;
            }
            else if (c == '"')
            {
                if (verbatim && i + 1 < s.Length && s[i + 1] == '"')
                {
                    strings.Append('"');
                    i += 2;
                    continue;
                }

                i++;
                return;
            }
            else if (interpolated && c == '{')
            {
                if (i + 1 < s.Length && s[i + 1] == '{')
                {
                    strings.Append('{');
                    i += 2;
                    continue;
                }

                i++;
                strings.Append(' ');
                ReadCode(s, ref i, code, strings, inHole: true);
            }
            else
            {
                strings.Append(c);
                i++;
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
}
