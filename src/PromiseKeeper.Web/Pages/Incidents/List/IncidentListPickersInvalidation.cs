using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>
/// Drops the <see cref="IncidentListPickers"/> copy whenever a SaveChanges adds, changes or removes a user, a role
/// membership or a team: before the save and again after it, so a reader that loaded in between does not keep the old one.
/// </summary>
public sealed class IncidentListPickersInvalidation(IncidentListPickers pickers) : SaveChangesInterceptor
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

    private void Saving(DbContextEventData eventData)
    {
        if (eventData.Context is { } context
            && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is ApplicationUser or Team or IdentityUserRole<string>))
        {
            _saving.AddOrUpdate(context, context);
            pickers.Invalidate();
        }
    }

    private void Done(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _saving.Remove(context))
        {
            pickers.Invalidate();
        }
    }
}
