using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// A team lead reads a submitted retro with its prevention measures and approves it
/// (<see cref="ApproveRetro"/>) or sends it back with comments (<see cref="SendRetroBack"/>). A head of customer success
/// reads any team's retro review here, without the decision form (the two commands stay a team lead's).
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

    [AuthorizeRequest(RequestAccess.ReadRetroReview)]
    public sealed record Query(long Id) : IQuery<ReviewView>, IChecksIncidentAccessOnLoad;

    public sealed record MeasureLine(string Description, string Owner, DateOnly DueOn, MeasureStatus Status, bool IsOverdue, string? DoneNote);

    public sealed record ReviewView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required string OwnerName { get; init; }

        public required Retro? Retro { get; init; }

        public required IReadOnlyList<MeasureLine> Measures { get; init; }

        /// <summary>A team lead of the incident's team, who approves or sends back; a head of customer success only reads.</summary>
        public required bool MayDecide { get; init; }

        /// <summary>The retro waits for a decision at the retro stage (the form shows only to whoever <see cref="MayDecide"/>).</summary>
        public bool AwaitsReview => Header.Stage == PlaybookStage.InternalRetro && Retro is { Status: RetroReviewStatus.Submitted };
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, ReviewView>
    {
        public async ValueTask<ReviewView> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead, Roles.HeadOfCustomerSuccess);
            var (header, incident, _, ownerName, _) = await db.ReadAsync(query.Id, user, [nameof(Incident.PreventionMeasures)], cancellationToken);
            var facts = IncidentAccessFacts.Of(incident);
            RequestAccessRules.Require(RequestAccess.ReadRetroReview, user, facts);

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return new ReviewView
            {
                Header = header,
                OwnerName = ownerName,
                Retro = incident.Retro,
                MayDecide = user.MayLead(facts),
                Measures = [.. incident.PreventionMeasures
                    .OrderBy(m => m.DueOn).ThenBy(m => m.Id)
                    .Select(m => new MeasureLine(m.Description, m.Owner, m.DueOn, m.Status, m.IsOverdue(today), m.DoneNote))],
            };
        }
    }
}
