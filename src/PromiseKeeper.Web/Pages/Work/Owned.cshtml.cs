using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Work;

/// <summary>
/// "My measures and check-ins": the open prevention measures and check-ins given to the signed-in user, of any team, with
/// only what an owner may see of the incident (its number and client; a link when they may open it). The owner marks a
/// measure done with what was done (<see cref="CompleteMeasure"/>) or a check-in done (<see cref="CompleteCheckIn"/>).
/// A notification's link (<c>?incident=N</c>) leads whoever may open that incident to it, anyone else here.
/// </summary>
public sealed class OwnedModel(IMediator mediator, IStringLocalizer<OwnedModel> localizer) : PageModel, IReloadsFormOnError
{
    public OwnedWork Work { get; private set; } = OwnedWork.Empty;

    /// <summary>The measure whose form was posted, so its note and message show on that measure only.</summary>
    public Guid? PostedMeasureId { get; private set; }

    public string? PostedDoneNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? incident, CancellationToken cancellationToken)
    {
        if (incident is { } id && await mediator.Send(new MayOpenQuery(id), cancellationToken))
        {
            return RedirectToPage("/Incidents/Details", new { id });
        }

        await LoadFormLookupsAsync(cancellationToken);
        return Page();
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        Work = await mediator.Send(new Query(), cancellationToken);

    public async Task<IActionResult> OnPostMeasureDoneAsync(Guid measureId, string? doneNote, CancellationToken cancellationToken)
    {
        (PostedMeasureId, PostedDoneNote) = (measureId, doneNote);
        await mediator.Send(new CompleteMeasure.Command(measureId, doneNote), cancellationToken);
        TempData[StatusMessage.Key] = localizer["The measure is marked as done."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCheckInDoneAsync(Guid checkInId, CancellationToken cancellationToken)
    {
        await mediator.Send(new CompleteCheckIn.Command(checkInId), cancellationToken);
        TempData[StatusMessage.Key] = localizer["The check-in is marked as done."].Value;
        return RedirectToPage();
    }

    [AuthorizeRequest(RequestAccess.OwnWork)]
    public sealed record Query : IQuery<OwnedWork>;

    /// <summary>Whether the user may open the incident (a notification's link then goes there).</summary>
    [AuthorizeRequest(RequestAccess.OwnWork)]
    public sealed record MayOpenQuery(long IncidentId) : IQuery<bool>;

    /// <summary>A measure or check-in of the user, with only the incident's number and client.</summary>
    /// <param name="Text">The measure or the check-in's topic.</param>
    /// <param name="On">The measure's due date or the check-in's planned date.</param>
    public sealed record OwnedItem(Guid Id, string Text, DateOnly On, long IncidentId, string ClientName, bool MayOpenIncident);

    public sealed record OwnedWork(IReadOnlyList<OwnedItem> Measures, IReadOnlyList<OwnedItem> CheckIns, DateOnly Today)
    {
        public static readonly OwnedWork Empty = new([], [], DateOnly.MinValue);

        /// <summary>The most of each kind the page lists, the earliest first.</summary>
        public const int Limit = 200;
    }

    /// <summary>Two statements: the user's open measures, then their open check-ins, each from the partial index of owners.</summary>
    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock)
        : IQueryHandler<Query, OwnedWork>, IQueryHandler<MayOpenQuery, bool>
    {
        public async ValueTask<OwnedWork> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = user.Id;
            var visible = db.Incidents.VisibleTo(user);
            var measures = await (from m in db.Set<PreventionMeasure>().AsNoTracking()
                                  where m.OwnerId == userId && m.Status != MeasureStatus.Done
                                  join i in db.Incidents on m.IncidentId equals i.Id
                                  where i.Stage != PlaybookStage.NotApplicable
                                  join c in db.Clients on i.ClientId equals c.Id
                                  orderby m.DueOn, m.Id
                                  select new OwnedItem(m.Id, m.Description, m.DueOn, i.Id, c.Name, visible.Any(v => v.Id == i.Id)))
                                 .Take(OwnedWork.Limit).ToListAsync(cancellationToken);
            var checkIns = await (from ch in db.Set<CheckIn>().AsNoTracking()
                                  where ch.OwnerId == userId && !ch.IsDone && ch.CancelledAt == null
                                  join i in db.Incidents on ch.IncidentId equals i.Id
                                  where i.Stage != PlaybookStage.NotApplicable
                                  join c in db.Clients on i.ClientId equals c.Id
                                  orderby ch.PlannedOn, ch.Id
                                  select new OwnedItem(ch.Id, ch.Topic, ch.PlannedOn, i.Id, c.Name, visible.Any(v => v.Id == i.Id)))
                                 .Take(OwnedWork.Limit).ToListAsync(cancellationToken);
            // "Overdue" by the reader's own calendar, as on the home page.
            var zone = TimeZoneIds.Find(user.TimeZoneId) ?? DateTimeZone.Utc;
            return new OwnedWork(measures, checkIns, Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date.ToDateOnly());
        }

        public async ValueTask<bool> Handle(MayOpenQuery query, CancellationToken cancellationToken) =>
            await db.Incidents.VisibleTo(user).AnyAsync(i => i.Id == query.IncidentId, cancellationToken);
    }
}
