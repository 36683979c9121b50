using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Model;

namespace Versioner.Tests.Dialects;

/// <summary>The engine's dialect is chosen once, from the context's EF provider; a provider without one is refused up front.</summary>
public sealed class DialectResolutionTests
{
    [Fact]
    public async Task A_context_on_an_EF_provider_without_a_dialect_is_refused_naming_the_supported_ones()
    {
        // SQL Server's EF provider builds its options without a server; none is reachable here, and none is asked.
        var options = new DbContextOptionsBuilder<LibraryContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=nowhere;Connect Timeout=1")
            .UseVersioning()
            .Options;
        await using var db = new LibraryContext(options);

        var act = () => Repository.OpenAsync(db);

        var refused = (await act.Should().ThrowAsync<UnsupportedDatabaseProviderException>()).Which;
        refused.Provider.Should().Be("Microsoft.EntityFrameworkCore.SqlServer");
        refused.Supported.Should().Equal("SQLite (Microsoft.EntityFrameworkCore.Sqlite)", "PostgreSQL (Npgsql.EntityFrameworkCore.PostgreSQL)");
        refused.Message.Should().Be(
            "Versioner does not support the EF Core provider Microsoft.EntityFrameworkCore.SqlServer. It supports SQLite (Microsoft.EntityFrameworkCore.Sqlite), "
            + "PostgreSQL (Npgsql.EntityFrameworkCore.PostgreSQL): configure the context with one of them (for example optionsBuilder.UseSqlite(...).UseVersioning()).");
    }
}
