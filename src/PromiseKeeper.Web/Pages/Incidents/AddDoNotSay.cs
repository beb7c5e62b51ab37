using Mediator;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>Legal adds a phrase not to say to the client; the incident's later client texts are checked for it (posted from the legal review page).</summary>
public static class AddDoNotSay
{
    [AuthorizeRequest(RequestAccess.ReviewLegally)]
    public sealed record Command : ICommand<string>, IIncidentRequest
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        public string? Phrase { get; init; }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForLegalReviewAsync(command.Id, command.Version, user, IncidentParts.None, cancellationToken);
            incident.AddDoNotSay(command.Phrase, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return incident.DoNotSay[^1];
        }
    }
}
