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
/// The storage-format-3 fixtures (<c>Fixtures/format3.sqlite.db</c>, <c>format3.postgres.sql</c>; written by the
/// format-3 code, commit 228518b, see <c>Fixtures/README.md</c>) open as they are, Verify finds nothing, and every commit
/// and working commit reads as the writer recorded it in the oracle next to them (<c>format3.&lt;engine&gt;.json</c>):
/// checksums, parents, each state (eternal id to version id per type, typed and documents), refs, redactions, a merge's
/// waiting conflict. Then writing goes on from each working commit left open. Since format 4 it is the upgrade test: the
/// fixture is refused until upgraded, then reads and verifies as its writer recorded, every version's row carrying its
/// own change row's place, validity and checksum.
/// </summary>
public abstract class FormatThreeFixtureTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>The engine's name in the oracle's file name.</summary>
    protected abstract string Engine { get; }

    /// <summary>A new database holding the format-3 fixture, and options for a library context on it.</summary>
    protected abstract Task<DbContextOptions<LibraryContext>> Format3DatabaseAsync();

    [GraphFact]
    public async Task The_format_3_fixture_is_upgraded_then_reads_as_its_writer_recorded_and_takes_new_commits()
    {
        var oracle = FormatThreeOracle.Load(Fixture($"format3.{Engine}.json"));
        Clock.SetUtcNow(oracle.Commits.Max(c => c.Timestamp).AddHours(1));
        await using var db = new LibraryContext(await Format3DatabaseAsync());
        var refused = await FluentActions.Awaiting(() => OpenRepositoryAsync(db)).Should().ThrowAsync<StorageUpgradeRequiredException>();
        refused.Which.Message.Should().Contain("UpgradeStorageAsync");

        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(3, 7, 0));
        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(7, 7, 0), "a second upgrade has nothing to do");
        var repo = await OpenRepositoryAsync(db);

        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        (await PlaceInvariant.ViolationsAsync(PlaceDatabase.Of(db)!)).Should().BeEmpty("every version's row takes its place, validity and checksum from its own change row");
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

    /// <summary>Every commit, working commit, ref and redaction as the oracle records it, read through the API.</summary>
    private static async Task ShouldReadAsRecordedAsync(Repository repo, FormatThreeOracle oracle)
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

public sealed class SqliteFormatThreeFixtureTests : FormatThreeFixtureTests<SqliteProvider>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"versioner-format3-{Guid.NewGuid():N}.db");

    protected override string Engine => "sqlite";

    protected override Task<DbContextOptions<LibraryContext>> Format3DatabaseAsync()
    {
        File.Copy(Fixture("format3.sqlite.db"), _path);
        return Task.FromResult(new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

public sealed class PostgresFormatThreeFixtureTests : FormatThreeFixtureTests<PostgresProvider>
{
    private PostgresTestDatabase? _database;

    protected override string Engine => "postgres";

    protected override async Task<DbContextOptions<LibraryContext>> Format3DatabaseAsync()
    {
        _database = await RestoredPostgresAsync("format3.postgres.sql");

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

/// <summary>What <c>FormatThreeFixtureWriter</c> read back through the API after writing a format-3 fixture (<c>format3.&lt;engine&gt;.json</c>).</summary>
internal sealed record FormatThreeOracle(
    IReadOnlyList<string> EntityTypes,
    IReadOnlyList<FormatThreeOracle.FinalizedCommit> Commits,
    IReadOnlyList<FormatThreeOracle.WorkingCommit> WorkingCommits,
    IReadOnlyDictionary<string, CommitId> Branches,
    IReadOnlyDictionary<string, CommitId> Tags,
    IReadOnlyList<(Guid Id, string Versions, string Messages)> Redactions)
{
    internal sealed record FinalizedCommit(CommitId Id, Checksum Checksum, IReadOnlyList<CommitId> Parents, string Author, string Message, DateTimeOffset Timestamp, Dictionary<string, Dictionary<EternalId, VersionId>> State);

    internal sealed record WorkingCommit(CommitId Id, string Branch, IReadOnlyList<CommitId> Parents, IReadOnlyList<(string EntityType, EternalId EternalId, string Fields)> Conflicts, Dictionary<string, Dictionary<EternalId, VersionId>> State);

    public static FormatThreeOracle Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        ((int)root["format"]!).Should().Be(3);
        return new FormatThreeOracle(
            [.. root["entityTypes"]!.AsArray().Select(t => (string)t!)],
            [.. root["commits"]!.AsArray().Select(c => new FinalizedCommit(
                CommitId.Parse((string)c!["id"]!),
                Checksum.Parse((string)c["checksum"]!),
                Ids(c["parents"]!),
                (string)c["author"]!,
                (string)c["message"]!,
                DateTimeOffset.Parse((string)c["timestamp"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                State(c["state"]!)))],
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
