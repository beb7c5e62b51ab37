using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>Who changes an incident and when, handed to the domain method.</summary>
public sealed record ChangeBy(Actor Actor, DateTimeOffset Now);

/// <summary>
/// The one way a command changes an incident: load it with the children it names (checking access and the
/// version once), call the domain, tell legal when the change put it into their queue, save. The authorization behavior has already checked the request's access kind.
/// </summary>
public sealed class IncidentChanges(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, Notifier notifier, NotificationRecipients recipients)
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

    /// <summary>Parses the input once (before loading anything), then hands the checked value and <paramref name="more"/> (read with the incident) to the change.</summary>
    /// <exception cref="DomainException">With field violations when the input breaks a rule.</exception>
    public Task<TResult> ApplyAsync<TValue, TMore, TResult>(
        IIncidentChange command, Func<DateTimeOffset, Checked<TValue>> parse, IncidentParts parts, Expression<Func<Incident, TMore>> more,
        Func<Incident, TValue, TMore, ChangeBy, TResult> change, CancellationToken cancellationToken)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        var value = parse(clock.GetUtcNow()).OrThrow();
        return ApplyAsync(command, parts, more, (incident, values, by) => change(incident, value, values, by), cancellationToken);
    }

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
        var (incident, loaded) = await db.LoadForChangeAsync(command.Id, command.Version, user, parts, AndLegal(more), cancellationToken);
        var askedBefore = incident.LegalReviewRequestedAt;
        var result = change(incident, loaded.More, new ChangeBy(user.AsActor(), clock.GetUtcNow()));
        TellLegalWhenAsked(incident, askedBefore, loaded.Legal);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>For a change that reads something else (names, a file) between loading and calling the domain.</summary>
    public async Task<TResult> ApplyAsync<TResult>(IIncidentChange command, IncidentParts parts, Func<Incident, ChangeBy, Task<TResult>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(change);
        var (incident, legal) = await db.LoadForChangeAsync(command.Id, command.Version, user, parts, recipients.Legal(), cancellationToken);
        var askedBefore = incident.LegalReviewRequestedAt;
        var result = await change(incident, new ChangeBy(user.AsActor(), clock.GetUtcNow()));
        TellLegalWhenAsked(incident, askedBefore, legal);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>Any change that puts the incident into legal's queue (asked again, an approval lapsed, wording held) tells legal, in the same save.</summary>
    private void TellLegalWhenAsked(Incident incident, DateTimeOffset? askedBefore, string? legal)
    {
        if (incident.LegalReviewRequestedAt is { } asked && asked != askedBefore)
        {
            notifier.LegalReviewRequested(incident.Id, Recipient.ParseList(legal));
        }
    }

    /// <summary><paramref name="more"/> and the legal users to tell, read in one statement with the incident.</summary>
    private Expression<Func<Incident, WithLegal<TMore>>> AndLegal<TMore>(Expression<Func<Incident, TMore>> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var legal = recipients.Legal();
        var incident = more.Parameters[0];
        return Expression.Lambda<Func<Incident, WithLegal<TMore>>>(
            Expression.MemberInit(
                Expression.New(typeof(WithLegal<TMore>)),
                Expression.Bind(typeof(WithLegal<TMore>).GetProperty(nameof(WithLegal<TMore>.More))!, more.Body),
                Expression.Bind(typeof(WithLegal<TMore>).GetProperty(nameof(WithLegal<TMore>.Legal))!,
                    ReplacingExpressionVisitor.Replace(legal.Parameters[0], incident, legal.Body))),
            incident);
    }

    private sealed class WithLegal<TMore>
    {
        public TMore More { get; init; } = default!;

        public string? Legal { get; init; }
    }
}
