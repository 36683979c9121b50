using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Versioner.SqlServer.Tests;

/// <summary>Parses T-SQL as SQL Server 2022 does (quoted identifiers on, SqlClient's default).</summary>
internal static class TSql
{
    /// <summary>The parse errors of <paramref name="script"/>, each as "line:column message"; empty when it parses.</summary>
    public static IReadOnlyList<string> Errors(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToList();
    }

    /// <summary>The statements of <paramref name="script"/>, parsed; fails the test naming the errors when it does not parse.</summary>
    public static IReadOnlyList<TSqlStatement> Statements(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").Should().BeEmpty($"this should parse as T-SQL:\n{script}");
        return ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).ToList();
    }
}
