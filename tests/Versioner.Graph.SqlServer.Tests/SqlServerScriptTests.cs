using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage.Dialects;

namespace Versioner.SqlServer.Tests;

/// <summary>
/// Every script the SQL Server dialect generates parses as T-SQL (ScriptDom, SQL Server 2022's grammar). No server is
/// asked: none can be installed where this was written, so what runs on one is not proven here.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static readonly SqlServerDialect Dialect = SqlServerDialect.Instance;

    public SqlServerScriptTests() => SqlServerVersioning.Register();

    [Fact]
    public void A_context_on_SQL_Server_gets_the_SQL_Server_dialect_once_it_is_registered()
    {
        using var db = SpecimenContext.OnSqlServer();

        Storage.Dialects.Dialect.For(db).Should().BeSameAs(Dialect);
        new GraphStore(db, new RepositoryOptions()).Dialect.Should().BeSameAs(Dialect);
    }

    [Fact]
    public void The_guard_triggers_parse_as_one_trigger_per_guarded_table_and_operation()
    {
        using var db = SpecimenContext.OnSqlServer();
        var guards = DatabaseGuards.Guards(new GraphStore(db, new RepositoryOptions()));

        var statements = SqlServerDialect.InstallStatements(guards);

        var parsed = statements.Select(TSql.Statements).ToList();
        parsed.Should().AllSatisfy(p => p.Should().ContainSingle());
        parsed[0].Single().Should().BeOfType<IfStatement>("the maintenance table is created only when missing");
        var triggers = parsed.Skip(1).Select(p => p.Single()).ToList();
        triggers.Should().AllBeOfType<CreateOrAlterTriggerStatement>();
        triggers.Should().HaveCount(guards.Sum(g => (g.Updates ? 1 : 0) + (g.Deletes ? 1 : 0)));
        guards.Should().Contain(g => g.Table.Contains("Specimens", StringComparison.Ordinal), "the versioned type's table is guarded too");
        statements.Skip(1).Should().AllSatisfy(s => s.Should().Contain("FROM deleted AS OLD").And.Contain($"THROW {SqlServerDialect.GuardError}"));
    }

    [Fact]
    public void The_system_tables_and_a_versioned_table_create_script_parses()
    {
        using var db = SpecimenContext.OnSqlServer();

        var script = db.Database.GenerateCreateScript();

        var statements = TSql.Statements(script);
        var tables = statements.OfType<CreateTableStatement>().Select(t => t.SchemaObjectName.BaseIdentifier.Value).ToList();
        tables.Should().Contain([SystemTables.Commits, SystemTables.CommitParents, SystemTables.Refs, SystemTables.Changes, SystemTables.Entities, "Specimens"]);
    }

    [Fact]
    public void The_statements_the_dialect_composes_parse()
    {
        var ranges = new[] { new PathRange(7, -1, 12), new PathRange(9, 3, 5) };
        using var db = SpecimenContext.OnSqlServer();
        var map = new GraphStore(db, new RepositoryOptions()).Map;
        var (rows, _, _) = Dialect.PathRanges(map, ranges, i => $"@path{i}");
        // Composed as ChangeReads.Current (a path bound as data), DocumentAppender, Comparer, RedactionRecords and Finalizer compose them (the history and find statements: SiteStatementTests, from their own builders).
        var from = $"FROM {rows} CROSS JOIN {SystemTables.Changes} r WHERE r.segment = p.segment AND r.depth <= p.up_to AND r.entity_type = @path1 AND {Dialect.InIdList("r.eternal_id", "@path2")}";
        var statements = new[]
        {
            Dialect.DeepestPerEntity(from),
            $"SELECT eternal_id, entity_type FROM {SystemTables.Entities} WHERE {Dialect.InIdList("eternal_id", "@p0")}",
            $"SELECT id, checksum FROM {SystemTables.Commits} WHERE checksum IS NOT NULL AND {Dialect.InIdList("id", "@p0")}",
            Dialect.SelectFirst(1000, "id, checksum", $"FROM {SystemTables.Commits} WHERE state = 1 ORDER BY {Dialect.IdOrder("id")}"),
            Dialect.SelectFirst(1000, "id, checksum", $"FROM {SystemTables.Commits} WHERE state = 1 AND {Dialect.IdOrder("id")} > {Dialect.IdOrder("@p0")} ORDER BY {Dialect.IdOrder("id")}"),
            Dialect.SelectFirst(1000, "commit_id, checksum", $"FROM {SystemTables.RedactedCommits} WHERE redaction_id = @p0 AND {Dialect.IdOrder("commit_id")} > {Dialect.IdOrder("@p1")} ORDER BY {Dialect.IdOrder("commit_id")}"),
            $"SELECT commit_id FROM {SystemTables.Refs}{Dialect.LockRowHint} WHERE name = @p0{Dialect.LockRowClause}",
            SqlServerDialect.CommitSequenceLock,
            SqlServerDialect.ChildSlotLock,
            SqlServerDialect.RedactionLock,
            SqlServerDialect.LiftStatement,
            SqlServerDialect.RestoreStatement,
            Dialect.CountTablesSql.Replace("{0}", "@p0", StringComparison.Ordinal),
            Dialect.CountIndexesSql.Replace("{0}", "@p0", StringComparison.Ordinal).Replace("{1}", "@p1", StringComparison.Ordinal),
        }.Concat(SqlServerDialect.RetentionLocks);

        statements.Should().AllSatisfy(sql => TSql.Statements(sql).Should().ContainSingle());
    }

    [Fact]
    public void The_parser_refuses_what_SQL_Server_would_refuse()
    {
        // The check can fail: the forms the other engines use are not T-SQL.
        TSql.Errors($"SELECT id FROM {SystemTables.Commits} ORDER BY id LIMIT 10").Should().NotBeEmpty();
        TSql.Errors($"SELECT DISTINCT ON (r.eternal_id) r.* FROM {SystemTables.Changes} r").Should().NotBeEmpty();
        TSql.Errors("CREATE TRIGGER IF NOT EXISTS \"g\" BEFORE UPDATE ON t WHEN 1 BEGIN SELECT RAISE(ABORT, 'x'); END").Should().NotBeEmpty();
    }
}
