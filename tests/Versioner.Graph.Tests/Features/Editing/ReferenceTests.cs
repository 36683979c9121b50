using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class ReferenceTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task A_reference_by_eternal_id_follows_the_version_current_in_the_snapshot_read()
    {
        var author = new Author { Name = "Frank" };
        var book = new Book { Title = "Dune" };
        await CommitAsync("author", author);
        book.AuthorId = author.EternalId;
        var withBook = await CommitAsync("book", book);
        author.Name = "Frank Herbert";
        await CommitAsync("rename author", author);

        var then = await Repo.SnapshotAsync(withBook.Id.ToString());
        var now = await Repo.SnapshotAsync("main");
        var bookThen = await then.FindAsync<Book>(book.EternalId);

        (await then.FindAsync<Author>(bookThen!.AuthorId!.Value))!.Name.Should().Be("Frank");
        (await now.FindAsync<Author>(bookThen.AuthorId!.Value))!.Name.Should().Be("Frank Herbert");
    }

    [GraphFact]
    public async Task A_pinned_reference_keeps_its_version_whatever_changes_later()
    {
        var rate = new Rate { Name = "standard", PerHour = 100m };
        await CommitAsync("rate", rate);
        var appointment = new Appointment { RateVersionId = rate.VersionId, Day = new DateOnly(2026, 3, 1) };
        await CommitAsync("appointment", appointment);
        rate.PerHour = 120m;
        await CommitAsync("raise", rate);

        var now = await Repo.SnapshotAsync("main");
        var booked = await now.FindAsync<Appointment>(appointment.EternalId);
        var pinned = await Repo.FindVersionAsync<Rate>(booked!.RateVersionId);

        pinned!.PerHour.Should().Be(100m);
        (await now.FindAsync<Rate>(rate.EternalId))!.PerHour.Should().Be(120m);
    }

    [GraphFact]
    public async Task A_pinned_reference_must_name_an_existing_version()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.SaveAsync(new Appointment { RateVersionId = VersionId.New(), Day = new DateOnly(2026, 3, 1) });

        var refused = (await act.Should().ThrowAsync<DanglingReferenceException>()).Which;
        refused.Property.Should().Be("RateVersionId");
        refused.Message.Should().Contain("no Rate version has that id");
        (await Db.CountRowsAsync("Appointments")).Should().Be(0);
    }

    [GraphFact]
    public async Task A_reference_must_name_a_saved_entity()
    {
        var ws = await Repo.CheckoutAsync();

        var act = () => ws.SaveAsync(new Book { Title = "Orphan", AuthorId = EternalId.New() });

        (await act.Should().ThrowAsync<DanglingReferenceException>()).Which.Message.Should().Contain("Save the Author first");
    }
}

public sealed class ReferenceTests_Sqlite : ReferenceTests<SqliteProvider>;
