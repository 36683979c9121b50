using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Versioner.Studio.Hosting;

/// <summary>The embedded Studio: the app's repository over its own <typeparamref name="TContext"/>, from the request's services.</summary>
internal sealed class TypedModelSource<TContext>(IServiceProvider services) : StudioSource
    where TContext : DbContext
{
    public override Repository Repository { get; } = services.GetService<Repository>()
        ?? throw new InvalidOperationException($"Versioner Studio reads through the Repository that AddVersioning<{typeof(TContext).Name}>() registers; call it next to AddVersionerStudio<{typeof(TContext).Name}>().");

    public override string DefaultBranch => Repository.Options.DefaultBranch;
}
