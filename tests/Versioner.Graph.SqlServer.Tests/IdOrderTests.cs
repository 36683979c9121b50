using System.Data.SqlTypes;
using Versioner.Storage.Dialects;

namespace Versioner.SqlServer.Tests;

/// <summary>
/// Compare, push and pull page through two databases in id order and join the streams, so every engine must sort ids
/// alike. SQL Server sorts <c>uniqueidentifier</c> otherwise (<see cref="SqlGuid"/> is SqlClient's copy of its
/// comparison); the dialect sorts by the canonical text instead.
/// </summary>
public sealed class IdOrderTests
{
    /// <summary>The order of SQLite's text ids and PostgreSQL's <c>uuid</c>: big-endian bytes, first to last.</summary>
    private static int OtherEngines(Guid a, Guid b) => a.ToByteArray(bigEndian: true).AsSpan().SequenceCompareTo(b.ToByteArray(bigEndian: true));

    /// <summary>What <c>CONVERT(char(36), id) COLLATE Latin1_General_BIN2</c> compares: the upper-case canonical text, by code point.</summary>
    private static int DialectOrder(Guid a, Guid b) => string.CompareOrdinal(a.ToString("D").ToUpperInvariant(), b.ToString("D").ToUpperInvariant());

    private static int SqlServerUniqueidentifier(Guid a, Guid b) => new SqlGuid(a).CompareTo(new SqlGuid(b));

    [Fact]
    public void SQL_Server_sorts_uniqueidentifier_by_its_last_byte_group_first()
    {
        var first = Guid.Parse("00000000-0000-0000-0000-000000000002");
        var second = Guid.Parse("10000000-0000-0000-0000-000000000001");

        OtherEngines(first, second).Should().BeNegative("SQLite and PostgreSQL compare the first byte first");
        SqlServerUniqueidentifier(first, second).Should().BePositive("SQL Server compares bytes 10-15 first");
        DialectOrder(first, second).Should().BeNegative("the dialect's order is the other engines'");
    }

    [Fact]
    public void The_dialect_orders_ids_by_their_canonical_text_which_sorts_as_the_other_engines_sort()
    {
        var random = new Random(16);
        var ids = Enumerable.Range(0, 2000).Select(_ =>
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }).ToList();

        var expected = ids.Order(Comparer<Guid>.Create(OtherEngines)).ToList();

        ids.Order(Comparer<Guid>.Create(DialectOrder)).Should().Equal(expected);
        ids.Order(Comparer<Guid>.Create(SqlServerUniqueidentifier)).Should().NotEqual(expected, "ORDER BY id on a uniqueidentifier would not join");
        SqlServerDialect.Instance.IdOrder("id").Should().Be("CONVERT(char(36), id) COLLATE Latin1_General_BIN2");
        TSql.Statements($"SELECT id FROM t ORDER BY {SqlServerDialect.Instance.IdOrder("id")}").Should().ContainSingle();
    }
}
