namespace PromiseKeeper.Web.Infrastructure.Scheduling;

/// <summary>
/// One kind of work that falls due with time rather than with a user's action (clock warnings, reminders, digests).
/// Every app instance runs every registered kind in rounds; a round claims its rows with <c>FOR UPDATE SKIP LOCKED</c>
/// and marks them done in the same transaction, so two instances never do the same item and a round that fails or
/// is stopped leaves its items for the next. Register as scoped: <c>services.AddScoped&lt;ITimeDrivenWork, MyWork&gt;()</c>.
/// </summary>
public interface ITimeDrivenWork
{
    /// <summary>A short name for logs.</summary>
    string Name { get; }

    /// <summary>Does one batch of what is due at <paramref name="now"/>; returns how many items it handled (0: nothing due).</summary>
    Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
