using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Check-ins with the client while the fix is under way: plan one (date, topic and who updates the client: the incident's
/// owner unless someone else is chosen), mark each done or not done (<see cref="SetCheckInDone"/>), and give one to
/// someone else (<see cref="GiveCheckIn"/>).
/// </summary>
public sealed class CheckInsModel(IMediator mediator, IStringLocalizer<CheckInsModel> localizer, OwnerChoices owners) : IncidentFormPage<CheckInsModel.CheckInsView, CheckInsModel.Command>(mediator)
{
    /// <summary>The check-in whose owner form was posted, so its message and choice show on that check-in only.</summary>
    public Guid? PostedCheckInId { get; private set; }

    public string? PostedOwnerId { get; private set; }

    /// <summary>The picker's options.</summary>
    public IReadOnlyList<SelectListItem> OwnerItems => owners.Items(View.Owners);

    /// <summary>Plans a check-in.</summary>
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAndStayAsync(Data with { Id = id }, localizer["The check-in is planned."], cancellationToken);

    public Task<IActionResult> OnPostSetDoneAsync(long id, Guid checkInId, bool done, CancellationToken cancellationToken) =>
        SendAndStayAsync(new SetCheckInDone.Command(id, checkInId, done, Data.Version),
            done ? localizer["The check-in is marked as done."] : localizer["The check-in is marked as not done."], cancellationToken);

    /// <remarks>The owner form's field is a plain handler argument, so its message goes to the unprefixed key "OwnerId".</remarks>
    public Task<IActionResult> OnPostOwnerAsync(long id, Guid checkInId, string? ownerId, CancellationToken cancellationToken)
    {
        (PostedCheckInId, PostedOwnerId) = (checkInId, ownerId);
        return SendFormAndStayAsync(string.Empty, new GiveCheckIn.Command(id, checkInId, ownerId, Data.Version),
            name => localizer["{0} now updates the client on this check-in.", name].Value, "list-heading", cancellationToken);
    }

    protected override IQuery<CheckInsView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(CheckInsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new() { Version = view.Header.Version, OwnerId = view.IncidentOwnerId };
    }

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<CheckInsView>;

    /// <param name="OwnerId">Who updates the client: the check-in's owner, else the incident's.</param>
    public sealed record CheckInLine(Guid Id, DateOnly PlannedOn, string Topic, bool IsDone, DateTimeOffset? DoneAt, DateTimeOffset? CancelledAt = null, string? OwnerId = null)
    {
        public bool IsOpen => !IsDone && CancelledAt is null;
    }

    public sealed record CheckInsView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required Guidance Guidance { get; init; }

        public required IReadOnlyList<CheckInLine> CheckIns { get; init; }

        public required DateOnly Today { get; init; }

        public required bool MayChange { get; init; }

        public required string IncidentOwnerId { get; init; }

        /// <summary>Who check-ins can be given to (and the names of their owners).</summary>
        public required IReadOnlyList<OwnerChoice> Owners { get; init; }

        public string OwnerName(string? ownerId) => Owners.FirstOrDefault(o => o.Id == ownerId)?.DisplayName ?? string.Empty;

        /// <summary>Check-ins are planned after the conversation: while writing the recap or holding the retro.</summary>
        public bool CanPlan => MayChange && Header.Stage is PlaybookStage.FollowUpRecap or PlaybookStage.InternalRetro;

        /// <summary>Check-ins can be marked while the incident is open, and those kept planned at closing also after it closed.</summary>
        public bool CanMark => MayChange && (Header.IsOpen || Header.Stage == PlaybookStage.Closed);
    }

    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange
    {
        public long Id { get; set; }

        public uint Version { get; set; }

        public DateOnly? PlannedOn { get; set; }

        public string? Topic { get; set; }

        /// <summary>Who updates the client; blank or the incident's owner: the incident's owner.</summary>
        public string? OwnerId { get; set; }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, StageGuidanceTexts guidance) : IQueryHandler<Query, CheckInsView>
    {
        public async ValueTask<CheckInsView> Handle(Query query, CancellationToken cancellationToken)
        {
            var header = await db.HeaderAsync(query.Id, user, cancellationToken);
            var incident = await db.Incidents.AsNoTracking().VisibleTo(user)
                .Include(i => i.CheckIns)
                .SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException();
            return new CheckInsView
            {
                Header = header,
                Guidance = guidance.For(PlaybookStage.FollowUpRecap),
                CheckIns = [.. incident.CheckIns.OrderBy(c => c.PlannedOn).ThenBy(c => c.Id)
                    .Select(c => new CheckInLine(c.Id, c.PlannedOn, c.Topic, c.IsDone, c.DoneAt, c.CancelledAt, c.OwnerOr(incident.OwnerId)))],
                Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                MayChange = user.MayChange(incident),
                IncidentOwnerId = incident.OwnerId,
                Owners = await OwnerChoices.ReadAsync(db, query.Id, cancellationToken),
            };
        }
    }

    /// <summary>Plans the check-in; whoever updates the client, when not the actor, is told. The chosen owner is read with the incident.</summary>
    public sealed class Handler(IncidentChanges changes, PromiseKeeperDbContext db, OwnerChoices owners, Notifier notifier) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var ownerId = OwnerChoices.IdOrNull(command.OwnerId);
            await changes.ApplyAsync(command, IncidentParts.None, OwnerChoices.Chosen(db, ownerId), (incident, chosen, by) =>
            {
                var owner = owners.Owner(ownerId, chosen, out var refusal);
                CheckIn checkIn;
                try
                {
                    checkIn = incident.PlanCheckIn(command.PlannedOn, command.Topic, owner, by.Actor, by.Now);
                }
                catch (DomainException error) when (refusal is not null)
                {
                    throw OwnerChoices.WithOwnerRefusal(error, nameof(Command.OwnerId), refusal);
                }

                if (refusal is not null)
                {
                    // The other fields were fine: the refused owner is the only message, and nothing is saved.
                    throw new DomainException([new RuleViolation(nameof(Command.OwnerId), refusal)]);
                }

                var ownedBy = checkIn.OwnerOr(incident.OwnerId);
                notifier.MeasureAssigned(incident.Id, Recipient.ParseOne(ownedBy, chosen?.Id == ownedBy ? chosen.Recipient : null), checkIn.Topic);
            }, cancellationToken);
            return Unit.Value;
        }
    }
}
