namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>A SQLite database file in the temporary folder; <c>--db</c> is its path.</summary>
public sealed class SqliteDatabase() : TestDatabase(new SqliteProvider())
{
    public override string DbArgument => ((SqliteProvider)Provider).Path;
}
