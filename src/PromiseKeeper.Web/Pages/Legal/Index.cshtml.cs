using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Pages.Legal;

/// <summary>
/// Legal's queue: the open contract-linked incidents waiting for a review, longest waiting first,
/// then those where legal asked for changes and the account manager has yet to make them.
/// </summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public Queue Result { get; private set; } = Queue.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await mediator.Send(new Query(), cancellationToken);

    /// <summary>"3 days", "5 hours", "less than an hour": how long something has waited, in the reader's language.</summary>
    public string Waited(TimeSpan waited)
    {
        if (waited.TotalDays >= 1)
        {
            return localizer.Plural((long)waited.TotalDays, "{0} day", "{0} days");
        }

        if (waited.TotalHours >= 1)
        {
            return localizer.Plural((long)waited.TotalHours, "{0} hour", "{0} hours");
        }

        return localizer["less than an hour"];
    }

    [AuthorizeRequest(RequestAccess.LegalQueue)]
    public sealed record Query : IQuery<Queue>;

    /// <param name="Since">When it entered the queue (waiting for legal), or when legal asked for changes.</param>
    public sealed record Row(
        long Id,
        string Summary,
        string ClientName,
        string ContractReference,
        PlaybookStage Stage,
        string OwnerName,
        DateTimeOffset Since,
        bool ApprovalLapsed,
        bool AskedAgain);

    /// <param name="MoreAwaiting">More incidents wait than <see cref="Limit"/>; only the longest-waiting are listed.</param>
    public sealed record Queue(IReadOnlyList<Row> Awaiting, bool MoreAwaiting, IReadOnlyList<Row> ChangesRequired, bool MoreChangesRequired, DateTimeOffset Now)
    {
        /// <summary>The most rows each part of the queue lists.</summary>
        public const int Limit = 200;

        public static readonly Queue Empty = new([], false, [], false, DateTimeOffset.MinValue);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<Query, Queue>
    {
        public async ValueTask<Queue> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Legal);
            var open = db.Incidents.AsNoTracking().VisibleTo(user)
                .Where(i => i.ContractReference != null && i.Stage != PlaybookStage.Closed && i.Stage != PlaybookStage.NotApplicable);

            var awaiting = await RowsAsync(
                open.Where(i => i.LegalReviewStatus == LegalReviewStatus.Awaiting)
                    .OrderBy(i => i.LegalReviewRequestedAt).ThenBy(i => i.Id),
                cancellationToken);
            var changesRequired = await RowsAsync(
                open.Where(i => i.LegalReviewStatus == LegalReviewStatus.ChangesRequired)
                    .OrderBy(i => i.LegalReviews.Max(r => (DateTimeOffset?)r.ReviewedAt)).ThenBy(i => i.Id),
                cancellationToken);

            return new Queue(
                [.. awaiting.Take(Queue.Limit)],
                awaiting.Count > Queue.Limit,
                [.. changesRequired.Take(Queue.Limit)],
                changesRequired.Count > Queue.Limit,
                clock.GetUtcNow());
        }

        /// <returns>Up to one row more than <see cref="Queue.Limit"/>, longest waiting first.</returns>
        private async Task<List<Row>> RowsAsync(IOrderedQueryable<Incident> incidents, CancellationToken cancellationToken)
        {
            var found = await (from i in incidents.Take(Queue.Limit + 1)
                               join c in db.Clients on i.ClientId equals c.Id
                               join o in db.Users on i.OwnerId equals o.Id
                               select new
                               {
                                   i.Id,
                                   i.Summary,
                                   ClientName = c.Name,
                                   i.ContractReference,
                                   i.Stage,
                                   OwnerName = o.DisplayName,
                                   i.LegalReviewStatus,
                                   i.LegalReviewRequestedAt,
                                   Latest = i.LegalReviews.OrderByDescending(r => r.ReviewedAt)
                                       .Select(r => new { r.Decision, r.ReviewedAt, r.LapsedAt })
                                       .FirstOrDefault(),
                               })
                              .ToListAsync(cancellationToken);

            var rows = found.Select(f => new Row(
                f.Id,
                f.Summary,
                f.ClientName,
                f.ContractReference!,
                f.Stage,
                f.OwnerName,
                f.LegalReviewStatus == LegalReviewStatus.ChangesRequired && f.Latest is not null
                    ? f.Latest.ReviewedAt
                    : f.LegalReviewRequestedAt ?? f.Latest?.ReviewedAt ?? DateTimeOffset.MinValue,
                f.LegalReviewStatus == LegalReviewStatus.Awaiting && f.Latest is { Decision: LegalDecision.Approved, LapsedAt: not null },
                f.LegalReviewStatus == LegalReviewStatus.Awaiting && f.Latest is { Decision: LegalDecision.ChangesRequired }));

            // The join may return rows in any order; the queue serves the longest waiting first.
            return [.. rows.OrderBy(r => r.Since).ThenBy(r => r.Id)];
        }
    }
}
