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

    [Fact]
    public async Task A_model_that_never_calls_UseVersioning_says_to_call_it_when_the_model_is_built()
    {
        await using var db = new ForgottenContext(new DbContextOptionsBuilder<ForgottenContext>().UseSqlite(_connection).UseVersioning().Options);

        var act = () => db.Database.EnsureCreatedAsync();

        (await act.Should().ThrowAsync<VersioningNotConfiguredException>()).Which.Message.Should()
            .Be("Author derives from Versioned, but OnModelCreating never called modelBuilder.UseVersioning(). Call it at the end of OnModelCreating, after every entity type is configured.");
    }

    [Fact]
    public async Task UseVersioning_called_before_an_entity_type_is_added_says_to_call_it_last()
    {
        await using var db = new EarlyContext(new DbContextOptionsBuilder<EarlyContext>().UseSqlite(_connection).UseVersioning().Options);

        var act = () => db.Database.EnsureCreatedAsync();

        (await act.Should().ThrowAsync<VersioningNotConfiguredException>()).Which.Message.Should()
            .StartWith("Tag was added to the model after modelBuilder.UseVersioning() ran").And.Contain("Call modelBuilder.UseVersioning() last");
    }

    [Fact]
    public async Task A_complex_property_is_refused_when_the_model_is_built()
    {
        await using var db = new ComplexContext(new DbContextOptionsBuilder<ComplexContext>().UseSqlite(_connection).UseVersioning().Options);

        var act = () => db.Model;

        var refused = act.Should().Throw<VersionedModelException>().Which;
        refused.EntityType.Should().Be<Customer>();
        refused.Message.Should().StartWith("Customer.Address is an EF complex property (Address)");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_field_of_an_unsupported_type_is_refused_when_the_model_is_built_with_the_supported_types()
    {
        await using var db = new LinkContext(new DbContextOptionsBuilder<LinkContext>().UseSqlite(_connection).UseVersioning().Options);

        var act = () => db.Model;

        act.Should().Throw<VersionedModelException>().Which.Message.Should()
            .StartWith("Bookmark.Link is of type Uri, which Versioner cannot hash and store alike on every engine. Use one of: bool, sbyte")
            .And.Contain("DateTime (kind Utc or Unspecified), DateOnly");
        await Task.CompletedTask;
    }

    private sealed class ForgottenContext(DbContextOptions<ForgottenContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();
    }

    private sealed class EarlyContext(DbContextOptions<EarlyContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.UseVersioning();
            modelBuilder.Entity<Tag>();
        }
    }

    public sealed class Address
    {
        public string Street { get; set; } = "";
    }

    public sealed class Customer : Versioned
    {
        public Address Address { get; set; } = new();
    }

    private sealed class ComplexContext(DbContextOptions<ComplexContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Customer>().ComplexProperty(c => c.Address);
            modelBuilder.UseVersioning();
        }
    }

    public sealed class Bookmark : Versioned
    {
        public Uri? Link { get; set; }
    }

    private sealed class LinkContext(DbContextOptions<LinkContext> options) : DbContext(options)
    {
        public DbSet<Bookmark> Bookmarks => Set<Bookmark>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
    }

    private sealed class PlainContext(DbContextOptions<PlainContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Author>().Ignore(a => a.VersionId).Ignore(a => a.EternalId).Ignore(a => a.CommitId).Property<int>("Id");
    }
}
