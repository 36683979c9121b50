namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>A database of its own on the test PostgreSQL server (<see cref="PostgresServer"/>); <c>--db</c> is its connection string.</summary>
public sealed class PostgresDatabase() : TestDatabase(new PostgresProvider())
{
    public override string DbArgument => ((PostgresProvider)Provider).ConnectionString;
}
