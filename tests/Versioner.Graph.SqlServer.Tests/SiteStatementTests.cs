using Microsoft.SqlServer.TransactSql.ScriptDom;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Schema;
using Versioner.Storage.Dialects;

namespace Versioner.SqlServer.Tests;

/// <summary>
/// The statements Versioner composes outside the dialect, each as it is sent on SQL Server (the builder the call site
/// uses, given the SQL Server dialect), parse as T-SQL. The same builders give SQLite and PostgreSQL their text, which
/// the Graph suite runs. No server is asked.
/// </summary>
public sealed class SiteStatementTests
{
    private static readonly SqlServerDialect Dialect = SqlServerDialect.Instance;

    public SiteStatementTests() => SqlServerVersioning.Register();

    public static TheoryData<string, string> Statements()
    {
        using var db = SpecimenContext.OnSqlServer();
        var store = new GraphStore(db, new RepositoryOptions());
        var map = store.Map;
        var type = store.Model.Types.Single();
        var pointerColumn = type.ColumnNames[Array.IndexOf(type.Columns, type.PointerFields[0])];
        var (ranges, _, _) = Dialect.PathRanges(map, [new PathRange(7, -1, 12)], i => $"@p{i}");
        var onPath = $"EXISTS (SELECT 1 FROM {ranges} WHERE p.segment = ch.segment AND ch.depth <= p.up_to)";
        var (inPath, _, _) = AncestryPath.OfRootSegment(7, -1, 12).Sql(store, "ch", 1);
        var data = new TheoryData<string, string>
        {
            { "PointerStore: pointer record", PointerStore.InsertPointerSql(Dialect) },
            { "PointerStore: set member", PointerStore.InsertMemberSql(Dialect) },
            { "GraphStore, StorageFormat, FieldSignatures: meta entry", GraphStore.InsertMetaSql(Dialect) },
            { "SchemaRecords: meta entry set", SchemaRecords.SetMetaSql(Dialect) },
            { "SchemaRecords: records read", SchemaRecords.ReadRecordsSql },
            { "CommitWriter: branch created", CommitWriter.CreateRefSql(Dialect) },
            { "BranchCollection: branch renamed", BranchCollection.RenameRefSql(Dialect) },
            { "ChangeTable: validity on the segment closed", ChangeTable.CloseIntervalsSql(store) },
            { "ChangeTable: every validity set (upgrade)", ChangeTable.CloseAllIntervalsSql },
            { "Verifier: validity checked", Verifier.IntervalMismatchesSql(store) },
            { "StorageUpgrade: change rows' guard dropped", string.Join("; ", Dialect.DropGuardStatements(DatabaseGuards.Guards(store).Single(g => g.Table == SystemTables.Changes))) },
            { "ChangeTable: adopted change dropped", ChangeTable.DropAdoptedSql(Dialect) },
            { "ChangeTable: removal", ChangeTable.RemovalSql(Dialect) },
            { "ChangeTable: a change row", ChangeTable.InsertSql },
            { "ChangeTable: checksums from a rehash table", ChangeTable.SetChecksumsFromSql(Dialect.TemporaryTable("versioner_rehashed")) },
            { "CommitChecksums: one", CommitChecksums.SetSql(Dialect, 1) },
            { "CommitChecksums: a batch", CommitChecksums.SetSql(Dialect, 500) },
            { "ChecksumMigrator: temporary table", ChecksumMigrator.CreateRehashedSql(Dialect, map) },
            { "ChecksumMigrator: change rows updated", ChecksumMigrator.UpdateFromRehashedSql(Dialect) },
            { "ChecksumMigrator: temporary table dropped", Dialect.DropTemporaryTable("versioner_rehashed") },
            { "AncestryPath: segment chain", AncestryPath.ChainSql(Dialect) },
            { "Repository.HistoryAsync: on a ref's head", Repository.HistorySql(store, Repository.HistoryOnRefJoin, "1 = 1", 51, null) },
            { "Repository.HistoryAsync<T>: on a path, versions joined", Repository.HistorySql(store, "", inPath, 51, type, type) },
            { "Snapshot.FindAsync", Snapshot.FindSql(store, type, inPath) },
            { "Repository.AncestorsAsync", Repository.WalkSql(Dialect, "commit_id", "parent_id") },
            { "Repository.DescendantsAsync", Repository.WalkSql(Dialect, "parent_id", "commit_id") },
            { "VersionCheck: type in a range", $"SELECT c.commit_id FROM {SystemTables.Changes} c WHERE {Dialect.Unindexed("c.entity_type")} = @p0" },
            { "Retention: root marked", Retention.MarkRootSql(store, onPath) },
            { "Retention: version kept", Retention.KeepSql(Dialect, $"SELECT ch.version_id AS v FROM {SystemTables.Changes} ch") },
            { "Retention: pruned selected", Retention.SelectPrunedSql(store, "ROW_NUMBER() OVER (PARTITION BY m.eternal_id ORDER BY mc.seq DESC)", ["COALESCE(s.superseded_us, made.made_us) <= @p0", "made.newest > @p1"]) },
            { "Retention: missing rows kept", Retention.KeepMissingRowsSql(Dialect, type.Table, type.VersionColumn) },
            { "Retention: missing documents kept", Retention.KeepMissingDocumentsSql(Dialect, 2) },
            { "Retention: pruned versions' pointers", Retention.OrphansOfPrunedSql(Dialect, type.Table, type.VersionColumn, pointerColumn) },
            { "Retention: unheld pointers", Retention.UnheldPointersSql(Dialect, [(type.Table, pointerColumn)]) },
            { "Retention: pointers kept versions hold", Retention.HeldByKeptSql(Dialect, type.Table, type.VersionColumn, pointerColumn) },
            { "Retention: pruned counted", Retention.CountPrunedSql(Dialect) },
            { "Retention: orphans counted", Retention.CountOrphansSql(Dialect) },
            { "Retention: first archive batch", Retention.ArchiveVersionsSql(Dialect, after: false) },
            { "Retention: next archive batch", Retention.ArchiveVersionsSql(Dialect, after: true) },
            { "Retention: first pointer batch", Retention.ArchivePointersSql(Dialect, after: false) },
            { "Retention: next pointer batch", Retention.ArchivePointersSql(Dialect, after: true) },
            { "Retention: marks", Retention.MarkPrunedSql(Dialect) },
            { "Retention: rows deleted", Retention.DeleteRowsSql(Dialect, type.Table, type.VersionColumn) },
        };
        foreach (var table in new[] { VersionTable.For(type, map), VersionTable.ForDocuments("Note", map) })
        {
            data.Add($"VersionTable {table.Name}: insert", table.InsertSql);
            data.Add($"VersionTable {table.Name}: update", table.UpdateSql);
            data.Add($"VersionTable {table.Name}: delete", table.DeleteSql);
            data.Add($"VersionTable {table.Name}: validity closed", table.CloseIntervalsSql(Dialect));
            data.Add($"VersionTable {table.Name}: pruned versions' change rows kept", Retention.KeepChangeRowsSql(Dialect, table));
        }

        foreach (var (sql, i) in Retention.CreateTablesSql(Dialect, map).Select((s, i) => (s, i)))
        {
            data.Add($"Retention: temporary table {i}", sql);
        }

        foreach (var (sql, i) in Retention.DeleteRestSql(Dialect).Select((s, i) => (s, i)))
        {
            data.Add($"Retention: delete {i}", sql);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Parses_as_T_SQL(string site, string sql)
    {
        site.Should().NotBeEmpty();
        TSql.Statements(sql).Should().NotBeEmpty();
    }

    [Fact]
    public void The_same_sites_on_SQLite_and_PostgreSQL_are_not_T_SQL()
    {
        // The check can fail: the forms the sites used before (and still send to the other engines) are refused.
        foreach (Dialect other in new Dialect[] { SqliteDialect.Instance, PostgresDialect.Instance })
        {
            TSql.Errors(PointerStore.InsertPointerSql(other)).Should().NotBeEmpty("ON CONFLICT");
            TSql.Errors(SchemaRecords.SetMetaSql(other)).Should().NotBeEmpty("ON CONFLICT ... DO UPDATE");
            TSql.Errors(AncestryPath.ChainSql(other)).Should().NotBeEmpty("WITH RECURSIVE");
            TSql.Errors(Repository.WalkSql(other, "commit_id", "parent_id")).Should().NotBeEmpty("WITH RECURSIVE ... UNION");
            // Parses, but SQL Server refuses a derived table without column names (column1 is SQLite's and PostgreSQL's).
            CommitChecksums.SetSql(other, 2).Should().Contain("v.column1");
            TSql.Errors(Retention.ArchiveVersionsSql(other, after: true)).Should().NotBeEmpty("LIMIT");
            TSql.Errors(ChangeTable.RemovalSql(other)).Should().BeEmpty("FALSE parses as a column name");
            ChangeTable.RemovalSql(other).Should().EndWith("FALSE)");
        }

        CommitChecksums.SetSql(Dialect, 2).Should().Contain("AS v (id, checksum)");
    }

    [Fact]
    public void Temporary_tables_are_the_connections_own_and_never_a_permanent_table()
    {
        using var db = SpecimenContext.OnSqlServer();
        var map = new GraphStore(db, new RepositoryOptions()).Map;

        var created = Retention.CreateTablesSql(Dialect, map).Select(sql => TSql.Statements(sql).Single()).Cast<CreateTableStatement>();

        created.Select(c => c.SchemaObjectName.BaseIdentifier.Value).Should().OnlyContain(name => name.StartsWith('#'));
        // SQL Server refuses a key on a (max) column.
        Retention.CreateTablesSql(Dialect, map).Concat([ChecksumMigrator.CreateRehashedSql(Dialect, map)])
            .Should().AllSatisfy(sql => sql.Should().NotMatchRegex(@"\(max\) NOT NULL PRIMARY KEY"));
        TSql.Statements(Retention.KeepMissingRowsSql(Dialect, "Specimens", "VersionId")).Single().Should().BeOfType<DeleteStatement>()
            .Which.DeleteSpecification.Target.Should().BeOfType<NamedTableReference>()
            .Which.SchemaObject.BaseIdentifier.Value.Should().Be("#" + Retention.PruneTable);
        TSql.Statements(Dialect.DropTemporaryTable(Retention.StateTable)).Single().Should().BeOfType<DropTableStatement>()
            .Which.Objects.Single().BaseIdentifier.Value.Should().Be("#" + Retention.StateTable);
    }

    [Fact]
    public void Insert_if_absent_inserts_only_missing_keys_and_holds_the_key_range()
    {
        var insert = TSql.Statements(PointerStore.InsertPointerSql(Dialect)).Single().Should().BeOfType<InsertStatement>().Subject;

        insert.InsertSpecification.Target.Should().BeOfType<NamedTableReference>().Which.SchemaObject.BaseIdentifier.Value.Should().Be(SystemTables.Pointers);
        var where = ((QuerySpecification)((SelectInsertSource)insert.InsertSpecification.InsertSource).Select).WhereClause.SearchCondition;
        where.Should().BeOfType<BooleanNotExpression>().Which.Expression.Should().BeOfType<ExistsPredicate>();
        PointerStore.InsertPointerSql(Dialect).Should().Contain("WITH (UPDLOCK, HOLDLOCK)");
    }

    [Fact]
    public void Upsert_is_a_MERGE_that_updates_a_present_key_and_inserts_a_missing_one()
    {
        var merge = TSql.Statements(SchemaRecords.SetMetaSql(Dialect)).Single().Should().BeOfType<MergeStatement>().Subject;

        merge.MergeSpecification.ActionClauses.Select(a => a.Condition).Should().BeEquivalentTo([MergeCondition.Matched, MergeCondition.NotMatched]);
        merge.MergeSpecification.ActionClauses.Select(a => a.Action.GetType()).Should().BeEquivalentTo([typeof(UpdateMergeAction), typeof(InsertMergeAction)]);
    }

    [Fact]
    public void The_commit_walk_visits_each_commit_once_and_ends_when_a_round_adds_none()
    {
        var sql = Repository.WalkSql(Dialect, "commit_id", "parent_id");

        var statements = TSql.Statements(sql);
        statements.OfType<WhileStatement>().Should().ContainSingle();
        sql.Should().Contain("PRIMARY KEY").And.Contain("NOT EXISTS (SELECT 1 FROM @walk x WHERE x.id = p.parent_id)").And.NotContain("RECURSIVE");
        statements[^1].Should().BeOfType<SelectStatement>("the page of commits is the batch's one result set");
    }
}
