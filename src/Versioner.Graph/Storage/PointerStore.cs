using Versioner.Model;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>Writes pointer records (content-addressed: an existing record is reused, never copied) and set members.</summary>
internal sealed class PointerStore : IDisposable
{
    private readonly Statement _insertPointer;
    private readonly Statement _insertMember;

    public PointerStore(GraphStore store)
    {
        _insertPointer = store.Prepare(InsertPointerSql(store.Dialect), store.Map.Bytes, store.Map.PointerKind, store.Map.Bytes);
        _insertMember = store.Prepare(InsertMemberSql(store.Dialect), store.Map.Set, store.Map.EternalId);
    }

    /// <summary>A pointer record (<c>@p0</c> checksum, <c>@p1</c> kind, <c>@p2</c> content), unless one with its checksum is there.</summary>
    internal static string InsertPointerSql(Dialect dialect) =>
        dialect.InsertIfAbsent(SystemTables.Pointers, ["checksum", "kind", "content"], ["checksum"], "VALUES (@p0, @p1, @p2)");

    /// <summary>A set member (<c>@p0</c> set, <c>@p1</c> member), unless it is there.</summary>
    internal static string InsertMemberSql(Dialect dialect) =>
        dialect.InsertIfAbsent(SystemTables.PointerMembers, ["set_checksum", "member"], ["set_checksum", "member"], "VALUES (@p0, @p1)");

    public async Task WriteAsync(IEnumerable<PointerValue> pointers, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Checksum>();
        foreach (var pointer in pointers)
        {
            if (!seen.Add(pointer.Checksum))
            {
                continue;
            }

            var inserted = await _insertPointer.ExecuteAsync(cancellationToken, pointer.Checksum.ToByteArray(), pointer.Kind, pointer.Content).ConfigureAwait(false);
            if (inserted == 1 && pointer is EternalIdSet set)
            {
                foreach (var member in set)
                {
                    await _insertMember.ExecuteAsync(cancellationToken, set, member).ConfigureAwait(false);
                }
            }
        }
    }

    public void Dispose()
    {
        _insertPointer.Dispose();
        _insertMember.Dispose();
    }
}
