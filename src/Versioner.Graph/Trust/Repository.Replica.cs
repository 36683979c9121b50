using Versioner.Internal;

namespace Versioner;

// Creating an empty replica to push into.
public sealed partial class Repository
{
    /// <summary>
    /// Makes the database behind <paramref name="target"/>, which must hold no Versioner tables (a new SQLite file, an
    /// empty PostgreSQL database), an empty replica of this one, as <c>git init --bare</c> makes a repository to push
    /// to: Versioner's tables and a table per versioned type, created from what this database describes (no
    /// application model needed), with those descriptions recorded. A push then fills it
    /// (<see cref="PushAsync"/>); Verify and <see cref="CompareAsync"/> find the two the same afterwards. On another
    /// engine than this one, each column takes that engine's type for its kind. All in one transaction: a failure
    /// leaves the database as it was.
    /// </summary>
    /// <param name="target">
    /// A <c>SqliteConnection</c> or an <c>NpgsqlConnection</c>, open or not; the caller keeps owning it (dispose it after
    /// the repository returned).
    /// </param>
    /// <param name="options">Options of the replica's opening (not <see cref="RepositoryOptions.ReadOnly"/>).</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>The replica, opened without a model (as <see cref="OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/> opens it): dispose it.</returns>
    /// <exception cref="VersionerDatabaseExistsException">The target holds Versioner's tables already; nothing was changed.</exception>
    /// <exception cref="UndescribedTypeException">This repository was opened without the application's model and cannot read one of its types.</exception>
    /// <exception cref="DatabaseException">The target refused a table (one of that name exists, or the login may not create tables); nothing was changed.</exception>
    /// <example>
    /// <code>
    /// await using var connection = new SqliteConnection("Data Source=replica.db");
    /// await using var replica = await source.CreateReplicaAsync(connection);
    /// await source.PushAsync(replica, "main");
    /// </code>
    /// </example>
    public Task<Repository> CreateReplicaAsync(System.Data.Common.DbConnection target, RepositoryOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(target);
            if (options is { ReadOnly: true })
            {
                throw new ArgumentException("A replica is created to be written: open it without RepositoryOptions.ReadOnly.", nameof(options));
            }

            EnsureComplete();
            await ReplicaCreation.CreateAsync(_store, target, cancellationToken).ConfigureAwait(false);
            return await OpenModelFreeCoreAsync(target, options, cancellationToken).ConfigureAwait(false);
        });
}
