using Versioner.Model;

namespace Versioner.Internal;

/// <summary>Writes pointer records (content-addressed: an existing record is reused, never copied) and set members.</summary>
internal sealed class PointerStore : IDisposable
{
    private readonly Statement _insertPointer;
    private readonly Statement _insertMember;

    public PointerStore(GraphStore store)
    {
        _insertPointer = store.Prepare(
            $"INSERT INTO {SystemTables.Pointers} (checksum, kind, content) VALUES (@p0, @p1, @p2) ON CONFLICT (checksum) DO NOTHING",
            store.Map.Bytes, store.Map.PointerKind, store.Map.Bytes);
        _insertMember = store.Prepare(
            $"INSERT INTO {SystemTables.PointerMembers} (set_checksum, member) VALUES (@p0, @p1) ON CONFLICT DO NOTHING",
            store.Map.Set, store.Map.EternalId);
    }

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
