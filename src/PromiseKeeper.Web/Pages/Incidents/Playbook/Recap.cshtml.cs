using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 5, "Follow-up recap": the written summary for the client, drafted from the record, edited,
/// checked for blame language, saved as a draft and finally marked as sent.
/// </summary>
public sealed class RecapModel(IMediator mediator, IStringLocalizer<RecapModel> localizer) : IncidentFormPage<RecapModel.RecapView, RecapModel.Command>(mediator)
{
    /// <summary>"Save draft".</summary>
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAndStayAsync(Data with { Id = id, Send = false }, localizer["The recap draft is saved. Mark it as sent once it has gone to the client."], cancellationToken);

    /// <summary>"Mark as sent".</summary>
    public Task<IActionResult> OnPostSendAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id, Send = true }, saved => saved == RecapSaved.WaitsForLegal
            ? localizer["Legal has not approved this wording of the recap, so it is saved as a draft, not sent, and went to legal. Send it and mark it as sent once legal approves it; their decision shows next to the recap."]
            : localizer["The recap is marked as sent. Keep the client updated with the planned check-ins."],
            stay: saved => saved == RecapSaved.WaitsForLegal, cancellationToken);

    /// <summary>"Redraft from the record": replaces the saved text with a fresh draft.</summary>
    public Task<IActionResult> OnPostRedraftAsync(long id, CancellationToken cancellationToken) =>
        SendAndStayAsync(new RedraftRecap.Command(id, Data.Version),
            localizer["A fresh draft from the record replaced the text. Read it through and adjust it before sending."], cancellationToken);

    public override async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormLookupsAsync(cancellationToken);

        // The redraft button posts no text: show what is on record rather than an empty box.
        Data.Text ??= View.Saved?.Text ?? View.Draft;
    }

    protected override IQuery<RecapView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(RecapView view) => new() { Version = view.Header.Version, Text = view.Saved?.Text ?? view.Draft };

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<RecapView>;

    public sealed record CheckInLine(DateOnly PlannedOn, string Topic, bool IsDone);

    public sealed record RecapView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required Guidance Guidance { get; init; }

        public required FollowUpRecap? Saved { get; init; }

        /// <summary>Read-only, for the findings (legal's do-not-say list) and legal's word on the recap.</summary>
        public required Incident Incident { get; init; }

        /// <summary>A fresh draft from what is on record, in the language of the templates.</summary>
        public required string Draft { get; init; }

        public required IReadOnlyList<CheckInLine> CheckIns { get; init; }

        public required bool MayChange { get; init; }

        /// <summary>The incident's check for blame language (the word list and the people on its record).</summary>
        public required ClientTextCheck BlameCheck { get; init; }

        /// <summary>The sentence for the client or what was agreed is missing (an incident from before they were asked for): the draft has gaps to fill.</summary>
        public required bool MissingClientWords { get; init; }

        public bool IsAtStage => Header.Stage == PlaybookStage.FollowUpRecap;

        public bool IsSent => Saved is { IsSent: true };

        public bool CanEdit => IsAtStage && MayChange && !IsSent;
    }

    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<RecapSaved>, IIncidentChange
    {
        public long Id { get; set; }

        public uint Version { get; set; }

        public string? Text { get; set; }

        /// <summary>Set by the page handler: "Mark as sent" rather than "Save draft".</summary>
        public bool Send { get; set; }

        /// <summary>Ticked to mark the recap as sent although it has blame findings (they stay on the record).</summary>
        public bool SendAnyway { get; set; }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, StageGuidanceTexts guidance, DraftTexts drafts) : IQueryHandler<Query, RecapView>
    {
        public async ValueTask<RecapView> Handle(Query query, CancellationToken cancellationToken)
        {
            var (header, incident, _, ownerName, _) = await db.ReadAsync(query.Id, user, [nameof(Incident.Options), nameof(Incident.CheckIns), nameof(Incident.LegalTextReviews)], cancellationToken);
            return new RecapView
            {
                Header = header,
                Guidance = guidance.For(PlaybookStage.FollowUpRecap),
                Saved = incident.Recap,
                Incident = incident,
                Draft = drafts.Recap(incident.ToDraftFacts(header.ClientName, ownerName)),
                CheckIns = [.. incident.CheckIns.OrderBy(c => c.PlannedOn).Select(c => new CheckInLine(c.PlannedOn, c.Topic, c.IsDone))],
                MayChange = user.MayChange(incident),
                BlameCheck = incident.ClientTextCheck(),
                MissingClientWords = incident.ClientSentence is null || incident.Conversation is { Agreed: null },
            };
        }
    }

    /// <remarks>
    /// Loads the blame findings (a text checked again records only findings not recorded before) and legal's reviews
    /// (a contract-linked incident's recap is sent only in a wording legal approved).
    /// </remarks>
    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, RecapSaved>
    {
        public async ValueTask<RecapSaved> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, IncidentParts.BlameFindings | IncidentParts.LegalReviews | IncidentParts.LegalTextReviews,
                (incident, by) =>
                {
                    if (command.Send)
                    {
                        incident.RequireConfirmationToSend(nameof(Command.Text), command.Text, command.SendAnyway);
                    }

                    return incident.SaveRecap(command.Text, command.Send, by.Actor, by.Now);
                }, cancellationToken);
    }
}
