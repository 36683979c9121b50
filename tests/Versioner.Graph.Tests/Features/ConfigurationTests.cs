using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public sealed class ConfigurationTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ConfigurationTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Opening_a_context_without_UseVersioning_on_its_options_says_what_to_add()
    {
        await using var db = new LibraryContext(new DbContextOptionsBuilder<LibraryContext>().UseSqlite(_connection).Options);

        var act = () => Repository.OpenAsync(db);

        (await act.Should().ThrowAsync<VersioningNotConfiguredException>()).Which.Message.Should().Contain(".UseVersioning() to its options");
    }

    [Fact]
    public async Task Opening_a_context_whose_model_lacks_UseVersioning_says_what_to_add()
    {
        await using var db = new PlainContext(new DbContextOptionsBuilder<PlainContext>().UseSqlite(_connection).UseVersioning().Options);

        var act = () => Repository.OpenAsync(db);

        (await act.Should().ThrowAsync<VersioningNotConfiguredException>()).Which.Message.Should().Contain("modelBuilder.UseVersioning()");
    }

    [Fact]
    public async Task Opening_before_the_database_exists_says_to_create_it()
    {
        await using var db = new LibraryContext(new DbContextOptionsBuilder<LibraryContext>().UseSqlite(_connection).UseVersioning().Options);

        var act = () => Repository.OpenAsync(db);

        (await act.Should().ThrowAsync<VersioningNotConfiguredException>()).Which.Message.Should().Contain("EnsureCreatedAsync");
    }

    [Fact]
    public async Task The_model_keys_versions_by_version_id_and_names_types_after_their_class()
    {
        await using var db = new LibraryContext(new DbContextOptionsBuilder<LibraryContext>().UseSqlite(_connection).UseVersioning().Options);

        var book = db.Model.FindEntityType(typeof(Book))!;

        book.FindPrimaryKey()!.Properties.Select(p => p.Name).Should().Equal("VersionId");
        book.GetForeignKeys().Select(fk => fk.PrincipalEntityType.GetTableName()).Should().Contain(["versioner_entities", "versioner_commits"]);
        book.FindAnnotation("Versioner:EntityTypeName")!.Value.Should().Be("Book");
    }

    private sealed class PlainContext(DbContextOptions<PlainContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Author>().Ignore(a => a.VersionId).Ignore(a => a.EternalId).Ignore(a => a.CommitId).Property<int>("Id");
    }
}
