using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// A team lead reads a submitted retro with its prevention measures and approves it
/// (<see cref="ApproveRetro"/>) or sends it back with comments (<see cref="SendRetroBack"/>).
/// </summary>
public sealed class RetroReviewModel(IMediator mediator, IStringLocalizer<RetroReviewModel> localizer) : IncidentFormPage<RetroReviewModel.ReviewView, RetroReviewModel.Form>(mediator)
{
    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(new ApproveRetro.Command(id, Data.Version, Data.Comments),
            _ => localizer["The retro is approved. The incident can now be closed; its prevention measures stay on your list until they are done."].Value, "/Reviews/Index", cancellationToken);

    public Task<IActionResult> OnPostSendBackAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(new SendRetroBack.Command(id, Data.Version, Data.Comments),
            _ => localizer["The retro went back to the account manager with your comments. It returns to this list when they submit it again."].Value, "/Reviews/Index", cancellationToken);

    protected override IQuery<ReviewView> ViewQuery(long id) => new Query(id);

    protected override Form FormFrom(ReviewView view) => new() { Version = view.Header.Version };

    /// <summary>The decision form: one comments box, two buttons.</summary>
    public sealed class Form
    {
        public uint Version { get; set; }

        /// <summary>Named as in the domain's messages ("Comments").</summary>
        public string? Comments { get; set; }
    }

    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Query(long Id) : IQuery<ReviewView>, IChecksIncidentAccessOnLoad;

    public sealed record MeasureLine(string Description, string Owner, DateOnly DueOn, MeasureStatus Status, bool IsOverdue, string? DoneNote);

    public sealed record ReviewView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required string OwnerName { get; init; }

        public required Retro? Retro { get; init; }

        public required IReadOnlyList<MeasureLine> Measures { get; init; }

        /// <summary>The forms show only while the retro waits for a decision at the retro stage.</summary>
        public bool AwaitsReview => Header.Stage == PlaybookStage.InternalRetro && Retro is { Status: RetroReviewStatus.Submitted };
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, ReviewView>
    {
        public async ValueTask<ReviewView> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead);
            var (header, incident, _, ownerName, _) = await db.ReadAsync(query.Id, user, [nameof(Incident.PreventionMeasures)], cancellationToken);
            RequestAccessRules.Require(RequestAccess.LeadIncident, user, IncidentAccessFacts.Of(incident));

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return new ReviewView
            {
                Header = header,
                OwnerName = ownerName,
                Retro = incident.Retro,
                Measures = [.. incident.PreventionMeasures
                    .OrderBy(m => m.DueOn).ThenBy(m => m.Id)
                    .Select(m => new MeasureLine(m.Description, m.Owner, m.DueOn, m.Status, m.IsOverdue(today), m.DoneNote))],
            };
        }
    }
}
