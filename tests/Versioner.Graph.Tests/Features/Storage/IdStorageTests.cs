using System.Data.Common;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;
using static Versioner.Tests.Infrastructure.RawRows;

namespace Versioner.Tests.Features;

/// <summary>
/// Storage format 3: on SQLite every id column holds 16 bytes in RFC 9562 (big-endian) order, so ids sort as their text
/// and PostgreSQL's <c>uuid</c> do, and listings documented "oldest first" order UUIDv7 ids alike on both engines.
/// </summary>
public abstract class IdStorageTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>Every id column of Versioner's tables and of the versioned types' tables.</summary>
    private static readonly (string Table, string Column)[] IdColumns =
    [
        ("versioner_commits", "id"), ("versioner_commit_parents", "commit_id"), ("versioner_commit_parents", "parent_id"),
        ("versioner_refs", "commit_id"), ("versioner_entities", "eternal_id"),
        ("versioner_changes", "commit_id"), ("versioner_changes", "eternal_id"), ("versioner_changes", "version_id"),
        ("versioner_pointer_members", "member"),
        ("Books", "VersionId"), ("Books", "EternalId"), ("Books", "CommitId"), ("Books", "AuthorId"),
        ("Authors", "VersionId"), ("Authors", "EternalId"), ("Authors", "CommitId"),
        ("Appointments", "RateVersionId"),
    ];

    [GraphFact]
    public async Task Every_id_column_holds_the_engines_id_type_and_reads_back_equal()
    {
        var author = new Author { Name = "Le Guin" };
        var tag = new Tag { Label = "sf" };
        var rate = new Rate { Name = "standard", PerHour = 10 };
        await CommitAsync("first", author, tag, rate);
        var book = new Book { Title = "The Dispossessed", Price = 12, AuthorId = author.EternalId, Tags = EternalIdSet.Of(tag.EternalId) };
        var appointment = new Appointment { RateVersionId = rate.VersionId, Day = new DateOnly(2026, 12, 5) };
        await CommitAsync("second", book, appointment);
        // A change and its revert, which takes the earlier version back: a change row naming a version that is not its
        // own, so the change table holds every id column even when versions get no change row of their own.
        author.Name = "Ursula K. Le Guin";
        var renamed = await CommitAsync("third", author);
        (await (await Repo.CheckoutAsync("main")).RevertAsync(renamed, new MergeOptions { Author = "ada" })).Status.Should().Be(MergeStatus.Merged);

        foreach (var (table, column) in IdColumns)
        {
            var stored = await Rows(Db, $"SELECT {Quote(column)} FROM {Quote(table)} WHERE {Quote(column)} IS NOT NULL", r => r.GetValue(0));
            stored.Should().NotBeEmpty($"{table}.{column} has rows");
            if (Db.Database.IsSqlite())
            {
                stored.Should().AllBeOfType<byte[]>($"{table}.{column} holds blobs").And.OnlyContain(v => ((byte[])v).Length == 16);
                (await Rows(Db, $"SELECT COUNT(*) FROM {Quote(table)} WHERE {Quote(column)} IS NOT NULL AND (typeof({Quote(column)}) <> 'blob' OR length({Quote(column)}) <> 16)", r => r.GetInt64(0)))
                    .Should().Equal([0L], $"{table}.{column} holds 16-byte blobs only");
                (await Rows(Db, $"SELECT type FROM pragma_table_info('{table}') WHERE name = '{column}'", r => r.GetString(0))).Should().Equal(["BLOB"], $"{table}.{column} is declared BLOB");
            }
            else
            {
                stored.Should().AllBeOfType<Guid>($"{table}.{column} is uuid");
            }
        }

        // The bytes are the id's RFC 9562 bytes (its hex digits in order), not .NET's mixed-endian ones.
        var bookRow = await Rows(Db, $"SELECT \"VersionId\", \"EternalId\", \"AuthorId\" FROM \"Books\"", r => (Id(r, 0), Id(r, 1), Id(r, 2)));
        bookRow.Should().Equal([(book.VersionId.Value, book.EternalId.Value, author.EternalId.Value)]);
        var read = await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId);
        read!.VersionId.Should().Be(book.VersionId);
        read.AuthorId.Should().Be(author.EternalId);
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task Ids_sort_in_the_database_as_their_text_and_workspaces_list_oldest_first()
    {
        // UUIDv7 ids made over more than 256 ms: their low timestamp byte wraps, which .NET's mixed-endian bytes
        // (groups byte-swapped) would sort out of creation order.
        var made = new List<CommitId>();
        for (var i = 0; i < 12; i++)
        {
            var ws = await Repo.CheckoutAsync("main");
            await ws.SaveAsync(new Author { Name = $"Author {i}" });
            made.Add(ws.Id);
            await Task.Delay(30);
        }

        (await Repo.WorkspacesAsync()).Select(w => w.Id).Should().Equal(made, "workspaces are listed oldest first");
        var ordered = await Rows(Db, "SELECT id FROM versioner_commits ORDER BY id", r => Id(r, 0));
        ordered.Should().Equal(ordered.OrderBy(id => id.ToString(), StringComparer.Ordinal), "ids sort as their text");
        ordered.Should().Equal(made.Select(id => id.Value).Order(), "Guid's own order of UUIDv7 ids is their text order too");
    }

    [GraphFact]
    public async Task Ids_read_back_through_every_kind_of_query()
    {
        var authors = Enumerable.Range(0, 5).Select(i => new Author { Name = $"Author {i}" }).ToList();
        var rate = new Rate { Name = "standard", PerHour = 10 };
        await CommitAsync("authors", [.. authors, rate]);
        var books = authors.Select((a, i) => new Book { Title = $"Book {i}", AuthorId = i % 2 == 0 ? a.EternalId : null }).ToList();
        var appointment = new Appointment { RateVersionId = rate.VersionId, Day = new DateOnly(2026, 12, 5) };
        var commit = await CommitAsync("books", [.. books, appointment]);

        // Snapshot queries, tracked and untracked Set<T>() queries, projections of ids alone (nullable ones too).
        var snapshot = await Repo.SnapshotAsync("main");
        (await snapshot.Query<Book>().ToListAsync()).Select(b => (b.EternalId, b.VersionId, b.CommitId, b.AuthorId))
            .Should().BeEquivalentTo(books.Select(b => (b.EternalId, b.VersionId, commit.Id, b.AuthorId)));
        (await Db.Books.AsNoTracking().Select(b => new { b.VersionId, b.AuthorId }).ToListAsync()).Select(b => (b.VersionId, b.AuthorId))
            .Should().BeEquivalentTo(books.Select(b => (b.VersionId, b.AuthorId)));
        var tracked = await Db.Books.Where(b => b.AuthorId == null).ToListAsync();
        tracked.Select(b => b.EternalId).Should().BeEquivalentTo(books.Where(b => b.AuthorId is null).Select(b => b.EternalId));
        (await Db.Appointments.AsNoTracking().SingleAsync()).RateVersionId.Should().Be(rate.VersionId);

        // Comparisons with a parameter and with a literal, Contains over lists (nullable too), ORDER BY.
        var second = authors[2].EternalId;
        (await Db.Books.AsNoTracking().Where(b => b.AuthorId == second).Select(b => b.EternalId).ToListAsync()).Should().Equal([books[2].EternalId]);
        var fourth = authors[4].VersionId;
        (await Db.Authors.AsNoTracking().Where(a => a.VersionId == EF.Constant(fourth)).Select(a => a.Name).ToListAsync()).Should().Equal(["Author 4"]);
        EternalId[] wanted = [authors[1].EternalId, authors[3].EternalId, EternalId.New()];
        (await Db.Authors.AsNoTracking().Where(a => wanted.Contains(a.EternalId)).Select(a => a.EternalId).ToListAsync())
            .Should().BeEquivalentTo(wanted[..2]);
        List<EternalId?> referenced = [authors[0].EternalId, authors[1].EternalId, null];
        (await Db.Books.AsNoTracking().Where(b => referenced.Contains(b.AuthorId)).Select(b => b.AuthorId).ToListAsync())
            .Should().BeEquivalentTo(new EternalId?[] { authors[0].EternalId, null, null });
        (await Db.Authors.AsNoTracking().OrderBy(a => a.EternalId).Select(a => a.EternalId).ToListAsync())
            .Should().Equal(authors.Select(a => a.EternalId).OrderBy(id => id.Value.ToString(), StringComparer.Ordinal), "ids sort as their text");
        (await Db.Authors.AsNoTracking().OrderByDescending(a => a.VersionId).Select(a => a.VersionId).FirstAsync())
            .Should().Be(authors.Select(a => a.VersionId).MaxBy(id => id.Value.ToString()));

        // Versioner's own tables through EF: the commit log and a version's lookups.
        (await Repo.LogAsync("main")).Select(c => c.Id).Should().Contain(commit.Id);
        (await snapshot.FindAsync<Author>(authors[3].EternalId))!.VersionId.Should().Be(authors[3].VersionId);
    }

    [GraphFact]
    public void Id_columns_are_read_in_place_on_SQLite_only()
    {
        var ids = Db.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) is var t
                && (t == typeof(EternalId) || t == typeof(VersionId) || t == typeof(CommitId)))
            .ToList();
        ids.Should().Contain(p => p.Name == nameof(Book.AuthorId)).And.Contain(p => p.Name == nameof(Appointment.RateVersionId));
        var system = Db.Model.FindEntityType(typeof(Versioner.Storage.RedactionRow))!.FindProperty(nameof(Versioner.Storage.RedactionRow.Id))!;
        foreach (var property in ids.Append(system))
        {
            var mapping = property.GetRelationalTypeMapping();
            if (Db.Database.IsSqlite())
            {
                mapping.Should().BeOfType<Versioner.Storage.Dialects.SqliteIdMapping>($"{property.DeclaringType.DisplayName()}.{property.Name} is an id column");
                mapping.StoreType.Should().Be("BLOB");
            }
            else
            {
                mapping.Should().NotBeOfType<Versioner.Storage.Dialects.SqliteIdMapping>();
            }
        }
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}

public sealed class SqliteIdStorageTests : IdStorageTests<SqliteProvider>;

public sealed class PostgresIdStorageTests : IdStorageTests<PostgresProvider>;
