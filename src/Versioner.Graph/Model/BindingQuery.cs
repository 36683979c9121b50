using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Versioner.Model;

/// <summary>
/// An EF query whose results get their pointer values bound (see <see cref="PointerScope"/>). Composes like the EF
/// query it wraps: every operator and every async executor (ToListAsync, FirstOrDefaultAsync...) goes through.
/// </summary>
internal sealed class BindingQuery<T> : IOrderedQueryable<T>, IAsyncEnumerable<T>
{
    private readonly IQueryable<T> _inner;
    private readonly BindingQueryProvider _provider;

    public BindingQuery(IQueryable<T> inner, BindingQueryProvider provider)
    {
        _inner = inner;
        _provider = provider;
    }

    public Type ElementType => typeof(T);

    public Expression Expression => _inner.Expression;

    public IQueryProvider Provider => _provider;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in _inner)
        {
            yield return PointerScope.Bind(_provider.Context, item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var item in ((IAsyncEnumerable<T>)_inner).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return PointerScope.Bind(_provider.Context, item);
        }
    }

    public override string ToString() => _inner.ToString() ?? "";
}

/// <summary>The provider of <see cref="BindingQuery{T}"/>: delegates to EF's and binds what comes back.</summary>
internal sealed class BindingQueryProvider(IAsyncQueryProvider inner, DbContext context) : IAsyncQueryProvider
{
    private static readonly System.Reflection.MethodInfo BindTaskMethod =
        typeof(BindingQueryProvider).GetMethod(nameof(BindTask), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    public DbContext Context { get; } = context;

    public static IQueryable<T> Wrap<T>(IQueryable<T> query, DbContext context) =>
        new BindingQuery<T>(query, new BindingQueryProvider((IAsyncQueryProvider)query.Provider, context));

    public IQueryable CreateQuery(Expression expression)
    {
        var query = inner.CreateQuery(expression);
        return (IQueryable)Activator.CreateInstance(typeof(BindingQuery<>).MakeGenericType(query.ElementType), query, this)!;
    }

    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new BindingQuery<TElement>(inner.CreateQuery<TElement>(expression), this);

    public object? Execute(Expression expression) => PointerScope.Bind(Context, inner.Execute(expression));

    public TResult Execute<TResult>(Expression expression) => PointerScope.Bind(Context, inner.Execute<TResult>(expression));

    public TResult ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken = default)
    {
        var result = inner.ExecuteAsync<TResult>(expression, cancellationToken);
        if (result is Task task && typeof(TResult).IsGenericType && typeof(TResult).GetGenericTypeDefinition() == typeof(Task<>))
        {
            return (TResult)BindTaskMethod.MakeGenericMethod(typeof(TResult).GetGenericArguments()[0]).Invoke(this, [task])!;
        }

        return result;
    }

    private async Task<TValue> BindTask<TValue>(Task<TValue> task) => PointerScope.Bind(Context, await task.ConfigureAwait(false));
}
