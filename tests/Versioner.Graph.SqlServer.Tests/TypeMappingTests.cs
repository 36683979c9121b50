using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;

namespace Versioner.SqlServer.Tests;

/// <summary>
/// Each supported field type, mapped by SQL Server's EF provider, carries a canonical value to SQL Server and back
/// unchanged: through the parameter Versioner binds (the value, and for decimals the precision and scale it is sent
/// with) and as a SQL literal of the column's store type. The server's own conversion is not exercised (no server).
/// </summary>
public sealed class TypeMappingTests
{
    public static TheoryData<string, object> Values => new()
    {
        { nameof(Specimen.Flag), true },
        { nameof(Specimen.Signed), (sbyte)-128 },
        { nameof(Specimen.Unsigned), (byte)255 },
        { nameof(Specimen.Short), short.MinValue },
        { nameof(Specimen.UShort), ushort.MaxValue },
        { nameof(Specimen.Int), int.MinValue },
        { nameof(Specimen.UInt), uint.MaxValue },
        { nameof(Specimen.Long), long.MinValue },
        { nameof(Specimen.ULong), (ulong)long.MaxValue },
        { nameof(Specimen.Shelf), Shelf.Cellar },
        { nameof(Specimen.Money), -12345678901234.5678m },
        { nameof(Specimen.Ratio), 0.1 + 0.2 },
        { nameof(Specimen.Single), 3.4028235E+38f },
        { nameof(Specimen.Text), "Grüße, 世界 😀 'quoted'" },
        { nameof(Specimen.Letter), 'ß' },
        { nameof(Specimen.Bytes), new byte[] { 0, 1, 0xfe, 0xff } },
        { nameof(Specimen.Instant), new DateTimeOffset(2026, 3, 1, 23, 59, 59, 123, 456, TimeSpan.FromHours(-5)) },
        { nameof(Specimen.When), new DateTime(9999, 12, 31, 23, 59, 59, 999, 999, DateTimeKind.Utc) },
        { nameof(Specimen.Day), new DateOnly(1, 1, 1) },
        { nameof(Specimen.At), new TimeOnly(23, 59, 59, 999, 999) },
        { nameof(Specimen.Span), TimeSpan.FromHours(23.75) },
        { nameof(Specimen.Uuid), Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff") },
        { nameof(Specimen.Other), new EternalId(Guid.Parse("10000000-0000-0000-0000-000000000001")) },
        { nameof(Specimen.Exact), new VersionId(Guid.Parse("00000000-0000-0000-0000-000000000002")) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_canonical_value_round_trips_through_the_parameter_and_parses_as_a_literal(string field, object value)
    {
        using var db = SpecimenContext.OnSqlServer();
        var property = db.Model.FindEntityType(typeof(Specimen))!.FindProperty(field)!;
        var mapping = property.GetRelationalTypeMapping();
        var canonical = FieldValue.From(value, field);

        var provider = Statement.ToProvider(value, mapping);
        using var command = new SqlCommand();
        // As Statement binds: the parameter made once by the mapping, then the provider value set on it.
        var parameter = (SqlParameter)mapping.CreateParameter(command, "@p0", null, nullable: true);
        parameter.Value = provider;
        var back = mapping.Converter is { } converter ? converter.ConvertFromProvider(parameter.Value) : parameter.Value;

        FieldValue.From(back, field).Should().Be(canonical, $"{field} is sent as {mapping.StoreType}");
        TSql.Statements($"SELECT CAST({mapping.GenerateProviderValueSqlLiteral(provider)} AS {mapping.StoreType})").Should().ContainSingle();
        if (value is decimal)
        {
            (parameter.Precision, parameter.Scale).Should().Be(((byte)18, (byte)4), "sent with the column's precision and scale, which the dialect checks values against");
        }
    }

    [Fact]
    public void Every_supported_scalar_field_is_covered()
    {
        using var db = SpecimenContext.OnSqlServer();
        var covered = Values.Select(row => (string)row[0]).ToHashSet();
        var pointers = new[] { nameof(Specimen.Members), nameof(Specimen.Essay) }; // stored as pointer checksums (bytes)
        var nullableTwins = new[] { nameof(Specimen.MaybeInt), nameof(Specimen.Until) };

        var fields = db.Model.FindEntityType(typeof(Specimen))!.GetProperties()
            .Select(p => p.Name)
            .Where(name => typeof(Specimen).GetProperty(name)?.DeclaringType == typeof(Specimen))
            .Except(pointers).Except(nullableTwins);

        fields.Should().BeSubsetOf(covered);
    }
}
