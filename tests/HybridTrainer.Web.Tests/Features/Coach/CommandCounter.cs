using System.Data.Common;
using HybridTrainer.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HybridTrainer.Web.Tests.Features.Coach;

/// <summary>Counts every database command a context sends, to prove a page's queries do not grow with its rows.</summary>
public sealed class CommandCounter : DbCommandInterceptor, IDbContextFactory<HybridTrainerDbContext>
{
    private readonly DbContextOptions<HybridTrainerDbContext> _options;
    private int _count;

    public CommandCounter(DbContextOptions<HybridTrainerDbContext> appOptions) =>
        _options = new DbContextOptionsBuilder<HybridTrainerDbContext>(appOptions).AddInterceptors(this).Options;

    public int Count => _count;

    public void Reset() => _count = 0;

    public HybridTrainerDbContext CreateDbContext() => new(_options);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
