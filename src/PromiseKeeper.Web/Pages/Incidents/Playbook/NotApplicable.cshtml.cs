using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stops the playbook for an incident where the client acts in bad faith (e.g. wants a lot of work for
/// free, or is dishonest), with the reason on record.
/// </summary>
public sealed class NotApplicableModel(IMediator mediator, IStringLocalizer<NotApplicableModel> localizer) : IncidentFormPage<NotApplicableModel.NotApplicableView, NotApplicableModel.Command>(mediator)
{
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id }, localizer["The incident is marked as not applicable; the playbook stops here."], cancellationToken);

    protected override IQuery<NotApplicableView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(NotApplicableView view) => new() { Version = view.Header.Version };

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<NotApplicableView>;

    public sealed record NotApplicableView(IncidentHeader Header, Guidance Guidance, string? Reason, bool MayChange) : IIncidentView;

    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange
    {
        public long Id { get; set; }

        public uint Version { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, StageGuidanceTexts guidance) : IQueryHandler<Query, NotApplicableView>
    {
        public async ValueTask<NotApplicableView> Handle(Query query, CancellationToken cancellationToken)
        {
            var header = await db.HeaderAsync(query.Id, user, cancellationToken);
            var incident = await db.Incidents.AsNoTracking().VisibleTo(user)
                .SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException();
            return new NotApplicableView(header, guidance.For(PlaybookStage.NotApplicable), incident.NotApplicableReason, user.MayChange(incident));
        }
    }

    /// <remarks>A call still ahead whose invitation was emailed is cancelled in the attendees' calendars too (<see cref="CallInvitationEmails"/>).</remarks>
    public sealed class Handler(IncidentChanges changes, CallInvitationEmails invitations) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.None, invitations.Organizer, (incident, organizer, by) =>
            {
                incident.MarkNotApplicable(command.Reason, by.Actor, by.Now);
                invitations.SendCancellationIfEmailed(incident, organizer, by);
            }, cancellationToken);
            return Unit.Value;
        }
    }
}
