using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Drops the <see cref="ClientDirectory"/> whenever a SaveChanges adds, changes or removes a client, wherever it
/// happens (the Clients and Log pages, demo data, tests): before the save, and again once it is committed (after
/// the save, or at the end of the transaction it ran in), so a reader that loaded the clients in between does not
/// keep the old list.
/// </summary>
public sealed class ClientDirectoryInvalidation(ClientDirectory clients) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Done(eventData);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Done(eventData);

    private void Saving(DbContextEventData eventData)
    {
        if (eventData.Context is { } context
            && context.ChangeTracker.Entries<Client>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _saving.AddOrUpdate(context, context);
            clients.Invalidate();
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    private void Done(DbContextEventData eventData)
    {
        // Inside a transaction the new client is not visible to others until it commits.
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Ended(eventData.Context);
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && _saving.Remove(context))
        {
            clients.Invalidate();
        }
    }
}
