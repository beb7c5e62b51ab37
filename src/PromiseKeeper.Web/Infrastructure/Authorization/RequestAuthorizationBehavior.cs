using System.Reflection;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>
/// Resource-based authorization for every Mediator request, before validation (so a request the user
/// may not make learns nothing, not even which fields are wrong): the role the request's
/// <see cref="RequestAccess"/> needs (else 403), then for a request about one incident, that the
/// user may see it (else 404) and may do this to it (else 403). Handlers check again when they load.
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

        if (RequestAccessRules.IsAboutOneIncident(access))
        {
            var id = message is IIncidentRequest request
                ? request.Id
                : throw new InvalidOperationException($"{typeof(TMessage).FullName} needs {access} on an incident but does not implement {nameof(IIncidentRequest)}.");
            var facts = await db.Incidents.AsNoTracking().VisibleTo(user)
                .Where(i => i.Id == id)
                .Select(i => new IncidentAccessFacts(i.OwnerId, i.TeamId, i.ContractReference != null))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException();
            if (!RequestAccessRules.Allows(access, user, facts))
            {
                throw new ForbiddenException(RequestAccessRules.Refusal(access));
            }
        }

        return await next(message, cancellationToken);
    }
}
