using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Testing.Model;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Every supported CLR type is stored, read back, hashed and transferred the same way on every engine; DateTime
/// follows one rule for each kind (README, "Supported field types").
/// </summary>
public abstract class ValueTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>A specimen at the edges of every type, in whole microseconds (what every engine keeps).</summary>
    internal static Specimen Extremes() => new()
    {
        Flag = true,
        Signed = sbyte.MinValue,
        Unsigned = byte.MaxValue,
        Short = short.MinValue,
        UShort = ushort.MaxValue,
        Int = int.MinValue,
        MaybeInt = null,
        UInt = uint.MaxValue,
        Long = long.MinValue,
        ULong = long.MaxValue,
        Shelf = Shelf.Cellar,
        Money = 79228162514264337593543950335m,
        Ratio = 0.1,
        Single = 0.1f,
        Text = "ünïcödé 🚀 一二三",
        Letter = 'ß',
        Bytes = [0, 1, 127, 128, 255],
        Instant = new DateTimeOffset(1974, 5, 1, 13, 14, 15, TimeSpan.FromHours(-7)).AddTicks(1234560),
        When = new DateTime(1969, 7, 20, 20, 17, 40, DateTimeKind.Unspecified).AddTicks(1234560),
        Until = new DateTime(2038, 1, 19, 3, 14, 8, DateTimeKind.Utc).AddTicks(10),
        Day = new DateOnly(1, 1, 1),
        At = new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(9_999_990)),
        Span = TimeSpan.FromTicks(-20),
        Uuid = Guid.Empty,
        Exact = null,
        Essay = new string('ä', 5_000),
    };

    protected static async Task<(ValuesContext Db, Repository Repo)> OpenValuesAsync(TestProvider provider)
    {
        var db = new ValuesContext(await provider.CreateAsync<ValuesContext>());
        await db.Database.EnsureCreatedAsync();
        return (db, await Repository.OpenAsync(db));
    }

    /// <summary>
    /// Two commits on <paramref name="repo"/>'s main: a specimen of defaults, then one of extremes that references it
    /// (by eternal id, pinned, and in a set).
    /// </summary>
    protected static async Task<(Specimen Plain, Specimen Rich)> CommitSpecimensAsync(Repository repo)
    {
        var ws = await repo.CheckoutAsync();
        var plain = await ws.SaveAsync(new Specimen());
        await ws.FinalizeAsync("ada", "defaults");
        var rich = Extremes();
        rich.Other = plain.EternalId;
        rich.Exact = plain.VersionId;
        rich.Members = EternalIdSet.Of(plain.EternalId);
        await ws.SaveAsync(rich);
        await ws.FinalizeAsync("ada", "extremes");
        return (plain, rich);
    }

    /// <summary>
    /// Two commits of specimens on <paramref name="source"/>, pushed to <paramref name="target"/>; then an edit there,
    /// pulled back. Each side verifies, compares identical and reads back every value as saved.
    /// </summary>
    protected static async Task PushAndPullBackAsync(Repository source, Repository target)
    {
        var (_, rich) = await CommitSpecimensAsync(source);

        await source.PushAsync(target, "main");

        (await source.CompareAsync(target)).IsIdentical.Should().BeTrue();
        (await target.VerifyAsync()).Issues.Should().BeEmpty();
        var copied = (await (await target.SnapshotAsync("main")).FindAsync<Specimen>(rich.EternalId))!;
        copied.Should().BeEquivalentTo(rich, o => o.Excluding(s => s.CommitId));
        copied.When.Kind.Should().Be(DateTimeKind.Utc);
        copied.Until!.Value.Kind.Should().Be(DateTimeKind.Utc);

        var edit = await target.CheckoutAsync("main");
        copied.When = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Unspecified);
        copied.Money = -0.000001m;
        copied.Span = TimeSpan.FromDays(-3);
        await edit.SaveAsync(copied);
        await edit.FinalizeAsync("bob", "edited on the other engine");

        await source.PullAsync(target, "main");

        (await source.CompareAsync(target)).IsIdentical.Should().BeTrue();
        (await source.VerifyAsync()).Issues.Should().BeEmpty();
        var back = (await (await source.SnapshotAsync("main")).FindAsync<Specimen>(rich.EternalId))!;
        back.Should().BeEquivalentTo(copied, o => o.Excluding(s => s.CommitId));
        back.When.Kind.Should().Be(DateTimeKind.Utc);
    }

    [GraphFact]
    public async Task Single_entity_reads_make_the_entity_an_EF_query_makes()
    {
        // FindAsync and HistoryAsync<T> read their rows raw and have EF's materializer make the entity; Query<T> is EF's
        // own query. Every supported type, at its edges, with a pointer value (Essay) and set (Members) to load.
        var (db, repo) = await OpenValuesAsync(NewDatabase<TProvider>());
        await using var _ = db;
        var (plain, rich) = await CommitSpecimensAsync(repo);

        var snapshot = await repo.SnapshotAsync("main");
        foreach (var id in new[] { plain.EternalId, rich.EternalId })
        {
            var queried = await snapshot.Query<Specimen>().SingleAsync(s => s.EternalId == id);
            (await snapshot.FindAsync<Specimen>(id)).Should().BeEquivalentTo(queried);
            (await repo.HistoryAsync<Specimen>(id, "main")).Single().Version.Should().BeEquivalentTo(queried);
        }

        (await snapshot.FindAsync<Specimen>(rich.EternalId)).Should().BeEquivalentTo(rich, o => o.Excluding(s => s.CommitId));
    }

    [GraphFact]
    public async Task A_DateTime_of_kind_Unspecified_or_Utc_is_stored_as_its_reading_and_reads_back_as_Utc()
    {
        var (db, repo) = await OpenValuesAsync(NewDatabase<TProvider>());
        await using var _ = db;
        var ws = await repo.CheckoutAsync();
        var unspecified = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Unspecified).AddTicks(15);
        var specimen = await ws.SaveAsync(new Specimen { When = unspecified, Until = DateTime.SpecifyKind(unspecified, DateTimeKind.Utc) });
        await ws.FinalizeAsync("ada", "times");

        var snapshot = await repo.SnapshotAsync("main");
        var stored = (await snapshot.FindAsync<Specimen>(specimen.EternalId))!;
        var queried = await snapshot.Query<Specimen>().SingleAsync();

        var expected = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(10);
        foreach (var value in new[] { stored.When, stored.Until!.Value, queried.When, queried.Until!.Value })
        {
            value.Ticks.Should().Be(expected.Ticks, "sub-microsecond ticks are dropped, with no time-zone conversion");
            value.Kind.Should().Be(DateTimeKind.Utc);
        }

        (await snapshot.FindContentAsync(specimen.EternalId))!["When"].Should().Be((await snapshot.FindContentAsync(specimen.EternalId))!["Until"]);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_local_DateTime_is_refused_before_anything_is_written()
    {
        var (db, repo) = await OpenValuesAsync(NewDatabase<TProvider>());
        await using var _ = db;
        var ws = await repo.CheckoutAsync();

        var act = () => ws.SaveAsync(new Specimen { When = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Local) });

        (await act.Should().ThrowAsync<InvalidFieldValueException>()).Which.Message.Should().StartWith("Field 'When':").And.Contain("ToUniversalTime()");
        (await db.CountRowsAsync("Specimens")).Should().Be(0);
    }

    [GraphFact]
    public async Task Every_supported_type_pushes_and_pulls_between_two_databases_of_the_engine()
    {
        var (sourceDb, source) = await OpenValuesAsync(NewDatabase<TProvider>());
        await using var _ = sourceDb;
        var (targetDb, target) = await OpenValuesAsync(NewDatabase<TProvider>());
        await using var __ = targetDb;

        await PushAndPullBackAsync(source, target);
    }
}

public sealed class ValueTests_Sqlite : ValueTests<SqliteProvider>;

public sealed class ValueTests_Postgres : ValueTests<PostgresProvider>
{
    [GraphFact]
    public async Task A_DateTime_column_declared_without_time_zone_keeps_the_reading_and_reads_back_as_Utc()
    {
        var provider = NewDatabase<PostgresProvider>();
        await using var db = new WallClockValuesContext(await provider.CreateAsync<WallClockValuesContext>());
        await db.Database.EnsureCreatedAsync();
        var repo = await Repository.OpenAsync(db);
        var ws = await repo.CheckoutAsync();
        var reading = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var specimen = await ws.SaveAsync(new Specimen { When = reading });
        await ws.FinalizeAsync("ada", "wall clock");

        var stored = (await (await repo.SnapshotAsync("main")).FindAsync<Specimen>(specimen.EternalId))!;
        var text = await db.Database.SqlQueryRaw<string>("SELECT \"When\"::text AS \"Value\" FROM \"Specimens\"").SingleAsync();

        stored.When.Should().Be(reading);
        stored.When.Kind.Should().Be(DateTimeKind.Utc);
        text.Should().Be("2026-03-01 12:00:00", "the reading is stored as it is, with no time-zone conversion");
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task Every_supported_type_pushes_from_SQLite_to_PostgreSQL_and_pulls_back()
    {
        var (sqliteDb, sqlite) = await OpenValuesAsync(NewDatabase<SqliteProvider>());
        await using var _ = sqliteDb;
        var (postgresDb, postgres) = await OpenValuesAsync(NewDatabase<PostgresProvider>());
        await using var __ = postgresDb;

        await PushAndPullBackAsync(sqlite, postgres);
    }

    [GraphFact]
    public async Task Every_supported_type_pushes_from_PostgreSQL_to_SQLite_and_pulls_back()
    {
        var (postgresDb, postgres) = await OpenValuesAsync(NewDatabase<PostgresProvider>());
        await using var _ = postgresDb;
        var (sqliteDb, sqlite) = await OpenValuesAsync(NewDatabase<SqliteProvider>());
        await using var __ = sqliteDb;

        await PushAndPullBackAsync(postgres, sqlite);
    }
}
