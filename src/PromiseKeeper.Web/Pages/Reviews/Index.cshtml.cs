using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Reviews;

/// <summary>
/// The team lead's desk: retros waiting for a review (oldest first) and prevention measures that are
/// past their due date, also on closed incidents. Both lists are bounded; only visible incidents count, so a head of
/// customer success reads every team's (with each one's team), read-only.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public Result Reviews { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Reviews = await mediator.Send(new Query(), cancellationToken);

    [AuthorizeRequest(RequestAccess.ReviewQueue)]
    public sealed record Query : IQuery<Result>
    {
        /// <summary>How many rows each list shows at most.</summary>
        public const int Limit = 50;
    }

    public sealed record WaitingRetro(long Id, string ClientName, string Summary, string OwnerName, DateTimeOffset SubmittedAt, int MeasureCount, string? TeamName);

    public sealed record OverdueMeasure(
        long IncidentId, string IncidentSummary, string ClientName, string Description, string Owner, DateOnly DueOn, int DaysOverdue, string? TeamName);

    /// <param name="HasMoreRetros">More retros wait than <see cref="Query.Limit"/>; the oldest are shown.</param>
    /// <param name="HasMoreOverdue">More measures are overdue than <see cref="Query.Limit"/>; the most overdue are shown.</param>
    public sealed record Result(
        IReadOnlyList<WaitingRetro> Retros,
        bool HasMoreRetros,
        IReadOnlyList<OverdueMeasure> Overdue,
        bool HasMoreOverdue,
        DateOnly Today);

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead, Roles.HeadOfCustomerSuccess);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var incidents = db.Incidents.AsNoTracking().VisibleTo(user);

            var retros = await (from i in incidents
                                where i.Stage == PlaybookStage.InternalRetro && i.Retro!.Status == RetroReviewStatus.Submitted
                                join c in db.Clients on i.ClientId equals c.Id
                                join o in db.Users on i.OwnerId equals o.Id
                                orderby i.Retro!.SubmittedAt, i.Id
                                select new WaitingRetro(i.Id, c.Name, i.Summary, o.DisplayName, i.Retro!.SubmittedAt!.Value, i.PreventionMeasures.Count(),
                                    db.Teams.Where(t => t.Id == i.TeamId).Select(t => t.Name).FirstOrDefault()))
                               .Take(Query.Limit + 1)
                               .ToListAsync(cancellationToken);

            // Measures are tracked to done after closing too; an incident marked not applicable has none to track.
            var overdue = await (from i in incidents
                                 where i.Stage != PlaybookStage.NotApplicable
                                 from m in i.PreventionMeasures
                                 where m.Status != MeasureStatus.Done && m.DueOn < today
                                 join c in db.Clients on i.ClientId equals c.Id
                                 orderby m.DueOn, m.Id
                                 select new
                                 {
                                     i.Id, i.Summary, ClientName = c.Name, m.Description, m.Owner, m.DueOn,
                                     TeamName = db.Teams.Where(t => t.Id == i.TeamId).Select(t => t.Name).FirstOrDefault(),
                                 })
                                .Take(Query.Limit + 1)
                                .ToListAsync(cancellationToken);

            return new Result(
                [.. retros.Take(Query.Limit)],
                retros.Count > Query.Limit,
                [.. overdue.Take(Query.Limit).Select(m => new OverdueMeasure(m.Id, m.Summary, m.ClientName, m.Description, m.Owner, m.DueOn, today.DayNumber - m.DueOn.DayNumber, m.TeamName))],
                overdue.Count > Query.Limit,
                today);
        }
    }
}
