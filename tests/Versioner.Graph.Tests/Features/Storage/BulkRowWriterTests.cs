using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Features;

/// <summary>
/// Rows of an application's own table written by Versioner's bulk path (<see cref="BulkRowWriter"/>) and looked up by
/// a list of ids bound as one parameter (<see cref="IdListParameter"/>): what EF reads back is what was queued.
/// </summary>
public abstract class BulkRowWriterTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly string[] Columns =
        [nameof(Receipt.Id), nameof(Receipt.Source), nameof(Receipt.Hash), nameof(Receipt.ReceivedTicks), nameof(Receipt.Late), nameof(Receipt.Note)];

    private static Receipt NewReceipt(int i) => new()
    {
        Id = new VersionId(Guid.NewGuid()),
        Source = $"gateway-{i} ☃",
        Hash = [(byte)i, 0, 255, (byte)(i * 7)],
        ReceivedTicks = 638_000_000_000_000_000 + i,
        Late = i % 3 == 0,
        Note = i % 2 == 0 ? null : $"note {i}",
    };

    private static object?[] Values(Receipt r) => [r.Id, r.Source, r.Hash, r.ReceivedTicks, r.Late, r.Note];

    // 3 rows go row by row on PostgreSQL, 50 by binary COPY; SQLite writes both as one JSON chunk, 2000 in several.
    [GraphTheory]
    [InlineData(3)]
    [InlineData(50)]
    [InlineData(2000)]
    public async Task Rows_written_in_bulk_read_back_as_queued(int count)
    {
        var (db, _) = await OpenModelAsync<ReceiptContext>(o => new ReceiptContext(o));
        await db.Database.OpenConnectionAsync();
        var receipts = Enumerable.Range(0, count).Select(NewReceipt).ToList();
        using var writer = new BulkRowWriter(db, typeof(Receipt), Columns);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            receipts.ForEach(r => writer.Add(Values(r)));
            writer.Count.Should().Be(count);
            await writer.FlushAsync();
            writer.Count.Should().Be(0);
            await transaction.CommitAsync();
        }

        var stored = await db.Receipts.AsNoTracking().ToListAsync();
        stored.Should().BeEquivalentTo(receipts);
    }

    [GraphFact]
    public async Task A_writer_kept_across_transactions_writes_in_each_after_Enlist()
    {
        var (db, _) = await OpenModelAsync<ReceiptContext>(o => new ReceiptContext(o));
        await db.Database.OpenConnectionAsync();
        using var writer = new BulkRowWriter(db, typeof(Receipt), Columns);
        var first = Enumerable.Range(0, 30).Select(NewReceipt).ToList();
        var second = Enumerable.Range(30, 30).Select(NewReceipt).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            first.ForEach(r => writer.Add(Values(r)));
            await writer.FlushAsync();
            await transaction.CommitAsync();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            writer.Enlist();
            second.ForEach(r => writer.Add(Values(r)));
            await writer.FlushAsync();
            await transaction.RollbackAsync();
        }

        (await db.Receipts.Select(r => r.Id).ToListAsync()).Should().BeEquivalentTo(first.Select(r => r.Id), "the second transaction was rolled back");
    }

    [GraphFact]
    public async Task A_key_already_in_the_table_fails_the_flush_with_DuplicateKeyException()
    {
        var (db, _) = await OpenModelAsync<ReceiptContext>(o => new ReceiptContext(o));
        await db.Database.OpenConnectionAsync();
        var taken = NewReceipt(1);
        db.Receipts.Add(taken);
        await db.SaveChangesAsync();
        using var writer = new BulkRowWriter(db, typeof(Receipt), Columns);

        await using var transaction = await db.Database.BeginTransactionAsync();
        writer.Add(Values(NewReceipt(2)));
        writer.Add(Values(taken));
        var act = () => writer.FlushAsync();

        (await act.Should().ThrowAsync<DuplicateKeyException>()).Which.InnerException.Should().BeAssignableTo<System.Data.Common.DbException>();
        writer.Count.Should().Be(0, "the queue is emptied, written or not");
    }

    [GraphFact]
    public async Task A_property_the_entity_does_not_have_is_refused_naming_it()
    {
        var (db, _) = await OpenModelAsync<ReceiptContext>(o => new ReceiptContext(o));

        var act = () => new BulkRowWriter(db, typeof(Receipt), [nameof(Receipt.Id), "Sauce"]);

        act.Should().Throw<ArgumentException>().WithMessage("Receipt has no property Sauce.*");
    }

    [GraphFact]
    public async Task An_id_list_parameter_finds_the_rows_of_any_number_of_ids_with_one_statement()
    {
        var (db, _) = await OpenModelAsync<ReceiptContext>(o => new ReceiptContext(o));
        var receipts = Enumerable.Range(0, 1200).Select(NewReceipt).ToList();
        db.Receipts.AddRange(receipts);
        await db.SaveChangesAsync();
        var ids = IdListParameter.For(db);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT source FROM receipts WHERE {ids.In("id", "@ids")}";
        var parameter = ids.Mapping.CreateParameter(command, "@ids", null);
        command.Parameters.Add(parameter);

        async Task<List<string>> SourcesAsync(IEnumerable<Guid> wanted)
        {
            parameter.Value = ids.ValueOf(wanted);
            var found = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                found.Add(reader.GetString(0));
            }

            return found;
        }

        (await SourcesAsync([receipts[5].Id.Value, Guid.NewGuid(), receipts[7].Id.Value])).Should().BeEquivalentTo(receipts[5].Source, receipts[7].Source);
        (await SourcesAsync(receipts.Select(r => r.Id.Value))).Should().HaveCount(1200);
        (await SourcesAsync([])).Should().BeEmpty();
    }

    [GraphFact]
    public async Task An_id_list_parameter_needs_Versioners_tables_in_the_model()
    {
        var db = new PlainContext(await NewDatabase<TProvider>().CreateAsync<PlainContext>());
        await using var _ = db;

        var act = () => IdListParameter.For(db);

        act.Should().Throw<VersioningNotConfiguredException>().WithMessage("*UseVersioning()*");
    }
}

public sealed class BulkRowWriterTests_Sqlite : BulkRowWriterTests<SqliteProvider>;

/// <summary>
/// An application's own, unversioned table beside Versioner's, keyed by an id of Versioner's type: stored as Versioner
/// stores ids (16 bytes on SQLite), so an <see cref="IdListParameter"/> finds its rows.
/// </summary>
public sealed class Receipt
{
    public VersionId Id { get; set; }

    public string Source { get; set; } = "";

    public byte[] Hash { get; set; } = [];

    public long ReceivedTicks { get; set; }

    public bool Late { get; set; }

    public string? Note { get; set; }
}

public sealed class ReceiptContext(DbContextOptions<ReceiptContext> options) : DbContext(options)
{
    public DbSet<Receipt> Receipts => Set<Receipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Receipt>(b =>
        {
            b.ToTable("receipts");
            b.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(r => r.Source).HasColumnName("source");
            b.Property(r => r.Hash).HasColumnName("hash");
            b.Property(r => r.ReceivedTicks).HasColumnName("received_ticks");
            b.Property(r => r.Late).HasColumnName("late");
            b.Property(r => r.Note).HasColumnName("note");
        });
        modelBuilder.UseVersioning();
    }
}

/// <summary>A context without Versioner's tables.</summary>
public sealed class PlainContext(DbContextOptions<PlainContext> options) : DbContext(options)
{
    public DbSet<PlainRow> Rows => Set<PlainRow>();
}

public sealed class PlainRow
{
    public Guid Id { get; set; }
}
