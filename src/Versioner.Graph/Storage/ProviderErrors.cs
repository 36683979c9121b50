using System.Data.Common;
using System.Runtime.CompilerServices;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// The one place where provider errors become Versioner's exceptions (like Marten's exception transformer), each
/// driver's by its <see cref="Dialect.Translate"/>: every
/// public method of <see cref="Repository"/>, <see cref="Workspace"/>, <see cref="StagingArea"/> and
/// <see cref="Snapshot"/> runs through <see cref="RunAsync{T}"/> (or <see cref="Stream{T}"/>), so no
/// <c>SqliteException</c>, <c>PostgresException</c> or Npgsql argument error reaches a caller. Inside, Versioner sees
/// the provider's exceptions as they are (the finalize retry recognizes a lost commit slot by them).
/// </summary>
internal static class ProviderErrors
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    public static async Task RunAsync(Func<Task> operation)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Enumerates <paramref name="source"/>, translating what its reads throw.</summary>
    public static async IAsyncEnumerable<T> Stream<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var items = source.WithCancellation(cancellationToken).ConfigureAwait(false).GetAsyncEnumerator();
        try
        {
            while (true)
            {
                T item;
                try
                {
                    if (!await items.MoveNextAsync())
                    {
                        yield break;
                    }

                    item = items.Current;
                }
                catch (Exception exception) when (Translate(exception) is { } translated)
                {
                    throw translated;
                }

                yield return item;
            }
        }
        finally
        {
            await items.DisposeAsync();
        }
    }

    /// <summary>
    /// The Versioner exception for a provider error (looked for down the inner exceptions: EF wraps some), with the
    /// provider's exception as its inner exception; null for any other exception.
    /// </summary>
    public static DatabaseException? Translate(Exception exception)
    {
        if (exception is VersionerException or OperationCanceledException)
        {
            return null;
        }

        var dialects = Dialect.Known;
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            foreach (var dialect in dialects)
            {
                // A table Versioner names in its statements and that is not there was dropped or renamed behind its back:
                // damage, which VerifyAsync is for, whatever the statement was doing.
                if (inner is DbException missing && dialect.MissingTable(missing) is { } table)
                {
                    return new SchemaDamagedException(table, missing);
                }

                if (dialect.Translate(inner) is { } translated)
                {
                    return translated;
                }
            }

            if (inner is DbException database)
            {
                return Refused(database.Message, database.IsTransient, database);
            }
        }

        foreach (var dialect in dialects)
        {
            if (dialect.TranslateRefusedValue(exception) is { } refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>A refusal with no exception of its own: the database's (or driver's) <paramref name="detail"/>, nothing committed.</summary>
    internal static DatabaseException Refused(string detail, bool transient, Exception provider) =>
        new($"The database refused the operation: {detail.TrimEnd('.')}. Nothing of it was committed.", provider, transient);
}
