using System.Linq.Expressions;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>Who changes an incident and when, handed to the domain method.</summary>
public sealed record ChangeBy(Actor Actor, DateTimeOffset Now);

/// <summary>
/// The one way a command changes an incident: load it with the children it names (checking access and the
/// version once), call the domain, save. The authorization behavior has already checked the request's access kind.
/// </summary>
public sealed class IncidentChanges(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock)
{
    public Task ApplyAsync(IIncidentChange command, IncidentParts parts, Action<Incident, ChangeBy> change, CancellationToken cancellationToken) =>
        ApplyAsync(command, parts, (incident, by) =>
        {
            change(incident, by);
            return Task.FromResult(true);
        }, cancellationToken);

    public Task<TResult> ApplyAsync<TResult>(IIncidentChange command, IncidentParts parts, Func<Incident, ChangeBy, TResult> change, CancellationToken cancellationToken) =>
        ApplyAsync(command, parts, (incident, by) => Task.FromResult(change(incident, by)), cancellationToken);

    /// <summary>Parses the input once (before loading anything), then hands the checked value to the change.</summary>
    /// <exception cref="DomainException">With field violations when the input breaks a rule.</exception>
    public Task<TResult> ApplyAsync<TValue, TResult>(
        IIncidentChange command, Func<DateTimeOffset, Checked<TValue>> parse, IncidentParts parts, Func<Incident, TValue, ChangeBy, TResult> change, CancellationToken cancellationToken)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        var value = parse(clock.GetUtcNow()).OrThrow();
        return ApplyAsync(command, parts, (incident, by) => change(incident, value, by), cancellationToken);
    }

    /// <inheritdoc cref="ApplyAsync{TValue, TResult}(IIncidentChange, Func{DateTimeOffset, Checked{TValue}}, IncidentParts, Func{Incident, TValue, ChangeBy, TResult}, CancellationToken)"/>
    public Task ApplyAsync<TValue>(
        IIncidentChange command, Func<DateTimeOffset, Checked<TValue>> parse, IncidentParts parts, Action<Incident, TValue, ChangeBy> change, CancellationToken cancellationToken)
        where TValue : class =>
        ApplyAsync(command, parse, parts, (incident, value, by) =>
        {
            change(incident, value, by);
            return true;
        }, cancellationToken);

    /// <summary>For a change that needs a few values beside the incident (names, say): <paramref name="more"/> is read with it, in the same statement.</summary>
    public Task ApplyAsync<TMore>(
        IIncidentChange command, IncidentParts parts, Expression<Func<Incident, TMore>> more, Action<Incident, TMore, ChangeBy> change, CancellationToken cancellationToken) =>
        ApplyAsync(command, parts, more, (incident, values, by) =>
        {
            change(incident, values, by);
            return true;
        }, cancellationToken);

    /// <inheritdoc cref="ApplyAsync{TMore}(IIncidentChange, IncidentParts, Expression{Func{Incident, TMore}}, Action{Incident, TMore, ChangeBy}, CancellationToken)"/>
    public async Task<TResult> ApplyAsync<TMore, TResult>(
        IIncidentChange command, IncidentParts parts, Expression<Func<Incident, TMore>> more, Func<Incident, TMore, ChangeBy, TResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(change);
        var (incident, values) = await db.LoadForChangeAsync(command.Id, command.Version, user, parts, more, cancellationToken);
        var result = change(incident, values, new ChangeBy(user.AsActor(), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>For a change that reads something else (names, a file) between loading and calling the domain.</summary>
    public async Task<TResult> ApplyAsync<TResult>(IIncidentChange command, IncidentParts parts, Func<Incident, ChangeBy, Task<TResult>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(change);
        var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, parts, cancellationToken);
        var result = await change(incident, new ChangeBy(user.AsActor(), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
