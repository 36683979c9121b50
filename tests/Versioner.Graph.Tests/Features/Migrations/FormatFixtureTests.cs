using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;
using static Versioner.Tests.Features.UpgradeOracle;

namespace Versioner.Tests.Features;

/// <summary>
/// The fixtures of old storage formats written by that format's code through its public API (see
/// <c>Fixtures/README.md</c>), each with an oracle of what its writer read back (<c>format&lt;n&gt;.&lt;engine&gt;.json</c>):
/// format 3 (<c>format3.*</c>, commit 228518b), where a version's change row is its only record of place and validity,
/// and format 6 (<c>format6.*</c>, commit d2cb822), where every version's own change row stands beside its version row
/// and retention has pruned old versions. Each is refused until upgraded; the upgrade deletes every own change row its
/// version row repeats and keeps adoptions, removals and pruned versions' rows (counted in SQL before and after); then
/// Verify finds nothing, the place invariant holds, and every commit and working commit reads as the oracle records it:
/// checksums, parents, each state (eternal id to version id per type, typed and documents), pruned versions, refs,
/// redactions, a merge's waiting conflict. Then writing goes on from each working commit left open.
/// </summary>
public abstract class FormatFixtureTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>A change row of a version its commit made: not an adoption, not a removal.</summary>
    private const string Own = "NOT adopted AND version_id IS NOT NULL";

    private const string OfPruned = "version_id IN (SELECT version_id FROM versioner_pruned)";

    /// <summary>The engine's name in the fixtures' file names.</summary>
    protected abstract string Engine { get; }

    /// <summary>A new database holding the fixture of storage format <paramref name="format"/>, and options for a library context on it.</summary>
    protected abstract Task<DbContextOptions<LibraryContext>> FixtureDatabaseAsync(int format);

    [GraphTheory]
    [InlineData(3)]
    [InlineData(6)]
    public async Task A_fixture_is_upgraded_then_reads_as_its_writer_recorded_and_takes_new_commits(int format)
    {
        var oracle = FixtureOracle.Load(Fixture($"format{format}.{Engine}.json"), format);
        Clock.SetUtcNow(oracle.Commits.Max(c => c.Timestamp).AddHours(1));
        await using var db = new LibraryContext(await FixtureDatabaseAsync(format));
        var repeated = $"{Own} AND {RepeatedByVersionRow(db)}";
        var ownRows = await db.CountRowsAsync("versioner_changes", repeated);
        var prunedRows = await db.CountRowsAsync("versioner_changes", $"{Own} AND {OfPruned}");
        var otherRows = await db.CountRowsAsync("versioner_changes", $"NOT ({Own})");
        ownRows.Should().BeGreaterThan(50, $"format {format} wrote each version's own change row");
        (await db.CountRowsAsync("versioner_changes", Own)).Should().Be(ownRows + prunedRows, "each own change row is repeated by its version's row, or its version was pruned");
        prunedRows.Should().Be(oracle.Commits.SelectMany(c => c.Pruned).Distinct().Count(), "each version retention pruned keeps its change row");
        otherRows.Should().BePositive("the history adopts versions by merges and reverts, and removes entities");

        var refused = await FluentActions.Awaiting(() => OpenRepositoryAsync(db)).Should().ThrowAsync<StorageUpgradeRequiredException>();
        refused.Which.Should().Match<StorageUpgradeRequiredException>(e => e.Format == format && e.Current == 7);
        refused.Which.Message.Should().Contain("UpgradeStorageAsync");

        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(format, 7, 0));
        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(7, 7, 0), "a second upgrade has nothing to do");
        (await db.CountRowsAsync("versioner_changes", repeated)).Should().Be(0, "a version row is its version's only record");
        (await db.CountRowsAsync("versioner_changes", $"{Own} AND {OfPruned}")).Should().Be(prunedRows, "a pruned version's change row is its only record");
        (await db.CountRowsAsync("versioner_changes", Own)).Should().Be(prunedRows, "no other own change row stays");
        (await db.CountRowsAsync("versioner_changes", $"NOT ({Own})")).Should().Be(otherRows, "adoptions and removals stay change rows");
        var repo = await OpenRepositoryAsync(db);

        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        (await PlaceInvariant.ViolationsAsync(PlaceDatabase.Of(db)!)).Should().BeEmpty("every version's row keeps the place, validity and checksum of its own change row");
        await ShouldReadAsRecordedAsync(repo, oracle);

        // Writing goes on from every working commit left open: main's edits, the draft's rest, the waiting merge, the
        // document writer's next commit.
        var working = oracle.WorkingCommits.ToDictionary(w => w.Branch);
        var main = await repo.OpenWorkspaceAsync(working["main"].Id);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var finished = await main.FinalizeAsync("tester", "main's open edits");
        finished.Parents.Should().Equal(oracle.Branches["main"]);
        (await StateAsync(await repo.SnapshotAsync("main"), oracle.EntityTypes)).Should().BeEquivalentTo(working["main"].State, "the working commit's state is what it finalizes");

        var release = await repo.OpenWorkspaceAsync(working["release"].Id);
        var conflict = (await release.ConflictsAsync()).Should().ContainSingle().Subject;
        await release.ResolveAsync(conflict, MergeStrategy.Ours);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var merged = await release.FinalizeAsync("tester", "merge experiments into release, ours");
        merged.Parents.Should().Equal(oracle.Branches["release"], oracle.Branches["experiments"]);
        (await (await repo.SnapshotAsync("release")).FindContentAsync(conflict.EternalId))!["Name"].Should().Be(conflict.Ours!["Name"]);

        var draft = await repo.OpenWorkspaceAsync(working["pr-draft"].Id);
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await draft.FinalizeAsync("tester", "draft: the rest")).Parents.Should().Equal(oracle.Branches["pr-draft"]);
        (await StateAsync(await repo.SnapshotAsync("pr-draft"), oracle.EntityTypes)).Should().BeEquivalentTo(working["pr-draft"].State);
        var into = await repo.CheckoutAsync("main");
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await into.MergeAsync("pr-draft", new MergeOptions { FastForward = FastForwardMode.Never, Author = "tester" })).Status.Should().Be(MergeStatus.Merged);

        var reading = EternalId.New();
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            using var writer = await repo.OpenDocumentWriterAsync(working["ingest"].Id);
            await writer.SaveAsync(DocumentVersion.Create("Reading", reading, CanonicalDocument.Read(JsonDocument.Parse("""{"sensor": "s9", "celsius": 17}""").RootElement)));
            Clock.Advance(TimeSpan.FromMinutes(1));
            (await writer.FinalizeAsync("gateway", "readings 3")).Parents.Should().Equal(oracle.Branches["ingest"]);
            await writer.FlushAsync();
            await transaction.CommitAsync();
        }

        (await (await repo.SnapshotAsync("ingest")).FindDocumentAsync("Reading", reading)).Should().NotBeNull();
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        (await PlaceInvariant.ViolationsAsync(PlaceDatabase.Of(db)!)).Should().BeEmpty("every writer keeps a version's row like its own change row");
        var again = await repo.FindCommitsAsync(oracle.Commits.Select(c => c.Id));
        oracle.Commits.Select(c => again[c.Id].Checksum).Should().Equal(oracle.Commits.Select(c => c.Checksum), "new commits change no old checksum");
    }

    /// <summary>
    /// The change rows' condition: the row's version has a row of the same commit in its type's table (or the documents
    /// table), which repeats it.
    /// </summary>
    private static string RepeatedByVersionRow(LibraryContext db)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.BaseType is null && typeof(Versioned).IsAssignableFrom(e.ClrType) && e.GetTableName() is not null)
            .Select(e => (Table: $"\"{e.GetTableName()}\"", Version: $"\"{e.FindProperty(nameof(Versioned.VersionId))!.GetColumnName()}\"", Commit: $"\"{e.FindProperty(nameof(Versioned.CommitId))!.GetColumnName()}\""))
            .Append((Table: "versioner_documents", Version: "version_id", Commit: "commit_id"));
        return "(" + string.Join(" OR ", tables.Select(t => $"EXISTS (SELECT 1 FROM {t.Table} v WHERE v.{t.Version} = versioner_changes.version_id AND v.{t.Commit} = versioner_changes.commit_id)")) + ")";
    }

    /// <summary>Every commit, working commit, ref and redaction as the oracle records it, read through the API.</summary>
    private static async Task ShouldReadAsRecordedAsync(Repository repo, FixtureOracle oracle)
    {
        (await repo.EntityTypesAsync()).Should().Equal(oracle.EntityTypes);
        var commits = await repo.FindCommitsAsync(oracle.Commits.Select(c => c.Id));
        foreach (var expected in oracle.Commits)
        {
            var commit = commits[expected.Id];
            commit.IsFinalized.Should().BeTrue();
            commit.Checksum.Should().Be(expected.Checksum, $"commit {expected.Id} ({expected.Message}) keeps the checksum it was written with");
            commit.Parents.Should().Equal(expected.Parents);
            (commit.Author, commit.Message, commit.Timestamp).Should().Be((expected.Author, expected.Message, expected.Timestamp));
            var snapshot = await repo.SnapshotAsync(expected.Id);
            (await StateAsync(snapshot, oracle.EntityTypes)).Should().BeEquivalentTo(expected.State, $"commit {expected.Id} ({expected.Message}) reads as written");
            (await snapshot.PrunedAsync().Select(p => p.VersionId).ToListAsync()).Should().BeEquivalentTo(expected.Pruned, $"commit {expected.Id} ({expected.Message}) names the versions pruned there");

            // The typed read (an EF query) and the documents' read agree with the canonical contents.
            (await snapshot.Query<Book>().Select(b => new { b.EternalId, b.VersionId }).ToListAsync()).ToDictionary(b => b.EternalId, b => b.VersionId)
                .Should().BeEquivalentTo(expected.State["Book"]);
            (await snapshot.DocumentsAsync("Reading").ToListAsync()).ToDictionary(d => d.EternalId, d => d.VersionId)
                .Should().BeEquivalentTo(expected.State["Reading"]);
        }

        var workspaces = await repo.WorkspacesAsync();
        workspaces.Select(w => w.Id).Should().Equal(oracle.WorkingCommits.Select(w => w.Id), "the working commits left open, oldest first");
        foreach (var (workspace, expected) in workspaces.Zip(oracle.WorkingCommits))
        {
            workspace.Branch.Should().Be(expected.Branch);
            (await repo.FindCommitAsync(workspace.Id)).Should().Match<Commit>(c => !c.IsFinalized && c.Parents.SequenceEqual(expected.Parents));
            (await workspace.ConflictsAsync()).Select(c => (c.EntityType, c.EternalId, string.Join(",", c.Fields))).Should().Equal(expected.Conflicts);
            (await StateAsync(await workspace.SnapshotAsync(), oracle.EntityTypes)).Should().BeEquivalentTo(expected.State, $"working commit {expected.Id} on {expected.Branch} reads as written");
        }

        (await repo.BranchesAsync()).ToDictionary(b => b.Name, b => b.Head).Should().BeEquivalentTo(oracle.Branches);
        (await repo.TagsAsync()).ToDictionary(t => t.Name, t => t.Target).Should().BeEquivalentTo(oracle.Tags);
        (await repo.RedactionsAsync()).Select(r => (r.Id, string.Join(",", r.Versions.Select(v => v.VersionId)), string.Join(",", r.Messages)))
            .Should().Equal(oracle.Redactions);
    }

    /// <summary>A snapshot's state: per entity type, each eternal id's current version id.</summary>
    private static async Task<Dictionary<string, Dictionary<EternalId, VersionId>>> StateAsync(Snapshot snapshot, IReadOnlyList<string> types)
    {
        var state = new Dictionary<string, Dictionary<EternalId, VersionId>>();
        foreach (var type in types)
        {
            state[type] = await snapshot.ContentsAsync(type).ToDictionaryAsync(c => c.EternalId, c => c.VersionId);
        }

        return state;
    }
}

public sealed class SqliteFormatFixtureTests : FormatFixtureTests<SqliteProvider>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"versioner-fixture-{Guid.NewGuid():N}.db");

    protected override string Engine => "sqlite";

    protected override Task<DbContextOptions<LibraryContext>> FixtureDatabaseAsync(int format)
    {
        File.Copy(Fixture($"format{format}.sqlite.db"), _path);
        return Task.FromResult(new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

public sealed class PostgresFormatFixtureTests : FormatFixtureTests<PostgresProvider>
{
    private PostgresTestDatabase? _database;

    protected override string Engine => "postgres";

    protected override async Task<DbContextOptions<LibraryContext>> FixtureDatabaseAsync(int format)
    {
        _database = await RestoredPostgresAsync($"format{format}.postgres.sql");

        return new DbContextOptionsBuilder<LibraryContext>().UseNpgsql(_database.ConnectionString).UseVersioning().Options;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>
/// What a fixture writer (<c>FormatThreeFixtureWriter</c>, <c>FormatSixFixtureWriter</c>) read back through the API
/// after writing its fixture (<c>format&lt;n&gt;.&lt;engine&gt;.json</c>). The format-3 oracle names no pruned versions
/// (its history has none).
/// </summary>
internal sealed record FixtureOracle(
    IReadOnlyList<string> EntityTypes,
    IReadOnlyList<FixtureOracle.FinalizedCommit> Commits,
    IReadOnlyList<FixtureOracle.WorkingCommit> WorkingCommits,
    IReadOnlyDictionary<string, CommitId> Branches,
    IReadOnlyDictionary<string, CommitId> Tags,
    IReadOnlyList<(Guid Id, string Versions, string Messages)> Redactions)
{
    internal sealed record FinalizedCommit(CommitId Id, Checksum Checksum, IReadOnlyList<CommitId> Parents, string Author, string Message, DateTimeOffset Timestamp, Dictionary<string, Dictionary<EternalId, VersionId>> State, IReadOnlyList<VersionId> Pruned);

    internal sealed record WorkingCommit(CommitId Id, string Branch, IReadOnlyList<CommitId> Parents, IReadOnlyList<(string EntityType, EternalId EternalId, string Fields)> Conflicts, Dictionary<string, Dictionary<EternalId, VersionId>> State);

    public static FixtureOracle Load(string path, int format)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        ((int)root["format"]!).Should().Be(format);
        return new FixtureOracle(
            [.. root["entityTypes"]!.AsArray().Select(t => (string)t!)],
            [.. root["commits"]!.AsArray().Select(c => new FinalizedCommit(
                CommitId.Parse((string)c!["id"]!),
                Checksum.Parse((string)c["checksum"]!),
                Ids(c["parents"]!),
                (string)c["author"]!,
                (string)c["message"]!,
                DateTimeOffset.Parse((string)c["timestamp"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                State(c["state"]!),
                c["pruned"] is JsonArray pruned ? [.. pruned.Select(v => VersionId.Parse((string)v!))] : []))],
            [.. root["workingCommits"]!.AsArray().Select(w => new WorkingCommit(
                CommitId.Parse((string)w!["id"]!),
                (string)w["branch"]!,
                Ids(w["parents"]!),
                [.. w["conflicts"]!.AsArray().Select(c => ((string)c!["entityType"]!, EternalId.Parse((string)c["eternalId"]!), string.Join(",", c["fields"]!.AsArray().Select(f => (string)f!))))],
                State(w["state"]!)))],
            Refs(root["branches"]!),
            Refs(root["tags"]!),
            [.. root["redactions"]!.AsArray().Select(r => (
                Guid.Parse((string)r!["id"]!),
                string.Join(",", r["versions"]!.AsArray().Select(v => VersionId.Parse((string)v!))),
                string.Join(",", r["messages"]!.AsArray().Select(m => CommitId.Parse((string)m!)))))]);
    }

    private static List<CommitId> Ids(JsonNode node) => [.. node.AsArray().Select(id => CommitId.Parse((string)id!))];

    private static Dictionary<string, CommitId> Refs(JsonNode node) =>
        node.AsObject().ToDictionary(r => r.Key, r => CommitId.Parse((string)r.Value!));

    private static Dictionary<string, Dictionary<EternalId, VersionId>> State(JsonNode node) =>
        node.AsObject().ToDictionary(t => t.Key, t => t.Value!.AsObject().ToDictionary(e => EternalId.Parse(e.Key), e => VersionId.Parse((string)e.Value!)));
}
