using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// One incident: where it stands in the playbook, the next step, what is already on record, the
/// typical mistakes that apply, how severe it is and why, and the timeline.
/// </summary>
/// <remarks>Not an <see cref="IncidentFormPage{TView, TForm}"/>: it shows the whole aggregate with no form to fill on GET; its buttons' commands use <see cref="IncidentChanges"/>.</remarks>
public sealed class DetailsModel(IMediator mediator, IStringLocalizer<DetailsModel> localizer) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => View is null
        ? null
        : new(View.Incident.Id, View.Incident.Summary, View.ClientName, View.Incident.Stage, View.Incident.ContractReference, View.Incident.Version);

    public IncidentView View { get; private set; } = null!;

    /// <summary>Where the incident should go (the next stage, or back to research); posted by the stage buttons.</summary>
    [BindProperty]
    public MoveToStage.Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>The heading of the error summary: which of the page's actions did not work.</summary>
    public string ErrorSummaryTitle { get; private set; } = localizer["The incident did not move on:"];

    public async Task<IActionResult> OnPostMoveAsync(long id, CancellationToken cancellationToken)
    {
        var stage = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The incident moved to \"{0}\".", StageNames.Of(stage)].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAskLegalAgainAsync(long id, AskLegalAgain.Command ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ErrorSummaryTitle = localizer["Legal was not asked again:"];
        await mediator.Send(ask with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["Legal is asked to review the incident again. The conversation with the client waits until they approve."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLegalNoteAsync(long id, AddLegalNote.FromAccountTeam note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        ErrorSummaryTitle = localizer["The note for legal was not added:"];
        try
        {
            await mediator.Send(note with { Id = id }, cancellationToken);
        }
        catch (DomainException ex) when (ex.Violations.Count > 0)
        {
            foreach (var violation in ex.Violations)
            {
                ModelState.AddModelError($"note.{violation.Field}", violation.Message);
            }

            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["Your note for legal is added to the thread."].Value;
        return RedirectToPage(null, null, new { id }, "legal-heading");
    }

    /// <summary>The wait on the client as typed, shown again with its messages when refused.</summary>
    public WaitOnClient.Command Pause { get; private set; } = new();

    public async Task<IActionResult> OnPostWaitOnClientAsync(long id, WaitOnClient.Command pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pause);
        ErrorSummaryTitle = localizer["The wait on the client was not recorded:"];
        Pause = pause;
        try
        {
            await mediator.Send(pause with { Id = id }, cancellationToken);
        }
        catch (DomainException ex) when (ex.Violations.Count > 0)
        {
            foreach (var violation in ex.Violations)
            {
                ModelState.AddModelError($"Pause.{violation.Field}", violation.Message);
            }

            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData[StatusMessage.Key] = localizer["The incident waits on the client: its clocks are paused until the client answers."].Value;
        return RedirectToPage(null, null, new { id }, "clocks-heading");
    }

    public async Task<IActionResult> OnPostClientAnsweredAsync(long id, ClientAnswered.Command answered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answered);
        ErrorSummaryTitle = localizer["The wait on the client was not ended:"];
        await mediator.Send(answered with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The client answered: the clocks count again."].Value;
        return RedirectToPage(null, null, new { id }, "clocks-heading");
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(this.IncidentId(), cancellationToken);

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<IncidentView?>;

    /// <summary>The incident as read-only domain object plus what the page computes from it.</summary>
    public sealed record IncidentView
    {
        public required Incident Incident { get; init; }
        public required string ClientName { get; init; }
        public required LoyaltyLevel ClientLoyalty { get; init; }
        public required string OwnerName { get; init; }
        public required bool MayChange { get; init; }
        public required bool MayReassign { get; init; }
        public required LegalReviewSummary Legal { get; init; }
        public required Guidance Guidance { get; init; }
        public required IReadOnlyList<string> NextStageBlockers { get; init; }
        public required bool CanReviseOffer { get; init; }
        public required IReadOnlyList<MistakeFinding> Mistakes { get; init; }
        public required SeverityAssessment Severity { get; init; }
        public required ProportionalityAssessment Proportionality { get; init; }
        public required AcknowledgementAdvice Advice { get; init; }
        public required DateOnly Today { get; init; }

        /// <summary>The instant the page was read at: the clocks are read at it.</summary>
        public required DateTimeOffset Now { get; init; }

        /// <summary>Every clock that runs or ran, and the waits.</summary>
        public required ClockPanel Clocks { get; init; }

        /// <summary>While nobody has told the client: when they must hear it from us at the latest, and how long is left (null once it has passed: then mistake A shows).</summary>
        public (DateTimeOffset By, TimeSpan Left)? TellClient { get; init; }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, StageGuidanceTexts guidance) : IQueryHandler<Query, IncidentView?>
    {
        public async ValueTask<IncidentView?> Handle(Query query, CancellationToken cancellationToken)
        {
            // Two statements whatever the incident holds: the incident (with its owned one-to-one parts), its client (with its
            // SLA and the totals of its emotional bank account, which feeds severity), its owner and its team's clock settings;
            // then every child collection at once. The whole aggregate, read-only: the rules (mistakes, severity, guards) are
            // computed on it.
            var now = clock.GetUtcNow();
            var before = now.AddDays(-EmotionalBankAccount.TrendDays);
            var names = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                               where i.Id == query.Id
                               join c in db.Clients on i.ClientId equals c.Id
                               join o in db.Users on i.OwnerId equals o.Id
                               // One row, for the incident's client (none when the incident does not exist).
                               from bank in db.ClientBankTotals(new[] { c.Id }, now, before)
                               select new
                               {
                                   Incident = i,
                                   c.Name,
                                   c.Loyalty,
                                   OwnerName = o.DisplayName,
                                   Sla = new { c.TellClientDays, c.HoldCallDays, c.SendRecapDays, c.SubmitRetroDays, c.LegalReviewDays },
                                   TeamClocks = db.TeamClockSettings.FirstOrDefault(s => s.TeamId == i.TeamId),
                                   Bank = bank,
                               }).SingleOrDefaultAsync(cancellationToken);
            if (names is null)
            {
                return null;
            }

            var incident = names.Incident;
            await db.LoadChildrenAsync(incident, cancellationToken);
            var standing = names.Bank.Standing();
            var sla = names.Sla;
            var rules = TeamClockSettings.Rules(names.TeamClocks)
                .ForClient(Client.SlaDaysOf(sla.TellClientDays, sla.HoldCallDays, sla.SendRecapDays, sla.SubmitRetroDays, sla.LegalReviewDays));
            return new IncidentView
            {
                Incident = incident,
                ClientName = names.Name,
                ClientLoyalty = names.Loyalty,
                OwnerName = names.OwnerName,
                MayChange = user.MayChange(incident),
                MayReassign = incident.IsOpen && user.MayReassign(incident),
                Legal = LegalReviewSummary.For(incident, user),
                Guidance = guidance.For(incident.Stage),
                NextStageBlockers = incident.NextStage is { } next ? incident.BlockersFor(next) : [],
                CanReviseOffer = incident.Stage == PlaybookStage.Conversation && incident.BlockersFor(PlaybookStage.ResearchAlternatives).Count == 0,
                Mistakes = incident.FindMistakes(now),
                Severity = incident.AssessSeverity(names.Loyalty, now, standing.Balance),
                Proportionality = incident.AssessOffer(),
                Advice = incident.AcknowledgementAdvice,
                Today = DateOnly.FromDateTime(now.UtcDateTime),
                Now = now,
                Clocks = ClockPanel.For(incident, rules, now),
                TellClient = incident.TellClientBy is { } by && by > now ? (by, by - now) : null,
            };
        }
    }
}
