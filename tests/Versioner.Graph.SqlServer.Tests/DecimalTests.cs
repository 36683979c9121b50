using System.Data.SqlTypes;
using Microsoft.EntityFrameworkCore;
using Versioner.Storage.Dialects;

namespace Versioner.SqlServer.Tests;

/// <summary>
/// A version's checksum is computed from what was saved; SQL Server rounds a decimal to its column's scale without a
/// word, so the stored value would no longer be the hashed one. The dialect refuses such a value before anything is
/// written.
/// </summary>
public sealed class DecimalTests
{
    [Fact]
    public void SQL_Server_rounds_a_decimal_to_its_columns_scale_silently()
    {
        // SqlDecimal is SqlClient's copy of the server's decimal arithmetic.
        SqlDecimal.ConvertToPrecScale(new SqlDecimal(1.23456m), 18, 4).Value.Should().Be(1.2346m);
    }

    [Fact]
    public void A_decimal_with_more_places_than_its_column_keeps_is_refused_naming_the_field_and_the_store_type()
    {
        using var db = SpecimenContext.OnSqlServer();
        var money = db.Model.FindEntityType(typeof(Specimen))!.FindProperty(nameof(Specimen.Money))!;

        var act = () => SqlServerDialect.Instance.ValidateValue(money, 1.23456m);

        var refused = act.Should().Throw<InvalidFieldValueException>().Which;
        refused.FieldName.Should().Be("Money");
        refused.Message.Should().Be(
            "Field 'Money': 1.23456 has 5 decimal places and its column is decimal(18,4), which keeps 4: SQL Server would round it and the stored value "
            + "would not match its checksum. Round it first, or give the property a wider scale (HasPrecision).");
    }

    [Fact]
    public void A_decimal_with_more_integer_digits_than_its_column_holds_is_refused()
    {
        var act = () => SqlServerDialect.CheckDecimal("Money", 123456789012345m, 18, 4, "decimal(18,4)");

        act.Should().Throw<InvalidFieldValueException>().Which.Problem.Should().StartWith("123456789012345 has 15 digits before the decimal point");
    }

    [Theory]
    [InlineData("1.2300000")] // trailing zeros: the column keeps 1.2300, which hashes as 1.23 does
    [InlineData("-99999999999999.9999")]
    [InlineData("0.0001")]
    [InlineData("0")]
    public void A_decimal_the_column_holds_exactly_passes(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var act = () => SqlServerDialect.CheckDecimal("Money", value, 18, 4, "decimal(18,4)");

        act.Should().NotThrow();
        FieldValue.From(SqlDecimal.ConvertToPrecScale(new SqlDecimal(value), 18, 4).Value).Should().Be(FieldValue.From(value), "what the column stores hashes as what was saved");
    }

    [Fact]
    public void Other_engines_check_nothing()
    {
        using var db = SpecimenContext.OnSqlServer();
        var money = db.Model.FindEntityType(typeof(Specimen))!.FindProperty(nameof(Specimen.Money))!;

        var act = () => Dialect.Known.First(d => d.Name == "PostgreSQL").ValidateValue(money, 1.23456m);

        act.Should().NotThrow("PostgreSQL's numeric keeps every digit a .NET decimal has");
    }
}
