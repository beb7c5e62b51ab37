using Mediator;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>Legal approves the wording of one client text or asks for changes to it (posted from the legal review page).</summary>
public static class ReviewTextWording
{
    /// <summary>Decision and Note match <see cref="Incident.RecordLegalTextReview"/>'s fields, so the domain's messages land on them.</summary>
    [AuthorizeRequest(RequestAccess.ReviewLegally)]
    public sealed record Command : ICommand<ClientTextKind>, IIncidentRequest
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown: legal decides on the wording they saw.</summary>
        public uint Version { get; init; }

        /// <summary>Which text (the request email, the call plan, the recap, …).</summary>
        public ClientTextKind? Kind { get; init; }

        public LegalDecision? Decision { get; init; }

        public string? Note { get; init; }
    }

    /// <remarks>Loads legal's reviews: a decision on wording takes the incident out of the queue when only that wording kept it there.</remarks>
    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit) : ICommandHandler<Command, ClientTextKind>
    {
        public async ValueTask<ClientTextKind> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForLegalReviewAsync(command.Id, command.Version, user, IncidentParts.LegalReviews, cancellationToken);
            var review = incident.RecordLegalTextReview(command.Kind, command.Decision, command.Note, user.AsActor(), clock.GetUtcNow());
            // What legal decided, not what they wrote: admins read the log and see no incident content.
            audit.Add(
                AuditAction.LegalReviewRecorded,
                AuditTexts.WordingReview(review.Decision, review.Text),
                AuditSubject.Incident(incident.Id),
                incident.Id);
            await db.SaveChangesAsync(cancellationToken);
            return review.Text;
        }
    }
}
