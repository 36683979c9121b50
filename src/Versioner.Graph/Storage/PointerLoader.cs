using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>
/// Loads pointer contents for one <see cref="DbContext"/>. Values read by the context register here; the first one
/// used loads every pending value in one query (chunked), so reading N entities never costs N round trips.
/// </summary>
internal sealed class PointerLoader : IPointerLoader
{
    private static readonly ConditionalWeakTable<DbContext, PointerLoader> Loaders = new();

    private readonly DbContext _db;
    private readonly List<PointerValue> _pending = [];
    private readonly Lock _lock = new();

    private PointerLoader(DbContext db) => _db = db;

    /// <summary>Queries sent so far (for tests and diagnostics).</summary>
    public int RoundTrips { get; private set; }

    public static PointerLoader For(DbContext db) => Loaders.GetValue(db, d => new PointerLoader(d));

    public void Register(PointerValue pointer)
    {
        lock (_lock)
        {
            _pending.Add(pointer);
        }
    }

    public byte[] LoadContent(PointerValue pointer)
    {
        PointerValue[] batch;
        lock (_lock)
        {
            batch = [.. _pending.Where(p => !p.IsLoaded)];
            _pending.Clear();
        }

        if (!batch.Contains(pointer))
        {
            batch = [.. batch, pointer];
        }

        // Read when a value is first used, outside any method ProviderErrors wraps: translated here, as there.
        Dictionary<Checksum, byte[]> contents;
        try
        {
            contents = Fetch(batch.Select(p => p.Checksum).Distinct().ToArray());
        }
        catch (Exception exception) when (ProviderErrors.Translate(exception) is { } translated)
        {
            throw translated;
        }

        foreach (var value in batch)
        {
            if (contents.TryGetValue(value.Checksum, out var content) && value != pointer)
            {
                value.SetLoaded(content);
            }
        }

        return contents.TryGetValue(pointer.Checksum, out var own)
            ? own
            : throw new PointerRecordMissingException(pointer.Checksum);
    }

    private Dictionary<Checksum, byte[]> Fetch(Checksum[] checksums)
    {
        var result = new Dictionary<Checksum, byte[]>();
        var database = _db.Database;
        database.OpenConnection();
        try
        {
            foreach (var chunk in checksums.Chunk(200))
            {
                using var command = database.GetDbConnection().CreateCommand();
                command.Transaction = database.CurrentTransaction?.GetDbTransaction();
                var names = new string[chunk.Length];
                for (var i = 0; i < chunk.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = names[i] = $"@p{i}";
                    parameter.Value = chunk[i].ToByteArray();
                    command.Parameters.Add(parameter);
                }

                command.CommandText = $"SELECT checksum, content FROM {SystemTables.Pointers} WHERE checksum IN ({string.Join(", ", names)})";
                RoundTrips++;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    result[new Checksum((byte[])reader.GetValue(0))] = (byte[])reader.GetValue(1);
                }
            }
        }
        finally
        {
            database.CloseConnection();
        }

        return result;
    }
}
