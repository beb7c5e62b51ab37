using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// Legal's review of a contract-linked incident: the contract reference, the promise and how it came
/// about, the evidence and the proposed offer, earlier reviews, and the decision with notes on what
/// may and may not be said or offered.
/// </summary>
public sealed class LegalReviewModel(IMediator mediator, IStringLocalizer<LegalReviewModel> localizer) : IncidentFormPage<LegalReviewModel.ReviewView, LegalReviewModel.Command>(mediator)
{
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id }, outcome => outcome.Decision == LegalDecision.Approved
            ? localizer["You approved \"{0}\". The account manager can now talk to the client about the offer.", outcome.Summary]
            : localizer["You asked for changes to \"{0}\". The account manager sees your notes and will ask you again.", outcome.Summary], "/Legal/Index", cancellationToken);

    /// <summary>Legal's decision on one text's wording.</summary>
    public Task<IActionResult> OnPostTextAsync(long id, ReviewTextWording.Command text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        PostedText = text.Kind;
        return SendFormAndStayAsync($"text-{text.Kind}", text with { Id = id }, kind => text.Decision == LegalDecision.Approved
            ? localizer["You approved the wording of {0}.", DisplayText.Of(kind)]
            : localizer["You asked for changes to the wording of {0}. The account manager sees your note next to the text.", DisplayText.Of(kind)], $"text-{text.Kind}", cancellationToken);
    }

    public Task<IActionResult> OnPostDoNotSayAsync(long id, AddDoNotSay.Command doNotSay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(doNotSay);
        return SendFormAndStayAsync("doNotSay", doNotSay with { Id = id },
            phrase => localizer["\"{0}\" is on the list: the incident's client texts are checked for it from now on.", phrase], "do-not-say-heading", cancellationToken);
    }

    public Task<IActionResult> OnPostLegalNoteAsync(long id, AddLegalNote.FromLegal note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        return SendFormAndStayAsync("note", note with { Id = id }, _ => localizer["Your note is added to the thread."], "legal-heading", cancellationToken);
    }

    /// <summary>The text whose wording decision was posted (its form is shown again with the input on an error).</summary>
    public ClientTextKind? PostedText { get; private set; }

    protected override IQuery<ReviewView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(ReviewView view) => new() { Version = view.Header.Version };

    [AuthorizeRequest(RequestAccess.ReviewLegally)]
    public sealed record Query(long Id) : IQuery<ReviewView>, IChecksIncidentAccessOnLoad;

    /// <summary>The incident read-only with its evidence, options and earlier reviews.</summary>
    public sealed record ReviewView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required Incident Incident { get; init; }

        public required string OwnerName { get; init; }

        public required ProportionalityAssessment Proportionality { get; init; }

        public required LegalReviewSummary Status { get; init; }

        /// <summary>The user is legal, the incident contract-linked and still open.</summary>
        public required bool MayReview { get; init; }

        public IReadOnlyList<LegalReview> EarlierReviews => [.. Incident.LegalReviews.OrderByDescending(r => r.ReviewedAt)];

        /// <summary>Every client text drafted so far, with its findings and legal's latest word on it.</summary>
        public IReadOnlyList<TextForReview> Texts => [.. Incident.ClientTexts.Select(t => new TextForReview(
            t, BlameCheckView.Of($"findings-{t.Kind}", DisplayText.Of(t.Kind), t.Text, Incident), LegalTextNote.For(Incident, t.Kind)))];
    }

    /// <summary>One client text as legal reviews it.</summary>
    public sealed record TextForReview(ClientText Text, BlameCheckView Findings, LegalTextNote Legal);

    /// <summary>The decision as typed. Property names match <see cref="Incident.RecordLegalReview"/>'s fields, so the domain's messages land on them.</summary>
    [AuthorizeRequest(RequestAccess.ReviewLegally)]
    public sealed record Command : ICommand<Outcome>, IIncidentRequest
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown: legal decides on what they saw.</summary>
        public uint Version { get; init; }

        public LegalDecision? Decision { get; init; }

        public string? Notes { get; init; }
    }

    public sealed record Outcome(string Summary, LegalDecision Decision);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, ReviewView>
    {
        public async ValueTask<ReviewView> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Legal);
            var (header, incident, _, ownerName, _) = await db.ReadAsync(
                query.Id, user,
                [nameof(Incident.Evidence), nameof(Incident.Options), nameof(Incident.LegalReviews), nameof(Incident.LegalTextReviews), nameof(Incident.LegalNotes)],
                cancellationToken);
            RequestAccessRules.Require(RequestAccess.ReviewLegally, user, IncidentAccessFacts.Of(incident));
            return new ReviewView
            {
                Header = header,
                Incident = incident,
                OwnerName = ownerName,
                Proportionality = incident.AssessOffer(),
                Status = LegalReviewSummary.For(incident, user) with { ShowReviewLink = false },
                MayReview = incident.IsOpen && user.MayReviewLegally(incident),
            };
        }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit, Notifier notifier, NotificationRecipients recipients)
        : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            // The options: legal approves the offer as it stands, and the review keeps its description. The owner's email choice comes along.
            var (incident, owner) = await db.LoadForLegalReviewAsync(
                command.Id, command.Version, user, IncidentParts.Options, recipients.Owner(Notifier.LegalKind(command.Decision)), cancellationToken);
            var review = incident.RecordLegalReview(command.Decision, command.Notes, user.AsActor(), clock.GetUtcNow());
            notifier.LegalDecided(incident.Id, review.Decision, Recipient.ParseOne(incident.OwnerId, owner));
            audit.Add(
                AuditAction.LegalReviewRecorded,
                // What legal decided, not what they wrote: admins read the log and see no incident content.
                AuditTexts.LegalReview(review.Decision),
                AuditSubject.Incident(incident.Id),
                incident.Id);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(incident.Summary, review.Decision);
        }
    }
}
