using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Check-ins with the client while the fix is under way: plan one (date and topic), and mark each done
/// or not done (<see cref="SetCheckInDone"/>).
/// </summary>
public sealed class CheckInsModel(IMediator mediator, IStringLocalizer<CheckInsModel> localizer) : IncidentFormPage<CheckInsModel.CheckInsView, CheckInsModel.Command>(mediator)
{
    /// <summary>Plans a check-in.</summary>
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAndStayAsync(Data with { Id = id }, localizer["The check-in is planned."], cancellationToken);

    public Task<IActionResult> OnPostSetDoneAsync(long id, Guid checkInId, bool done, CancellationToken cancellationToken) =>
        SendAndStayAsync(new SetCheckInDone.Command(id, checkInId, done, Data.Version),
            done ? localizer["The check-in is marked as done."] : localizer["The check-in is marked as not done."], cancellationToken);

    protected override IQuery<CheckInsView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(CheckInsView view) => new() { Version = view.Header.Version };

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<CheckInsView>;

    public sealed record CheckInLine(Guid Id, DateOnly PlannedOn, string Topic, bool IsDone, DateTimeOffset? DoneAt, DateTimeOffset? CancelledAt = null);

    public sealed record CheckInsView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required Guidance Guidance { get; init; }

        public required IReadOnlyList<CheckInLine> CheckIns { get; init; }

        public required DateOnly Today { get; init; }

        public required bool MayChange { get; init; }

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
                CheckIns = [.. incident.CheckIns.OrderBy(c => c.PlannedOn).ThenBy(c => c.Id).Select(c => new CheckInLine(c.Id, c.PlannedOn, c.Topic, c.IsDone, c.DoneAt, c.CancelledAt))],
                Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                MayChange = user.MayChange(incident),
            };
        }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.None,
                (incident, by) => incident.PlanCheckIn(command.PlannedOn, command.Topic, by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
