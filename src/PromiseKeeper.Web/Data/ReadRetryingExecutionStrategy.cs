using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Retries a statement that failed on a transient fault (a dropped connection, a restarting server) only where
/// running it again is safe: reads outside a transaction the code began itself. A save is not retried, because a
/// fault during COMMIT leaves unknown whether it went through; the person gets the form back with their input
/// and "could not save, try again" instead (<see cref="FormErrorsPageFilter"/>). A timeout is not retried either,
/// so a hung database answers within the command timeout.
/// </summary>
internal sealed class ReadRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, errorCodesToAdd: null)
{
    private const int MaxRetries = 2;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    public static void Apply(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.ExecutionStrategy(dependencies => new ReadRetryingExecutionStrategy(dependencies));

    protected override bool ShouldRetryOn(Exception? exception) =>
        !InUserTransaction
        && !Dependencies.CurrentContext.Context.ChangeTracker.HasChanges()
        && !DatabaseUnavailable.IsTimeout(exception)
        && base.ShouldRetryOn(exception);

    // The base class refuses to run inside a transaction the code began itself (BeginTransactionAsync); this one
    // runs such work once, without retries (see ShouldRetryOn), so the handlers keep their plain transactions.
    protected override void OnFirstExecution()
    {
        if (!InUserTransaction)
        {
            base.OnFirstExecution();
            return;
        }

        ExceptionsEncountered.Clear();
    }

    private bool InUserTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
}
