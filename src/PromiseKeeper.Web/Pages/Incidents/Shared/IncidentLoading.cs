using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>Loads an incident for a command: tracked, with the children the command names, checked for access and for concurrent edits.</summary>
public static class IncidentLoading
{
    /// <param name="expectedVersion">The version the user's form was rendered from; a newer one in the database means someone else changed it.</param>
    /// <param name="parts">The child collections the command's domain method reads or changes.</param>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    /// <exception cref="ForbiddenException">When the user may see the incident but not change it.</exception>
    public static async Task<Incident> LoadForChangeAsync(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, IncidentParts parts, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
        return MayChange(db, await db.LoadTrackedAsync(id, user, parts, cancellationToken), expectedVersion, user);
    }

    /// <summary>
    /// Like <see cref="LoadForChangeAsync(PromiseKeeperDbContext, long, uint?, ICurrentUser, IncidentParts, CancellationToken)"/>,
    /// and reads <paramref name="more"/> (names, facts about other rows) in the same statement.
    /// </summary>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    /// <exception cref="ForbiddenException">When the user may see the incident but not change it.</exception>
    public static async Task<(Incident Incident, TMore More)> LoadForChangeAsync<TMore>(
        this PromiseKeeperDbContext db, long id, uint? expectedVersion, ICurrentUser user, IncidentParts parts, Expression<Func<Incident, TMore>> more, CancellationToken cancellationToken)
    {
        user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
        var (incident, values) = await db.LoadTrackedAsync(id, user, parts, more, cancellationToken);
        return (MayChange(db, incident, expectedVersion, user), values);
    }

    /// <summary>The incident visible to <paramref name="user"/>, tracked, with only the named children and its client's language, in one statement.</summary>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    public static async Task<Incident> LoadTrackedAsync(
        this PromiseKeeperDbContext db, long id, ICurrentUser user, IncidentParts parts, CancellationToken cancellationToken) =>
        (await db.LoadTrackedAsync(id, user, parts, i => i.Id, cancellationToken)).Incident;

    /// <summary>The incident visible to <paramref name="user"/>, tracked, with only the named children, and <paramref name="more"/>, in one statement.</summary>
    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    public static async Task<(Incident Incident, TMore More)> LoadTrackedAsync<TMore>(
        this PromiseKeeperDbContext db, long id, ICurrentUser user, IncidentParts parts, Expression<Func<Incident, TMore>> more, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(more);
        // i => new Loaded<TMore> { Incident = i, More = more(i), ClientLanguage = the client's }: the includes apply to
        // the incident in the projection. The client's language comes along so the domain drafts and checks client texts in it.
        var incident = more.Parameters[0];
        Expression<Func<Incident, string?>> clientLanguage = i => db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.Language).FirstOrDefault();
        var projection = Expression.Lambda<Func<Incident, Loaded<TMore>>>(
            Expression.MemberInit(
                Expression.New(typeof(Loaded<TMore>)),
                Expression.Bind(typeof(Loaded<TMore>).GetProperty(nameof(Loaded<TMore>.Incident))!, incident),
                Expression.Bind(typeof(Loaded<TMore>).GetProperty(nameof(Loaded<TMore>.More))!, more.Body),
                Expression.Bind(typeof(Loaded<TMore>).GetProperty(nameof(Loaded<TMore>.ClientLanguage))!,
                    ReplacingExpressionVisitor.Replace(clientLanguage.Parameters[0], incident, clientLanguage.Body))),
            incident);
        var loaded = await Tracked(db, user, parts).Where(i => i.Id == id).Select(projection).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        loaded.Incident.WriteToClientIn(loaded.ClientLanguage);
        return (loaded.Incident, loaded.More);
    }

    private static Incident MayChange(PromiseKeeperDbContext db, Incident incident, uint? expectedVersion, ICurrentUser user)
    {
        if (!user.MayChange(incident))
        {
            throw new ForbiddenException("Only the incident's account manager or a team lead can change it.");
        }

        ExpectVersion(db, incident, expectedVersion);
        return incident;
    }

    /// <remarks>
    /// One statement, whatever the parts: the children are joined (a single query), not read one query per collection.
    /// A command names at most three small collections (an incident has a handful of options, check-ins, findings and
    /// reviews), so the rows the joins multiply stay few.
    /// </remarks>
    private static IQueryable<Incident> Tracked(PromiseKeeperDbContext db, ICurrentUser user, IncidentParts parts)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Incidents.VisibleTo(user);
        if (parts.HasFlag(IncidentParts.Evidence))
        {
            query = query.Include(i => i.Evidence);
        }

        if (parts.HasFlag(IncidentParts.Options))
        {
            query = query.Include(i => i.Options);
        }

        if (parts.HasFlag(IncidentParts.CheckIns))
        {
            query = query.Include(i => i.CheckIns);
        }

        if (parts.HasFlag(IncidentParts.PreventionMeasures))
        {
            query = query.Include(i => i.PreventionMeasures);
        }

        if (parts.HasFlag(IncidentParts.BlameFindings))
        {
            query = query.Include(i => i.BlameFindings);
        }

        if (parts.HasFlag(IncidentParts.LegalReviews))
        {
            query = query.Include(i => i.LegalReviews);
        }

        if (parts.HasFlag(IncidentParts.LegalTextReviews))
        {
            query = query.Include(i => i.LegalTextReviews);
        }

        if (parts.HasFlag(IncidentParts.Pauses))
        {
            query = query.Include(i => i.Pauses);
        }

        return query.AsSingleQuery();
    }

    private sealed class Loaded<TMore>
    {
        public Incident Incident { get; init; } = null!;

        public TMore More { get; init; } = default!;

        public string? ClientLanguage { get; init; }
    }

    /// <summary>Makes the save fail when the incident changed after the user's form was rendered from <paramref name="expectedVersion"/>.</summary>
    /// <exception cref="DbUpdateConcurrencyException">When it already has.</exception>
    public static void ExpectVersion(PromiseKeeperDbContext db, Incident incident, uint? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (expectedVersion is { } version)
        {
            // Compared in the UPDATE's WHERE clause; a mismatch raises DbUpdateConcurrencyException.
            db.Entry(incident).Property(i => i.Version).OriginalValue = version;
            if (incident.Version != version)
            {
                throw new DbUpdateConcurrencyException("The incident was changed by someone else after the form was opened.");
            }
        }
    }
}
