using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>
/// The dashboard of handling quality (ADR 0027): a team lead's team, or every team (or one picked) for a head of customer
/// success, over a period, optionally split by team, account manager, client or kind. One SQL statement per view.
/// </summary>
[Authorize(Policy = Policies.ViewsDashboard)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Split { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? TeamId { get; set; }

    public Result Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await mediator.Send(new Query(Period, From, To, Split, TeamId), cancellationToken);

    /// <param name="Period">30, 90, 365 (days, today included) or "custom" with <paramref name="From"/> and <paramref name="To"/>.</param>
    /// <param name="TeamId">One team, for a head of customer success (a lead always sees their own).</param>
    [AuthorizeRequest(RequestAccess.ViewDashboard)]
    public sealed record Query(string? Period = null, string? From = null, string? To = null, string? Split = null, int? TeamId = null)
        : IQuery<Result>;

    /// <param name="Figures">Null when the period is wrong (<paramref name="Problem"/>) or a lead has no team.</param>
    /// <param name="Problem">What is wrong with the period, in English (the page translates it).</param>
    /// <param name="AllTeams">The reader sees every team and may pick one.</param>
    public sealed record Result(DashboardFigures? Figures, string? Problem, bool AllTeams, DashboardSplit Split, DateOnly Today);

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead, Roles.HeadOfCustomerSuccess);
            var allTeams = user.IsInRole(Roles.HeadOfCustomerSuccess);
            var zone = TimeZoneIds.Find(user.TimeZoneId) ?? DateTimeZone.Utc;
            var now = clock.GetUtcNow();
            var today = Instant.FromDateTimeOffset(now).InZone(zone).Date.ToDateOnly();
            var split = Enum.TryParse<DashboardSplit>(query.Split, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : DashboardSplit.None;
            var period = DashboardPeriod.Read(query.Period, query.From, query.To, today, out var problem);
            var teamId = allTeams ? query.TeamId : user.TeamId;
            if (period is not { } days || (!allTeams && teamId is null))
            {
                return new Result(null, problem, allTeams, split, today);
            }

            var scope = new DashboardScope(
                days.First,
                days.Last,
                StartOf(days.First, zone),
                StartOf(days.Last.AddDays(1), zone),
                today,
                zone.Id,
                teamId,
                allTeams,
                split);
            var parts = DashboardDayParts.Of(scope, day => StartOf(day, zone));
            var (sql, parameters) = DashboardSql.For(scope, parts, now);
            var rows = await db.Database.SqlQueryRaw<FigureRow>(sql, parameters).ToListAsync(cancellationToken);
            return new Result(new DashboardFigures(scope, rows), null, allTeams, split, today);
        }

        private static DateTimeOffset StartOf(DateOnly day, DateTimeZone zone) =>
            LocalDate.FromDateOnly(day).AtStartOfDayInZone(zone).ToDateTimeOffset();
    }
}
