using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Versioner.DependencyInjection;

/// <summary>
/// Opens the repository of <typeparamref name="TContext"/> once per process (guards, field-set check) when the host
/// starts, then lets each scope open its own without repeating that work.
/// </summary>
internal sealed class RepositoryOpening<TContext>(IServiceScopeFactory scopes, IOptions<RepositoryOptions> options) : IHostedService, IDisposable
    where TContext : DbContext
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _opened;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await EnsureOpenedAsync(scope.ServiceProvider.GetRequiredService<TContext>(), cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _gate.Dispose();

    public Repository Open(TContext context)
    {
        if (!_opened)
        {
            // Resolved before the host started (a test, a tool): the first scope does the one-time work.
            EnsureOpenedAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return Repository.OpenOpened(context, options.Value);
    }

    private async Task EnsureOpenedAsync(TContext context, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_opened)
            {
                await Repository.OpenAsync(context, options.Value, cancellationToken).ConfigureAwait(false);
                _opened = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
