using System.Reflection;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>
/// Resource-based authorization for every Mediator request, before validation (so a request the user
/// may not make learns nothing, not even which fields are wrong): the role the request's
/// <see cref="RequestAccess"/> needs (else 403), then for a request about one incident, that the
/// user may see it (else 404) and may do this to it (else 403). Handlers check again when they load; a query marked
/// <see cref="IChecksIncidentAccessOnLoad"/> is checked only there, on what it loads.
/// </summary>
public sealed class RequestAuthorizationBehavior<TMessage, TResponse>(PromiseKeeperDbContext db, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly RequestAccess? Declared = typeof(TMessage).GetCustomAttribute<AuthorizeRequestAttribute>()?.Access;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var access = Declared ?? throw new InvalidOperationException(
            $"{typeof(TMessage).FullName} does not declare who may send it: add [AuthorizeRequest(...)].");
        user.RequireAnyRole([.. RequestAccessRules.RolesFor(access)]);

        if (message is IChecksIncidentAccessOnLoad && message is not IBaseQuery)
        {
            throw new InvalidOperationException($"{typeof(TMessage).FullName}: only a query may check the incident access on load.");
        }

        // A query that checks on load reads the incident anyway; reading its access facts first would be a second statement.
        if (RequestAccessRules.IsAboutOneIncident(access) && message is not IChecksIncidentAccessOnLoad)
        {
            var id = message is IIncidentRequest request
                ? request.Id
                : throw new InvalidOperationException($"{typeof(TMessage).FullName} needs {access} on an incident but does not implement {nameof(IIncidentRequest)}.");
            var facts = await db.Incidents.AsNoTracking().VisibleTo(user)
                .Where(i => i.Id == id)
                .Select(i => new IncidentAccessFacts(i.OwnerId, i.TeamId, i.ContractReference != null))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException();
            RequestAccessRules.Require(access, user, facts);
        }

        return await next(message, cancellationToken);
    }
}
