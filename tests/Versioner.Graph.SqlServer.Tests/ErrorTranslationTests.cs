using Versioner.Storage.Dialects;

namespace Versioner.SqlServer.Tests;

/// <summary>SQL Server's error numbers become Versioner's exceptions (SqlException has no public constructor: the numbers are translated directly).</summary>
public sealed class ErrorTranslationTests
{
    private static readonly Exception Provider = new InvalidOperationException("the driver's exception");

    [Theory]
    [InlineData(2601)]
    [InlineData(2627)]
    public void A_unique_index_or_constraint_violation_is_a_DuplicateKeyException(int number) =>
        SqlServerDialect.Translate(number, "Cannot insert duplicate key row", false, Provider).Should().BeOfType<DuplicateKeyException>();

    [Fact]
    public void Error_547_is_a_ForeignKeyViolationException_only_for_a_foreign_key()
    {
        SqlServerDialect.Translate(547, "The DELETE statement conflicted with the REFERENCE constraint \"FK_x\".", false, Provider).Should().BeOfType<ForeignKeyViolationException>();
        SqlServerDialect.Translate(547, "The INSERT statement conflicted with the CHECK constraint \"CK_x\".", false, Provider).Should().BeOfType<DatabaseException>();
    }

    [Theory]
    [InlineData(1205, "deadlock")]
    [InlineData(1222, "lock request time out")]
    [InlineData(3960, "snapshot isolation update conflict")]
    public void Lost_races_are_a_ConcurrentWriteException(int number, string reason) =>
        SqlServerDialect.Translate(number, "x", true, Provider).Should().BeOfType<ConcurrentWriteException>().Which.Message.Should().Contain(reason);

    [Fact]
    public void A_read_only_database_says_how_to_read_it()
    {
        var translated = SqlServerDialect.Translate(3906, "Failed to update database \"shop\" because the database is read-only.", false, Provider);

        translated.Should().BeOfType<DatabaseReadOnlyException>().Which.Message.Should().Contain("RepositoryOptions.ReadOnly");
        translated.InnerException.Should().BeSameAs(Provider);
    }

    [Fact]
    public void Anything_else_is_a_DatabaseException_that_keeps_the_drivers_transience()
    {
        var translated = SqlServerDialect.Translate(40613, "Database is not currently available.", true, Provider);

        translated.Should().BeOfType<DatabaseException>().Which.IsTransient.Should().BeTrue();
    }
}
