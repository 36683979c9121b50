using System.Data.Common;
using Versioner.Studio.Standalone;

namespace Versioner.Studio.Hosting;

/// <summary>
/// The standalone Studio: each request opens the database without the application's classes
/// (<see cref="Repository.OpenAsync(DbConnection, RepositoryOptions?, CancellationToken)"/>) on a connection of its own,
/// and closes both at its end.
/// </summary>
internal sealed class ModelFreeSource(StandaloneDatabase database) : StudioSource, IAsyncDisposable
{
    private DbConnection? _connection;
    private Repository? _repository;

    public override Repository Repository => _repository ?? throw new InvalidOperationException("The repository opens in OpenAsync, before the page runs.");

    public override string DefaultBranch => database.Options.DefaultBranch;

    public override async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        _connection = database.NewConnection();
        _repository = await Repository.OpenAsync(_connection, database.Options, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_repository is not null)
        {
            await _repository.DisposeAsync().ConfigureAwait(false);
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
